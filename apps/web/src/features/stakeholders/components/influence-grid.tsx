import { type Quadrant, SCORES } from '@common-ground/domain';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MapStakeholder } from '../api/register';
import { type GridCell, type GridGeometry, gridCells, placeMarks } from '../api/grid';
import { StanceLegend, StanceShape } from './marks';
import { useRovingFocus } from './use-roving-focus';
import { lower, quadrantLabels, stanceLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    nameStance: { id: 'stakeholders.grid.nameStance', defaultMessage: '{name} <muted>· {stance}</muted>' },
    cell: {
      id: 'stakeholders.grid.cell',
      defaultMessage: 'influence {influence}, interest {interest} ({strategy})',
    },
    caption: {
      id: 'stakeholders.grid.caption',
      defaultMessage: 'Influence and interest of {count, plural, one {{count} stakeholder} other {{count} stakeholders}}',
    },
    help: {
      id: 'stakeholders.grid.help',
      defaultMessage:
        'Click a mark to open the stakeholder, or a number to list a crowded cell. With the keyboard: Tab into the grid, move with the arrow keys, open with Enter.',
    },
    interestAxis: { id: 'stakeholders.grid.interestAxis', defaultMessage: 'Interest →' },
    influenceAxis: { id: 'stakeholders.grid.influenceAxis', defaultMessage: 'Influence →' },
    cluster: {
      id: 'stakeholders.grid.cluster',
      defaultMessage: '{count, plural, one {# stakeholder} other {# stakeholders}} with {cell}: list them',
    },
    mark: { id: 'stakeholders.grid.mark', defaultMessage: '{name}: {cell}, {stance}' },
    listTitle: {
      id: 'stakeholders.grid.listTitle',
      defaultMessage: '{count, plural, one {# stakeholder} other {# stakeholders}} with {cell}',
    },
    closeList: { id: 'stakeholders.grid.closeList', defaultMessage: 'Close the list' },
  }),
);

const GEOMETRY: GridGeometry = { left: 64, top: 12, cellWidth: 104, cellHeight: 78 };
const WIDTH = GEOMETRY.left + 5 * GEOMETRY.cellWidth + 12;
const HEIGHT = GEOMETRY.top + 5 * GEOMETRY.cellHeight + 52;
const MARK_SIZE = 14;

/** Each strategy's region: high influence is the top three rows, high interest the right three columns. */
const QUADRANT_REGIONS: { quadrant: Quadrant; column: number; row: number; columns: number; rows: number; tint: string }[] = [
  { quadrant: 'keep_satisfied', column: 0, row: 0, columns: 2, rows: 3, tint: '#eef2f8' },
  { quadrant: 'manage_closely', column: 2, row: 0, columns: 3, rows: 3, tint: '#fbf1de' },
  { quadrant: 'monitor', column: 0, row: 3, columns: 2, rows: 2, tint: '#f1f0eb' },
  { quadrant: 'keep_informed', column: 2, row: 3, columns: 3, rows: 2, tint: '#e3efeb' },
];

export const describeCell = (intl: IntlShape, cell: Pick<GridCell, 'influence' | 'interest' | 'quadrant'>) =>
  intl.formatMessage(m.cell, {
    influence: cell.influence,
    interest: cell.interest,
    strategy: intl.formatMessage(quadrantLabels[cell.quadrant]),
  });

/**
 * The influence/interest grid: a 5 × 5 SVG with the four strategies. A cell shows its stakeholders as
 * separate marks, or as one numbered cluster when crowded; a cluster opens the list of its members.
 */
