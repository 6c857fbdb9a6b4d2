import { defineMessages, useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import { untyped } from '../../../i18n/untyped';
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

const m = untyped(
  defineMessages({
    meta: { id: 'tracking.milestones.meta', defaultMessage: '{due} {state} {quickWin}' },
    noValue: { id: 'tracking.milestones.noValue', defaultMessage: 'No value yet · target {target} {unit}' },
    now: { id: 'tracking.milestones.now', defaultMessage: '{value} {unit} now · target {target}' },
    title: { id: 'tracking.milestones.title', defaultMessage: 'Milestones' },
    intro: {
      id: 'tracking.milestones.intro',
      defaultMessage: 'What the plan should change, measured from a baseline towards a target; quick wins keep up momentum.',
    },
    loading: { id: 'tracking.milestones.loading', defaultMessage: 'Loading milestones…' },
    none: { id: 'tracking.milestones.none', defaultMessage: 'No milestones yet' },
    list: { id: 'tracking.milestones.list', defaultMessage: 'Milestones' },
    due: { id: 'tracking.milestones.due', defaultMessage: 'Due {date}' },
    progressOf: { id: 'tracking.milestones.progressOf', defaultMessage: 'Progress of {title} towards its target' },
    add: { id: 'tracking.milestones.add', defaultMessage: 'Add a milestone' },
    addSubmit: { id: 'tracking.milestones.addSubmit', defaultMessage: 'Add the milestone' },
    added: { id: 'tracking.milestones.added', defaultMessage: 'The milestone “{title}” was added.' },
  }),
);

/** Where a milestone's indicator stands: "18 of 20 robberies a month". */
export function currentFigure(intl: IntlShape, milestone: Milestone, fmt: Formatters): string {
  const { unit, target } = milestone.indicator;
  return milestone.currentValue === null
    ? intl.formatMessage(m.noValue, { target: fmt.number(target), unit })
    : intl.formatMessage(m.now, { value: fmt.number(milestone.currentValue), unit, target: fmt.number(target) });
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
  const intl = useIntl();
  return (
    <section className="panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <ResourceView resource={milestones} loading={intl.formatMessage(m.loading)} />
      {milestones.data && items.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(m.list)}>
          {items.map((milestone) => (
            <li key={milestone.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${basePath}/milestones/${milestone.id}`}>
                  {milestone.title}
                </Link>
                <span className="muted">
                  {intl.formatMessage(m.meta, {
                    due: intl.formatMessage(m.due, { date: fmt.day(milestone.dueDate) }),
                    state: <MilestoneStateBadge state={milestone.state} />,
                    quickWin: milestone.quickWin ? <QuickWinBadge /> : null,
                  })}
                </span>
                <span>{currentFigure(intl, milestone, fmt)}</span>
                <ShareBar share={milestone.progress} label={intl.formatMessage(m.progressOf, { title: milestone.title })} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {mayAdd ? (
        <details className="inline-details">
          <summary>{intl.formatMessage(m.add)}</summary>
          <MilestoneForm
            milestone={null}
            actions={plan.actions}
            submitLabel={intl.formatMessage(m.addSubmit)}
            onSubmit={async (input) => {
              const created = await createMilestone(processRef, plan.id, input);
              milestones.reload();
              onAdded(intl.formatMessage(m.added, { title: created.title }));
            }}
          />
        </details>
      ) : null}
    </section>
  );
}
