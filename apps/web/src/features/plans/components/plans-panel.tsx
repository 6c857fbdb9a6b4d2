import { PLAN_LIMITS, PLAN_STATUS_LABELS } from '@common-ground/domain';
import { useState } from 'react';
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

/** The process's action plans, newest first, with what they hold; a form to start one. */
export function PlansPanel({ processRef, basePath, mayManage }: { processRef: ProcessRef; basePath: string; mayManage: boolean }) {
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
      <h2 id="plans-title">Action plans</h2>
      <p className="muted">Who does what, how and by when. A plan is drafted, proposed to the group, then approved.</p>
      <ResourceView resource={first} loading="Loading action plans…" />
      {first.data && items.length === 0 ? <EmptyState title="No action plans yet" /> : null}
      {items.length > 0 ? (
        <ul className="rows" aria-label="Action plans">
          {items.map((plan) => (
            <li key={plan.id} className="row row-block">
              <div className="row-main">
                <Link className="row-title" to={`${basePath}/${plan.id}`}>
                  {plan.title}
                </Link>
                <span>{plan.goal}</span>
                <span className="muted">
                  <Badge tone={PLAN_STATUS_TONES[plan.status]}>{PLAN_STATUS_LABELS[plan.status]}</Badge> {plan.actionCount} action
                  {plan.actionCount === 1 ? '' : 's'} · {plan.doneCount} done
                  {plan.overdueCount > 0 ? ` · ${String(plan.overdueCount)} overdue` : ''}
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {nextCursor ? (
        <div className="load-more">
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Show more plans'}
          </button>
          {moreError ? <p className="field-error">{moreError}</p> : null}
        </div>
      ) : null}
      {mayManage ? <NewPlanForm processRef={processRef} basePath={basePath} /> : null}
    </section>
  );
}

function NewPlanForm({ processRef, basePath }: { processRef: ProcessRef; basePath: string }) {
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
      <h3 id="new-plan-title">Start an action plan</h3>
      <FormAlert messages={formErrors} />
      <TextField
        label="Title"
        required
        maxLength={PLAN_LIMITS.titleMax}
        error={form.formState.errors.title?.message}
        {...form.register('title', { validate: (value) => (value.trim() ? true : 'Give the plan a title.') })}
      />
      <TextAreaField
        label="Goal"
        hint="The change the plan works towards."
        required
        rows={3}
        maxLength={PLAN_LIMITS.goalMax}
        error={form.formState.errors.goal?.message}
        {...form.register('goal', { validate: (value) => (value.trim() ? true : 'Say what the plan should achieve.') })}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Start the plan</SubmitButton>
      </div>
    </form>
  );
}
