import { PLAN_LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { errorMessage, type PlanList, type PlanSummary } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { createPlan, listPlans } from '../api/plans';
import { PLAN_STATUS_TONES } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { PLAN_STATUS_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    meta: { id: 'plans.list.meta', defaultMessage: '{status} {counts}' },
    metaOverdue: { id: 'plans.list.metaOverdue', defaultMessage: '{status} {counts} · {overdue}' },
    title: { id: 'plans.list.title', defaultMessage: 'Action plans' },
    intro: {
      id: 'plans.list.intro',
      defaultMessage: 'Who does what, how and by when. A plan is drafted, proposed to the group, then approved.',
    },
    loading: { id: 'plans.list.loading', defaultMessage: 'Loading action plans…' },
    empty: { id: 'plans.list.empty', defaultMessage: 'No action plans yet' },
    counts: {
      id: 'plans.list.counts',
      defaultMessage: '{actions, plural, one {# action} other {# actions}} · {done, plural, other {# done}}',
    },
    overdue: { id: 'plans.list.overdue', defaultMessage: '{count} overdue' },
    loadingMore: { id: 'plans.list.loadingMore', defaultMessage: 'Loading…' },
    showMore: { id: 'plans.list.showMore', defaultMessage: 'Show more plans' },
    newTitle: { id: 'plans.list.newTitle', defaultMessage: 'Start an action plan' },
    planTitle: { id: 'plans.list.planTitle', defaultMessage: 'Title' },
    titleRequired: { id: 'plans.list.titleRequired', defaultMessage: 'Give the plan a title.' },
    goal: { id: 'plans.list.goal', defaultMessage: 'Goal' },
    goalHint: { id: 'plans.list.goalHint', defaultMessage: 'The change the plan works towards.' },
    goalRequired: { id: 'plans.list.goalRequired', defaultMessage: 'Say what the plan should achieve.' },
    start: { id: 'plans.list.start', defaultMessage: 'Start the plan' },
  }),
);

/** The process's action plans, newest first, with what they hold; a form to start one. */
export function PlansPanel({ processRef, basePath, mayManage }: { processRef: ProcessRef; basePath: string; mayManage: boolean }) {
  const intl = useIntl();
  const first = useResource<PlanList>(`plans:${processRef.processId}`, (signal) => listPlans(processRef, null, signal));
  const [more, setMore] = useState<{ items: PlanSummary[]; nextCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listPlans(processRef, nextCursor);
      setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
    } catch (caught) {
      setMoreError(errorMessage(caught));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="plans-title">
      <h2 id="plans-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <ResourceView resource={first} loading={intl.formatMessage(messages.loading)} />
      {first.data && items.length === 0 ? <EmptyState title={intl.formatMessage(messages.empty)} /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(messages.title)}>
          {items.map((plan) => (
            <li key={plan.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${basePath}/${plan.id}`}>
                  {plan.title}
                </Link>
                <span>{plan.goal}</span>
                <span className="muted">
                  {intl.formatMessage(plan.overdueCount > 0 ? messages.metaOverdue : messages.meta, {
                    status: <Badge tone={PLAN_STATUS_TONES[plan.status]}>{intl.formatMessage(PLAN_STATUS_MESSAGES[plan.status])}</Badge>,
                    counts: intl.formatMessage(messages.counts, { actions: plan.actionCount, done: plan.doneCount }),
                    overdue: intl.formatMessage(messages.overdue, { count: String(plan.overdueCount) }),
                  })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {nextCursor ? (
        <div className="load-more">
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? intl.formatMessage(messages.loadingMore) : intl.formatMessage(messages.showMore)}
          </button>
          {moreError ? <p className="field-error">{moreError}</p> : null}
        </div>
      ) : null}
      {mayManage ? <NewPlanForm processRef={processRef} basePath={basePath} /> : null}
    </section>
  );
}

function NewPlanForm({ processRef, basePath }: { processRef: ProcessRef; basePath: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { form, submit, formErrors } = useCgForm<{ title: string; goal: string }>({
    defaultValues: { title: '', goal: '' },
    fields: ['title', 'goal'],
    onSubmit: async ({ title, goal }) => {
      const plan = await createPlan(processRef, { title: title.trim(), goal: goal.trim() });
      await navigate(`${basePath}/${plan.id}`);
    },
  });
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)} aria-labelledby="new-plan-title">
      <h3 id="new-plan-title">{intl.formatMessage(messages.newTitle)}</h3>
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(messages.planTitle)}
        required
        maxLength={PLAN_LIMITS.titleMax}
        error={form.formState.errors.title?.message}
        {...form.register('title', { validate: (value) => (value.trim() ? true : intl.formatMessage(messages.titleRequired)) })}
      />
      <TextAreaField
        label={intl.formatMessage(messages.goal)}
        hint={intl.formatMessage(messages.goalHint)}
        required
        rows={3}
        maxLength={PLAN_LIMITS.goalMax}
        error={form.formState.errors.goal?.message}
        {...form.register('goal', { validate: (value) => (value.trim() ? true : intl.formatMessage(messages.goalRequired)) })}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(messages.start)}</SubmitButton>
      </div>
    </form>
  );
}