export function InfluenceGrid({
  stakeholders,
  stakeholderUrl,
  onOpen,
}: {
  stakeholders: readonly MapStakeholder[];
  stakeholderUrl: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const intl = useIntl();
  const captionId = useId();
  const helpId = useId();
  const marks = useMemo(() => placeMarks(gridCells(stakeholders), GEOMETRY), [stakeholders]);
  const { container, current: rovingIndex, setActive, onKeyDown } = useRovingFocus<SVGSVGElement>(marks.length);
  const [openCell, setOpenCell] = useState<GridCell | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const openCluster = (cell: GridCell) => {
    setOpenCell(cell);
    requestAnimationFrame(() => listHeading.current?.focus());
  };

  return (
    <figure className="sm-figure">
      <figcaption id={captionId} className="sm-caption">
        {intl.formatMessage(m.caption, { count: stakeholders.length })}
      </figcaption>
      <p id={helpId} className="muted sm-help">
        {intl.formatMessage(m.help)}
      </p>
      <StanceLegend />
      <svg
        ref={container}
        className="sm-svg sm-grid"
        // The picture's geometry does not change with the language: its text anchors keep their left-to-right meaning.
        direction="ltr"
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="group"
        aria-labelledby={captionId}
        aria-describedby={helpId}
      >
        {QUADRANT_REGIONS.map((region) => {
          const x = GEOMETRY.left + region.column * GEOMETRY.cellWidth;
          const y = GEOMETRY.top + region.row * GEOMETRY.cellHeight;
          return (
            <g key={region.quadrant}>
              <rect x={x} y={y} width={region.columns * GEOMETRY.cellWidth} height={region.rows * GEOMETRY.cellHeight} fill={region.tint} />
              <text x={x + 6} y={y + 14} className="sm-quadrant-label">
                {intl.formatMessage(quadrantLabels[region.quadrant])}
              </text>
            </g>
          );
        })}
        <g aria-hidden="true" className="sm-axes">
          {[0, 1, 2, 3, 4, 5].map((step) => (
            <g key={step}>
              <line
                x1={GEOMETRY.left + step * GEOMETRY.cellWidth}
                x2={GEOMETRY.left + step * GEOMETRY.cellWidth}
                y1={GEOMETRY.top}
                y2={GEOMETRY.top + 5 * GEOMETRY.cellHeight}
              />
              <line
                x1={GEOMETRY.left}
                x2={GEOMETRY.left + 5 * GEOMETRY.cellWidth}
                y1={GEOMETRY.top + step * GEOMETRY.cellHeight}
                y2={GEOMETRY.top + step * GEOMETRY.cellHeight}
              />
            </g>
          ))}
          {SCORES.map((score) => (
            <g key={score}>
              <text
                x={GEOMETRY.left + (score - 0.5) * GEOMETRY.cellWidth}
                y={GEOMETRY.top + 5 * GEOMETRY.cellHeight + 18}
                textAnchor="middle"
              >
                {score}
              </text>
              <text x={GEOMETRY.left - 10} y={GEOMETRY.top + (5.5 - score) * GEOMETRY.cellHeight + 5} textAnchor="end">
                {score}
              </text>
            </g>
          ))}
          <text x={GEOMETRY.left + 2.5 * GEOMETRY.cellWidth} y={HEIGHT - 8} textAnchor="middle" className="sm-axis-title">
            {intl.formatMessage(m.interestAxis)}
          </text>
          <text
            transform={`translate(18 ${String(GEOMETRY.top + 2.5 * GEOMETRY.cellHeight)}) rotate(-90)`}
            textAnchor="middle"
            className="sm-axis-title"
          >
            {intl.formatMessage(m.influenceAxis)}
          </text>
        </g>
        {marks.map((mark, position) => {
          const common = {
            'data-rove': position,
            tabIndex: position === rovingIndex ? 0 : -1,
            className: 'sm-mark',
            onFocus: () => {
              setActive(position);
            },
          };
          if (mark.kind === 'cluster') {
            const label = intl.formatMessage(m.cluster, { count: mark.cell.members.length, cell: describeCell(intl, mark.cell) });
            const open = () => {
              openCluster(mark.cell);
            };
            return (
              <g
                key={`cluster-${String(mark.cell.influence)}-${String(mark.cell.interest)}`}
                {...common}
                role="button"
                aria-label={label}
                aria-expanded={openCell === mark.cell}
                onClick={open}
                onKeyDown={(event) => onKeyDown(event, position, open)}
              >
                <title>{label}</title>
                <circle className="sm-hit" cx={mark.x} cy={mark.y} r={22} />
                <text x={mark.x} y={mark.y + 5} textAnchor="middle" className="sm-cluster-count">
                  {mark.cell.members.length}
                </text>
              </g>
            );
          }
          const stakeholder = stakeholders[mark.index];
          const label = intl.formatMessage(m.mark, {
            name: stakeholder.name,
            cell: describeCell(intl, mark.cell),
            stance: lower(intl, intl.formatMessage(stanceLabels[stakeholder.stance])),
          });
          const open = () => {
            onOpen(stakeholder.id);
          };
          return (
            <g
              key={stakeholder.id}
              {...common}
              role="link"
              aria-label={label}
              onClick={open}
              onKeyDown={(event) => onKeyDown(event, position, open)}
            >
              <title>{label}</title>
              <circle className="sm-hit sm-hit-quiet" cx={mark.x} cy={mark.y} r={12} />
              <StanceShape stance={stakeholder.stance} x={mark.x} y={mark.y} size={MARK_SIZE} />
            </g>
          );
        })}
      </svg>
      {openCell ? (
        <section className="sm-cell-list" aria-labelledby="sm-cell-list-title">
          <h3 id="sm-cell-list-title" ref={listHeading} tabIndex={-1}>
            {intl.formatMessage(m.listTitle, { count: openCell.members.length, cell: describeCell(intl, openCell) })}
          </h3>
          <ul>
            {openCell.members.map((index) => (
              <li key={stakeholders[index].id}>
                {intl.formatMessage(m.nameStance, {
                  name: <Link to={stakeholderUrl(stakeholders[index].id)}>{stakeholders[index].name}</Link>,
                  stance: intl.formatMessage(stanceLabels[stakeholders[index].stance]),
                  muted: (chunks: ReactNode[]) => <span className="muted">{chunks}</span>,
                })}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setOpenCell(null);
            }}
          >
            {intl.formatMessage(m.closeList)}
          </button>
        </section>
      ) : null}
    </figure>
  );
}
