import { RELATIONSHIP_KINDS, type RelationshipKind } from '@common-ground/domain';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Loading } from '../../../components/states';
import type { LayoutInput, LayoutResult } from '../api/layout';
import type { MapRelationship, StakeholderMap } from '../api/register';
import { LAYOUT_MEASURE, useLayout } from '../api/use-layout';
import { EDGE_STYLES, RelationshipLegend, StanceShape, strokeWidth } from './marks';
import { useRovingFocus } from './use-roving-focus';
import { describeRelationship, lower, stanceLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    highlightLine: { id: 'stakeholders.map.highlightLine', defaultMessage: '{name}: {list}' },
    layingOut: {
      id: 'stakeholders.map.layingOut',
      defaultMessage:
        'Laying out {stakeholders, plural, one {{stakeholders} stakeholder} other {{stakeholders} stakeholders}} and {relationships, plural, one {{relationships} relationship} other {{relationships} relationships}}…',
    },
    caption: {
      id: 'stakeholders.map.caption',
      defaultMessage:
        'Relationships between {stakeholders, plural, one {{stakeholders} stakeholder} other {{stakeholders} stakeholders}} ({relationships, plural, one {{relationships} relationship} other {{relationships} relationships}})',
    },
    help: {
      id: 'stakeholders.map.help',
      defaultMessage:
        'Point at or focus a stakeholder to bring its relationships forward; click or press Enter to open it. With the keyboard: Tab into the map, move with the arrow keys. Colour and shape show the stance, size the influence.',
    },
    zoom: { id: 'stakeholders.map.zoom', defaultMessage: 'Zoom' },
    zoomIn: { id: 'stakeholders.map.zoomIn', defaultMessage: 'Zoom in' },
    zoomOut: { id: 'stakeholders.map.zoomOut', defaultMessage: 'Zoom out' },
    showAll: { id: 'stakeholders.map.showAll', defaultMessage: 'Show all' },
    find: { id: 'stakeholders.map.find', defaultMessage: 'Find a stakeholder' },
    choose: { id: 'stakeholders.map.choose', defaultMessage: 'Choose…' },
    node: {
      id: 'stakeholders.map.node',
      defaultMessage: '{name}: {stance}, influence {influence}, {relationships, plural, one {# relationship} other {# relationships}}',
    },
    noneShown: { id: 'stakeholders.map.noneShown', defaultMessage: 'no relationships shown.' },
    list: { id: 'stakeholders.map.list', defaultMessage: '{list}.' },
    listAndMore: { id: 'stakeholders.map.listAndMore', defaultMessage: '{list}; and {more} more.' },
    join: { id: 'stakeholders.map.join', defaultMessage: '{first}; {next}' },
  }),
);

export const RENDER_MEASURE = 'cg-map-render';
/** Up to this many stakeholders every name is written on the map; beyond, names show for the highlighted one and its neighbours. */
const ALWAYS_LABELLED = 40;
const ZOOMS = [1, 1.5, 2, 3, 4, 6];
const PADDING = 30;
/** Names are written to the right of their mark: room for them at the right edge. */
const LABEL_ROOM = 110;
/** A small map is not blown up to fill the frame: the view spans at least this much. */
const MIN_VIEW = { width: 640, height: 480 };

const nodeSize = (influence: number) => 6 + influence * 1.6;

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boundsOf(layout: LayoutResult): Bounds {
  const minX = Math.min(...layout.x) - PADDING;
  const minY = Math.min(...layout.y) - PADDING;
  const width = Math.max(...layout.x) + LABEL_ROOM - minX;
  const height = Math.max(...layout.y) + PADDING - minY;
  const grownWidth = Math.max(width, MIN_VIEW.width);
  const grownHeight = Math.max(height, MIN_VIEW.height);
  return { x: minX - (grownWidth - width) / 2, y: minY - (grownHeight - height) / 2, width: grownWidth, height: grownHeight };
}

/** Zoomed in, the view centres on the current stakeholder but stays inside the picture. */
function viewBox(bounds: Bounds, zoom: number, centre: { x: number; y: number }): string {
  const width = bounds.width / zoom;
  const height = bounds.height / zoom;
  const x = Math.min(Math.max(centre.x - width / 2, bounds.x), bounds.x + bounds.width - width);
  const y = Math.min(Math.max(centre.y - height / 2, bounds.y), bounds.y + bounds.height - height);
  return [x, y, width, height].map((value) => value.toFixed(1)).join(' ');
}

/** Each stakeholder's relationships, as indexes into the map's list. */
function adjacency(map: StakeholderMap): number[][] {
  const lists: number[][] = map.stakeholders.map(() => []);
  map.relationships.forEach((edge, index) => {
    lists[edge.from].push(index);
    lists[edge.to].push(index);
  });
  return lists;
}

