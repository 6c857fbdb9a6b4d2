import { type TargetStatus, WHEEL_AREAS, type WheelArea } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor, useIntl } from 'react-intl';
import type { ReactNode } from 'react';
import { type Breakdown, type Inclusion } from '../../../api';
import { useResource } from '../../../hooks/use-resource';
import { getInclusion } from '../api/selection';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { cellLabel, joinNames, noGroupLabel, targetText } from '../labels';
import { CHECK_MARK, OPEN_MARK } from '../../../components/marks';
import { WARNING_MARK } from '../../../components/fields';
import { WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const TARGET_TEXT = untyped(
  defineMessages({
    met: { id: 'selection.inclusion.target.met', defaultMessage: 'Met' },
    unmet: { id: 'selection.inclusion.target.unmet', defaultMessage: 'Not met' },
    not_measurable: { id: 'selection.inclusion.target.not_measurable', defaultMessage: 'Not measurable' },
  }),
) satisfies Record<TargetStatus, MessageDescriptor>;

const m = untyped(
  defineMessages({
    targetLine: { id: 'selection.inclusion.targetLine', defaultMessage: '{status} {label}' },
    title: { id: 'selection.inclusion.title', defaultMessage: 'Who is missing' },
    intro: {
      id: 'selection.inclusion.intro',
      defaultMessage:
        'The active participants (alternates not counted twice) compared with the targets. Gender, age and region are self-declared and optional; a category with fewer than {threshold} people is never shown as a number.',
    },
    five: { id: 'selection.inclusion.five', defaultMessage: 'five' },
    loading: { id: 'selection.inclusion.loading', defaultMessage: 'Loading the inclusion view…' },
    active: {
      id: 'selection.inclusion.active',
      defaultMessage: '{count, plural, one {<strong>#</strong> active participant.} other {<strong>#</strong> active participants.}}',
    },
    missingLabel: { id: 'selection.inclusion.missingLabel', defaultMessage: 'Missing indispensable groups' },
    missing: {
      id: 'selection.inclusion.missing',
      defaultMessage: '<strong>Indispensable groups without an active participant:</strong> {groups}.',
    },
    targets: { id: 'selection.inclusion.targets', defaultMessage: 'Targets' },
    targetStatus: { id: 'selection.inclusion.targetStatus', defaultMessage: '{status}:' },
    noTargets: { id: 'selection.inclusion.noTargets', defaultMessage: 'No targets set yet: set them with the selection criteria.' },
    byGroup: { id: 'selection.inclusion.byGroup', defaultMessage: 'By stakeholder group' },
    group: { id: 'selection.inclusion.group', defaultMessage: 'Group' },
    participants: { id: 'selection.inclusion.participants', defaultMessage: 'Participants' },
    indispensable: { id: 'selection.inclusion.indispensable', defaultMessage: '(indispensable)' },
    missingCount: { id: 'selection.inclusion.missingCount', defaultMessage: '0: missing' },
    noGroups: { id: 'selection.inclusion.noGroups', defaultMessage: 'No stakeholder groups yet.' },
    byGender: { id: 'selection.inclusion.byGender', defaultMessage: 'By gender' },
    byAge: { id: 'selection.inclusion.byAge', defaultMessage: 'By age band' },
    byRegion: {
      id: 'selection.inclusion.byRegion',
      defaultMessage: 'By region ({count, plural, one {# region} other {# regions}} declared)',
    },
    breadthTitle: { id: 'selection.inclusion.breadthTitle', defaultMessage: 'Breadth across the Coordination Wheel' },
    breadth: {
      id: 'selection.inclusion.breadth',
      defaultMessage:
        'The participants’ organisations work in <strong>{count} of 5</strong> areas. Local ownership is most robust where all five are covered.',
    },
    wheelLabel: { id: 'selection.inclusion.wheelLabel', defaultMessage: 'Coordination Wheel areas' },
    coveredFew: { id: 'selection.inclusion.coveredFew', defaultMessage: 'covered (fewer than {threshold} participants)' },
    covered: { id: 'selection.inclusion.covered', defaultMessage: 'covered ({count} participants)' },
    notCovered: { id: 'selection.inclusion.notCovered', defaultMessage: 'not covered' },
    area: { id: 'selection.inclusion.area', defaultMessage: '{area}: {coverage}' },
    category: { id: 'selection.inclusion.category', defaultMessage: 'Category' },
    fewerThan: { id: 'selection.inclusion.fewerThan', defaultMessage: 'Fewer than {threshold}' },
    notShown: { id: 'selection.inclusion.notShown', defaultMessage: 'Not shown' },
    withheld: {
      id: 'selection.inclusion.withheld',
      defaultMessage: 'Not shown: with so few people in one category, the other numbers would reveal it.',
    },
  }),
);

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

const isWheelArea = (value: string): value is WheelArea => (WHEEL_AREAS as readonly string[]).includes(value);
const TARGET_ICON: Record<TargetStatus, string> = { met: '✓', unmet: '✕', not_measurable: '?' };

/** A bar drawn only to repeat the number next to it; its width is the share of the largest count. */
function Bar({ count, max }: { count: number; max: number }) {
  const share = max > 0 ? Math.round((count / max) * 100) : 0;
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ inlineSize: `${String(share)}%` }} />
    </span>
  );
}

