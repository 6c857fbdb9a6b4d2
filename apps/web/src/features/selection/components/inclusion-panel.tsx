import type { TargetStatus } from '@common-ground/domain';
import { type Breakdown, type Inclusion } from '../../../api';
import { useResource } from '../../../hooks/use-resource';
import { getInclusion } from '../api/selection';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const TARGET_TEXT: Record<TargetStatus, string> = { met: 'Met', unmet: 'Not met', not_measurable: 'Not measurable' };
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

  return (
    <section className="panel" aria-labelledby="inclusion-title">
      <h2 id="inclusion-title">Who is missing</h2>
      <p className="muted">
        The active participants (alternates not counted twice) compared with the targets. Gender, age and region are self-declared and
        optional; a category with fewer than {data ? String(data.threshold) : 'five'} people is never shown as a number.
      </p>
      <ResourceView resource={view} loading="Loading the inclusion view…" />
      {data ? <InclusionBody data={data} /> : null}
    </section>
  );
}

function InclusionBody({ data }: { data: Inclusion }) {
  const maxGroup = Math.max(0, ...data.groups.map((group) => group.count));
  return (
    <div className="stack">
      <p>
        <strong>{data.activeParticipants}</strong> active participant{data.activeParticipants === 1 ? '' : 's'}.
      </p>
      {data.missingIndispensable.length > 0 ? (
        <div className="alert alert-warning missing-groups" role="note" aria-label="Missing indispensable groups">
          <p>
            <span aria-hidden="true">⚠ </span>
            <strong>Indispensable groups without an active participant:</strong> {data.missingIndispensable.join(', ')}.
          </p>
        </div>
      ) : null}

      <h3>Targets</h3>
      {data.targets.length ? (
        <ul className="gates" aria-label="Targets">
          {data.targets.map((target) => (
            <li key={target.id} className={`gate gate-${target.status}`}>
              <span className="gate-icon" aria-hidden="true">
                {TARGET_ICON[target.status]}
              </span>
              <div className="gate-body">
                <p className="gate-label">
                  <span className="gate-status">{TARGET_TEXT[target.status]}:</span> {target.label}
                </p>
                <p className="gate-detail">{target.detail}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No targets set yet: set them with the selection criteria.</p>
      )}

      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="composition-groups">
        <table className="table composition">
          <caption id="composition-groups">By stakeholder group</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Participants</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((group) => (
              <tr key={group.groupId ?? 'none'} className={group.missing ? 'row-missing' : undefined}>
                <th scope="row">
                  {group.name}
                  {group.indispensable ? <span className="muted"> (indispensable)</span> : null}
                </th>
                <td>
                  <span className="count-cell">
                    {group.missing ? <strong>0: missing</strong> : String(group.count)}
                    <Bar count={group.count} max={maxGroup} />
                  </span>
                </td>
              </tr>
            ))}
            {data.groups.length === 0 ? (
              <tr>
                <td colSpan={2} className="muted">
                  No stakeholder groups yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <BreakdownTable id="composition-gender" caption="By gender" breakdown={data.gender} threshold={data.threshold} />
      <BreakdownTable id="composition-age" caption="By age band" breakdown={data.ageBand} threshold={data.threshold} />
      <BreakdownTable
        id="composition-region"
        caption={`By region (${String(data.distinctRegions)} region${data.distinctRegions === 1 ? '' : 's'} declared)`}
        breakdown={data.region}
        threshold={data.threshold}
      />

      <h3>Breadth across the Coordination Wheel</h3>
      <p>
        The participants’ organisations work in <strong>{data.breadth} of 5</strong> areas. Local ownership is most robust where all five
        are covered.
      </p>
      <ul className="wheel-list" aria-label="Coordination Wheel areas">
        {data.wheel.map((area) => (
          <li key={area.area} className={area.covered ? 'wheel-covered' : 'wheel-missing'}>
            <span aria-hidden="true">{area.covered ? '✓ ' : '○ '}</span>
            {area.label}:{' '}
            {area.covered
              ? area.count === null
                ? `covered (fewer than ${String(data.threshold)} participants)`
                : `covered (${String(area.count)} participants)`
              : 'not covered'}
          </li>
        ))}
      </ul>
    </div>
  );
}

function BreakdownTable({ id, caption, breakdown, threshold }: { id: string; caption: string; breakdown: Breakdown; threshold: number }) {
  const max = Math.max(0, ...breakdown.cells.map((cell) => cell.count ?? 0));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="table composition">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Participants</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.cells.map((cell) => (
            <tr key={cell.key}>
              <th scope="row">{cell.label}</th>
              <td>
                {cell.shown === 'count' && cell.count !== null ? (
                  <span className="count-cell">
                    {String(cell.count)}
                    <Bar count={cell.count} max={max} />
                  </span>
                ) : cell.shown === 'fewer_than_threshold' ? (
                  `Fewer than ${String(threshold)}`
                ) : (
                  'Not shown'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {breakdown.withheld ? (
        <p className="muted">Not shown: with so few people in one category, the other numbers would reveal it.</p>
      ) : null}
    </div>
  );
}
