import { RELATIONSHIP_KINDS, type RelationshipKind, STANCES, type Stance } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { relationshipKindLabels, stanceLabels } from '../labels';
import { untyped } from '../../../i18n/untyped';
import type { ReactNode } from 'react';

const m = untyped(
  defineMessages({
    legend: { id: 'stakeholders.legend.item', defaultMessage: '{kind} <muted>({count})</muted>' },
    legendArrow: { id: 'stakeholders.legend.itemArrow', defaultMessage: '{kind} {arrow} <muted>({count})</muted>' },
    stance: { id: 'stakeholders.legend.stance', defaultMessage: 'Stance' },
    relationshipsShown: { id: 'stakeholders.legend.relationshipsShown', defaultMessage: 'Relationships shown' },
    arrow: { id: 'stakeholders.legend.arrow', defaultMessage: '(arrow: depends on)' },
  }),
);

/** Stance is told by shape as well as colour: circle, diamond, square, triangle. */
export const STANCE_COLOURS: Record<Stance, string> = { supportive: '#2c6a37', neutral: '#4b5753', opposed: '#a3302a', unknown: '#8a5a12' };

/** One mark of a stakeholder's stance, centred on (x, y), `size` across. */
export function StanceShape({ stance, x, y, size }: { stance: Stance; x: number; y: number; size: number }) {
  const half = size / 2;
  const fill = STANCE_COLOURS[stance];
  switch (stance) {
    case 'supportive':
      return <circle cx={x} cy={y} r={half} fill={fill} />;
    case 'neutral':
      return <polygon points={`${x},${y - half * 1.2} ${x + half * 1.2},${y} ${x},${y + half * 1.2} ${x - half * 1.2},${y}`} fill={fill} />;
    case 'opposed':
      return <rect x={x - half * 0.9} y={y - half * 0.9} width={size * 0.9} height={size * 0.9} fill={fill} />;
    case 'unknown':
      return (
        <polygon points={`${x},${y - half * 1.15} ${x + half * 1.1},${y + half * 0.85} ${x - half * 1.1},${y + half * 0.85}`} fill={fill} />
      );
  }
}

export function StanceLegend() {
  const intl = useIntl();
  return (
    <ul className="sm-legend" aria-label={intl.formatMessage(m.stance)}>
      {STANCES.map((stance) => (
        <li key={stance}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <StanceShape stance={stance} x={8} y={8} size={12} />
          </svg>
          {intl.formatMessage(stanceLabels[stance])}
        </li>
      ))}
    </ul>
  );
}

/** Relationship kinds differ by colour, dash pattern and (for a dependency) an arrowhead. */
export const EDGE_STYLES: Record<RelationshipKind, { stroke: string; dash?: string }> = {
  alliance: { stroke: '#2c6a37' },
  tension: { stroke: '#8a5a12', dash: '7 4' },
  conflict: { stroke: '#a3302a', dash: '2 3' },
  dependency: { stroke: '#1a56db' },
};

/** Stroke width for strength 1-3, in screen pixels. */
export const strokeWidth = (strength: number) => 0.6 + strength * 0.7;

export function EdgeSample({ kind }: { kind: RelationshipKind }) {
  const style = EDGE_STYLES[kind];
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="6"
        x2={kind === 'dependency' ? 28 : 34}
        y2="6"
        stroke={style.stroke}
        strokeWidth="2.5"
        strokeDasharray={style.dash}
      />
      {kind === 'dependency' ? <path d="M27,2 L35,6 L27,10 z" fill={style.stroke} /> : null}
    </svg>
  );
}

/** The legend of the relationship map doubles as its filter: each kind can be hidden. */
export function RelationshipLegend({
  shown,
  counts,
  onToggle,
}: {
  shown: ReadonlySet<RelationshipKind>;
  counts: Record<RelationshipKind, number>;
  onToggle: (kind: RelationshipKind) => void;
}) {
  const intl = useIntl();
  return (
    <fieldset className="sm-legend sm-legend-edges">
      <legend>{intl.formatMessage(m.relationshipsShown)}</legend>
      {RELATIONSHIP_KINDS.map((kind) => (
        <label key={kind} className="sm-legend-item">
          <input
            type="checkbox"
            checked={shown.has(kind)}
            onChange={() => {
              onToggle(kind);
            }}
          />
          <EdgeSample kind={kind} />
          {intl.formatMessage(kind === 'dependency' ? m.legendArrow : m.legend, {
            kind: intl.formatMessage(relationshipKindLabels[kind]),
            arrow: intl.formatMessage(m.arrow),
            count: String(counts[kind]),
            muted: (chunks: ReactNode[]) => <span className="muted">{chunks}</span>,
          })}
        </label>
      ))}
    </fieldset>
  );
}