/**
 * Who is missing (Lessons 10-11): the active participants against the targets. Demographic categories
 * with fewer than five people show no count, so nobody can be singled out.
 */
export function InclusionPanel({ processRef, reloadKey }: { processRef: ProcessRef; reloadKey: string }) {
  const view = useResource<Inclusion>(`inclusion:${processRef.processId}:${reloadKey}`, (signal) => getInclusion(processRef, signal), {
    keepPreviousData: true,
  });
  const data = view.data;
  const intl = useIntl();

  return (
    <section className="panel" aria-labelledby="inclusion-title">
      <h2 id="inclusion-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro, { threshold: data ? String(data.threshold) : intl.formatMessage(m.five) })}</p>
      <ResourceView resource={view} loading={intl.formatMessage(m.loading)} />
      {data ? <InclusionBody data={data} /> : null}
    </section>
  );
}

function InclusionBody({ data }: { data: Inclusion }) {
  const intl = useIntl();
  const facts = {
    threshold: data.threshold,
    missingIndispensable: data.missingIndispensable,
    indispensableGroups: data.groups.filter((group) => group.indispensable).length,
    distinctRegions: data.distinctRegions,
  };
  const maxGroup = Math.max(0, ...data.groups.map((group) => group.count));
  return (
    <div className="stack">
      <p>{intl.formatMessage(m.active, { count: data.activeParticipants, strong })}</p>
      {data.missingIndispensable.length > 0 ? (
        <div className="alert alert-warning missing-groups" role="note" aria-label={intl.formatMessage(m.missingLabel)}>
          <p>
            <span aria-hidden="true">{WARNING_MARK}</span>
            {intl.formatMessage(m.missing, { strong, groups: joinNames(intl, data.missingIndispensable) })}
          </p>
        </div>
      ) : null}

      <h3>{intl.formatMessage(m.targets)}</h3>
      {data.targets.length ? (
        <ul className="gates" aria-label={intl.formatMessage(m.targets)}>
          {data.targets.map((target) => {
            const text = targetText(intl, target, facts);
            return (
              <li key={target.id} className={`gate gate-${target.status}`}>
                <span className="gate-icon" aria-hidden="true">
                  {TARGET_ICON[target.status]}
                </span>
                <div className="gate-body">
                  <p className="gate-label">
                    {intl.formatMessage(m.targetLine, {
                      status: (
                        <span className="gate-status">
                          {intl.formatMessage(m.targetStatus, { status: intl.formatMessage(TARGET_TEXT[target.status]) })}
                        </span>
                      ),
                      label: text.label,
                    })}
                  </p>
                  <p className="gate-detail">{text.detail}</p>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{intl.formatMessage(m.noTargets)}</p>
      )}

      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="composition-groups">
        <table className="table composition">
          <caption id="composition-groups">{intl.formatMessage(m.byGroup)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.group)}</th>
              <th scope="col">{intl.formatMessage(m.participants)}</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((group) => (
              <tr key={group.groupId ?? 'none'} className={group.missing ? 'row-missing' : undefined}>
                <th scope="row">
                  {group.groupId === null ? noGroupLabel(intl) : group.name}
                  {group.indispensable ? <span className="muted"> {intl.formatMessage(m.indispensable)}</span> : null}
                </th>
                <td>
                  <span className="count-cell">
                    {group.missing ? <strong>{intl.formatMessage(m.missingCount)}</strong> : String(group.count)}
                    <Bar count={group.count} max={maxGroup} />
                  </span>
                </td>
              </tr>
            ))}
            {data.groups.length === 0 ? (
              <tr>
                <td colSpan={2} className="muted">
                  {intl.formatMessage(m.noGroups)}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <BreakdownTable
        id="composition-gender"
        kind="gender"
        caption={intl.formatMessage(m.byGender)}
        breakdown={data.gender}
        threshold={data.threshold}
      />
      <BreakdownTable
        id="composition-age"
        kind="ageBand"
        caption={intl.formatMessage(m.byAge)}
        breakdown={data.ageBand}
        threshold={data.threshold}
      />
      <BreakdownTable
        id="composition-region"
        kind="region"
        caption={intl.formatMessage(m.byRegion, { count: data.distinctRegions })}
        breakdown={data.region}
        threshold={data.threshold}
      />

      <h3>{intl.formatMessage(m.breadthTitle)}</h3>
      <p>{intl.formatMessage(m.breadth, { count: data.breadth, strong })}</p>
      <ul className="wheel-list" aria-label={intl.formatMessage(m.wheelLabel)}>
        {data.wheel.map((area) => (
          <li key={area.area} className={area.covered ? 'wheel-covered' : 'wheel-missing'}>
            <span aria-hidden="true">{area.covered ? CHECK_MARK : OPEN_MARK} </span>
            {intl.formatMessage(m.area, {
              area: isWheelArea(area.area) ? intl.formatMessage(WHEEL_AREA_MESSAGES[area.area]) : area.label,
              coverage: area.covered
                ? area.count === null
                  ? intl.formatMessage(m.coveredFew, { threshold: data.threshold })
                  : intl.formatMessage(m.covered, { count: area.count })
                : intl.formatMessage(m.notCovered),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function BreakdownTable({
  id,
  kind,
  caption,
  breakdown,
  threshold,
}: {
  id: string;
  kind: 'gender' | 'ageBand' | 'region';
  caption: string;
  breakdown: Breakdown;
  threshold: number;
}) {
  const intl = useIntl();
  const max = Math.max(0, ...breakdown.cells.map((cell) => cell.count ?? 0));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="table composition">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(m.category)}</th>
            <th scope="col">{intl.formatMessage(m.participants)}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.cells.map((cell) => (
            <tr key={cell.key}>
              <th scope="row">{cellLabel(intl, kind, cell, threshold)}</th>
              <td>
                {cell.shown === 'count' && cell.count !== null ? (
                  <span className="count-cell">
                    {String(cell.count)}
                    <Bar count={cell.count} max={max} />
                  </span>
                ) : cell.shown === 'fewer_than_threshold' ? (
                  intl.formatMessage(m.fewerThan, { threshold })
                ) : (
                  intl.formatMessage(m.notShown)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {breakdown.withheld ? <p className="muted">{intl.formatMessage(m.withheld)}</p> : null}
    </div>
  );
}
