import { Link } from 'react-router';
import { type Milestone, type MilestoneList, type Plan } from '../../../api';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { createMilestone, listPlanMilestones } from '../api/tracking';
import { MilestoneStateBadge, QuickWinBadge, ShareBar } from './labels';
import { MilestoneForm } from './milestone-form';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import type { Formatters } from '../../../lib/format';

/** Where a milestone's indicator stands: "18 of 20 robberies a month". */
export function currentFigure(milestone: Milestone, fmt: Formatters): string {
  const { unit, target } = milestone.indicator;
  return milestone.currentValue === null
    ? `No value yet · target ${fmt.number(target)} ${unit}`
    : `${fmt.number(milestone.currentValue)} ${unit} now · target ${fmt.number(target)}`;
}

interface MilestonesPanelProps {
  processRef: ProcessRef;
  plan: Plan;
  basePath: string;
  /** May add milestones now (plans.manage, the plan not proposed, the process active). */
  mayAdd: boolean;
  onAdded: (title: string) => void;
}

/** The plan's milestones by due date with their progress; a form to add one. */
export function MilestonesPanel({ processRef, plan, basePath, mayAdd, onAdded }: MilestonesPanelProps) {
  const fmt = useFormat();
  const milestones = useResource<MilestoneList>(`milestones:${plan.id}`, (signal) => listPlanMilestones(processRef, plan.id, signal));
  const items = milestones.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">Milestones</h2>
      <p className="muted">What the plan should change, measured from a baseline towards a target; quick wins keep up momentum.</p>
      <ResourceView resource={milestones} loading="Loading milestones…" />
      {milestones.data && items.length === 0 ? <EmptyState title="No milestones yet" /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label="Milestones">
          {items.map((milestone) => (
            <li key={milestone.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${basePath}/milestones/${milestone.id}`}>
                  {milestone.title}
                </Link>
                <span className="muted">
                  Due {fmt.day(milestone.dueDate)} <MilestoneStateBadge state={milestone.state} />{' '}
                  {milestone.quickWin ? <QuickWinBadge /> : null}
                </span>
                <span>{currentFigure(milestone, fmt)}</span>
                <ShareBar share={milestone.progress} label={`Progress of ${milestone.title} towards its target`} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {mayAdd ? (
        <details className="inline-details">
          <summary>Add a milestone</summary>
          <MilestoneForm
            milestone={null}
            actions={plan.actions}
            submitLabel="Add the milestone"
            onSubmit={async (input) => {
              const created = await createMilestone(processRef, plan.id, input);
              milestones.reload();
              onAdded(`The milestone “${created.title}” was added.`);
            }}
          />
        </details>
      ) : null}
    </section>
  );
}