function Edge({ edge, layout, sizes }: { edge: MapRelationship; layout: LayoutResult; sizes: number[] }) {
  const style = EDGE_STYLES[edge.kind];
  const [x1, y1, x2, y2] = [layout.x[edge.from], layout.y[edge.from], layout.x[edge.to], layout.y[edge.to]];
  // An arrow must end at the edge of the node it points to, not under it.
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const shorten = edge.kind === 'dependency' ? sizes[edge.to] / 2 + 2 : 0;
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2 - ((x2 - x1) / length) * shorten}
      y2={y2 - ((y2 - y1) / length) * shorten}
      stroke={style.stroke}
      strokeDasharray={style.dash}
      strokeWidth={strokeWidth(edge.strength)}
      vectorEffect="non-scaling-stroke"
      markerEnd={edge.kind === 'dependency' ? 'url(#sm-arrow)' : undefined}
    />
  );
}

/** 2,000 lines: drawn once per layout and filter, never on hover or focus. */
const EdgeLayer = memo(function EdgeLayer({
  edges,
  layout,
  sizes,
  shown,
}: {
  edges: readonly MapRelationship[];
  layout: LayoutResult;
  sizes: number[];
  shown: ReadonlySet<RelationshipKind>;
}) {
  return (
    <g className="sm-edges" aria-hidden="true">
      {edges.map((edge, index) => (shown.has(edge.kind) ? <Edge key={index} edge={edge} layout={layout} sizes={sizes} /> : null))}
    </g>
  );
});

/**
 * The relationship map: stakeholders as marks (shape and colour by stance, size by influence), their
 * relationships as lines styled by kind. The layout is computed once per map in a worker. Hovering or
 * focusing a stakeholder brings its relationships and neighbours forward with their names.
 */
export function RelationshipMap({ map, onOpen }: { map: StakeholderMap; onOpen: (id: string) => void }) {
  const intl = useIntl();
  const captionId = useId();
  const helpId = useId();
  const findId = useId();
  const input = useMemo<LayoutInput | null>(
    () =>
      map.stakeholders.length > 0
        ? { groups: map.stakeholders.map((s) => s.group), groupCount: map.groups.length, edges: map.relationships }
        : null,
    [map],
  );
  const layout = useLayout(input);
  const edgesOf = useMemo(() => adjacency(map), [map]);
  const sizes = useMemo(() => map.stakeholders.map((s) => nodeSize(s.influence)), [map]);
  const counts = useMemo(() => {
    const byKind = Object.fromEntries(RELATIONSHIP_KINDS.map((kind) => [kind, 0])) as Record<RelationshipKind, number>;
    for (const edge of map.relationships) byKind[edge.kind] += 1;
    return byKind;
  }, [map]);
  const bounds = useMemo(() => (layout ? boundsOf(layout) : null), [layout]);
  const [shown, setShown] = useState<ReadonlySet<RelationshipKind>>(() => new Set(RELATIONSHIP_KINDS));
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [zoom, setZoom] = useState(0);
  const { container, current: rovingIndex, setActive, moveTo, onKeyDown } = useRovingFocus<SVGSVGElement>(map.stakeholders.length);

  useEffect(() => {
    if (!layout) return;
    // After the browser has painted the freshly laid-out map: how long drawing it took.
    const frame = requestAnimationFrame(() => {
      const measured = performance.getEntriesByName(LAYOUT_MEASURE).at(-1);
      if (measured) performance.measure(RENDER_MEASURE, { start: measured.startTime + measured.duration, end: performance.now() });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [layout]);

  if (!input) return null;
  if (!layout || !bounds)
    return (
      <Loading
        label={intl.formatMessage(m.layingOut, { stakeholders: map.stakeholders.length, relationships: map.relationships.length })}
      />
    );

  const highlight = hovered ?? focused;
  const current = Math.max(rovingIndex, 0);
  const centre = { x: layout.x[current], y: layout.y[current] };
  const labelSize = 11 / ZOOMS[zoom];
  const highlighted =
    highlight === null ? [] : edgesOf[highlight].map((index) => map.relationships[index]).filter((edge) => shown.has(edge.kind));
  const neighbours =
    highlight === null ? [] : [...new Set(highlighted.flatMap((edge) => [edge.from, edge.to]))].filter((index) => index !== highlight);
  const label = (index: number) => (
    <text
      key={`label-${String(index)}`}
      x={layout.x[index] + sizes[index] / 2 + 2}
      y={layout.y[index] + labelSize / 3}
      fontSize={labelSize}
      className="sm-node-label"
    >
      {map.stakeholders[index].name}
    </text>
  );
  const find = (index: number) => {
    setZoom((value) => Math.max(value, 2));
    moveTo(index);
  };

  return (
    <figure className="sm-figure">
      <figcaption id={captionId} className="sm-caption">
        {intl.formatMessage(m.caption, { stakeholders: map.stakeholders.length, relationships: map.relationships.length })}
      </figcaption>
      <p id={helpId} className="muted sm-help">
        {intl.formatMessage(m.help)}
      </p>
      <div className="sm-map-tools">
        <RelationshipLegend
          shown={shown}
          counts={counts}
          onToggle={(kind) => {
            setShown((previous) => {
              const next = new Set(previous);
              if (next.has(kind)) next.delete(kind);
              else next.add(kind);
              return next;
            });
          }}
        />
        <div className="sm-zoom" role="group" aria-label={intl.formatMessage(m.zoom)}>
          <button
            type="button"
            className="button button-small"
            disabled={zoom >= ZOOMS.length - 1}
            onClick={() => setZoom((value) => Math.min(value + 1, ZOOMS.length - 1))}
          >
            {intl.formatMessage(m.zoomIn)}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={zoom === 0}
            onClick={() => setZoom((value) => Math.max(value - 1, 0))}
          >
            {intl.formatMessage(m.zoomOut)}
          </button>
          <button type="button" className="button button-small" disabled={zoom === 0} onClick={() => setZoom(0)}>
            {intl.formatMessage(m.showAll)}
          </button>
          <div className="field sm-find">
            <label htmlFor={findId}>{intl.formatMessage(m.find)}</label>
            <select
              id={findId}
              value=""
              onChange={(event) => {
                if (event.target.value !== '') find(Number(event.target.value));
              }}
            >
              <option value="">{intl.formatMessage(m.choose)}</option>
              {map.stakeholders.map((stakeholder, index) => (
                <option key={stakeholder.id} value={index}>
                  {stakeholder.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <svg
        ref={container}
        className="sm-svg sm-network"
        // The picture's geometry does not change with the language: its text anchors keep their left-to-right meaning.
        direction="ltr"
        viewBox={viewBox(bounds, ZOOMS[zoom], centre)}
        role="group"
        aria-labelledby={captionId}
        aria-describedby={helpId}
      >
        <defs>
          <marker
            id="sm-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLES.dependency.stroke} />
          </marker>
        </defs>
        <EdgeLayer edges={map.relationships} layout={layout} sizes={sizes} shown={shown} />
        {map.stakeholders.map((stakeholder, index) => {
          const relationships = edgesOf[index].length;
          const name = intl.formatMessage(m.node, {
            name: stakeholder.name,
            stance: lower(intl, intl.formatMessage(stanceLabels[stakeholder.stance])),
            influence: stakeholder.influence,
            relationships,
          });
          const open = () => {
            onOpen(stakeholder.id);
          };
          return (
            <g
              key={stakeholder.id}
              data-rove={index}
              tabIndex={index === current ? 0 : -1}
              role="link"
              aria-label={name}
              className="sm-mark"
              onClick={open}
              onKeyDown={(event) => onKeyDown(event, index, open)}
              onFocus={() => {
                setActive(index);
                setFocused(index);
              }}
              onBlur={() => {
                setFocused(null);
              }}
              onMouseEnter={() => {
                setHovered(index);
              }}
              onMouseLeave={() => {
                setHovered(null);
              }}
            >
              <title>{name}</title>
              <StanceShape stance={stakeholder.stance} x={layout.x[index]} y={layout.y[index]} size={sizes[index]} />
            </g>
          );
        })}
        {map.stakeholders.length <= ALWAYS_LABELLED ? <g aria-hidden="true">{map.stakeholders.map((_, index) => label(index))}</g> : null}
        {highlight !== null ? (
          <g aria-hidden="true" className="sm-highlight">
            <rect x={bounds.x} y={bounds.y} width={bounds.width} height={bounds.height} className="sm-dim" />
            {highlighted.map((edge) => (
              <Edge key={`${String(edge.from)}-${String(edge.to)}-${edge.kind}`} edge={edge} layout={layout} sizes={sizes} />
            ))}
            <circle cx={layout.x[highlight]} cy={layout.y[highlight]} r={sizes[highlight] / 2 + 4} className="sm-ring" />
            {[highlight, ...neighbours].map((index) => (
              <StanceShape
                key={index}
                stance={map.stakeholders[index].stance}
                x={layout.x[index]}
                y={layout.y[index]}
                size={sizes[index]}
              />
            ))}
            {[...neighbours, highlight].map(label)}
          </g>
        ) : null}
      </svg>
      {highlight !== null ? (
        <p className="sm-highlight-text" aria-live="polite">
          {intl.formatMessage(m.highlightLine, {
            name: map.stakeholders[highlight].name,
            list:
              highlighted.length === 0
                ? intl.formatMessage(m.noneShown)
                : intl.formatMessage(highlighted.length > 6 ? m.listAndMore : m.list, {
                    list: highlighted
                      .slice(0, 6)
                      .map((edge) =>
                        describeRelationship(intl, edge.kind, map.stakeholders[edge.from].name, map.stakeholders[edge.to].name),
                      )
                      .reduce((first, next) => intl.formatMessage(m.join, { first, next })),
                    more: highlighted.length - 6,
                  }),
          })}
        </p>
      ) : null}
    </figure>
  );
}
