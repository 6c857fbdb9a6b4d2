import { PLAN_LIMITS, PLAN_STATUS_LABELS } from '@common-ground/domain';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, type Plan, type PlanAction } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { NotFoundPage } from '../../../components/not-found';
import { Badge, EmptyState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getPlan, movePlan, planCsvUrl, removePlan, updatePlan, type PlanMove } from '../api/plans';
import { ActionDialog } from '../components/action-dialog';
import { ActionsTable } from '../components/actions-table';
import { PLAN_STATUS_TONES } from '../components/labels';
import { MilestonesPanel } from '../../tracking/components/milestones-panel';
import { PlanCostsPanel } from '../../tracking/components/plan-costs-panel';
import { type ProcessRef, processPath, processRefOf } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

const MOVE_DONE: Record<PlanMove, string> = {
  propose: 'The plan is proposed for approval.',
  withdraw: 'The proposal was withdrawn; the plan is a draft again.',
  approve: 'The plan is approved.',
  reopen: 'The plan is reopened as a draft; it needs approval again.',
};

/** `/w/:workspaceId/p/:processId/plan/:planId`: one action plan, its actions, and its way to approval. */
export function PlanDetailRoute() {
  const fmt = useFormat();
  const { process, allowed } = useProcessOutlet();
  const { planId = '' } = useParams();
  const processRef = processRefOf(process);
  const plan = useResource<Plan>(`plan:${process.id}:${planId}`, (signal) => getPlan(processRef, planId, signal), {
    keepPreviousData: true,
  });
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const [editing, setEditing] = useState<PlanAction | 'new' | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  usePageTitle(plan.data?.title ?? 'Action plan');

  if (plan.error instanceof ApiError && (plan.error.isNotFound || plan.error.status === 400)) return <NotFoundPage />;
  if (!plan.data) return <ResourceView resource={plan} loading="Loading the action plan…" />;

  const data = plan.data;
  const mayManage = allowed('plans.manage');
  const mayApprove = allowed('plans.approve');
  const actionsEditable = mayManage && data.status !== 'proposed';
  const listPath = processPath(processRef, 'plan');

  const announce = (tone: 'success' | 'warning' | 'error', text: string) => {
    setNotice({ tone, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const replaceAction = (changed: PlanAction, message: string) => {
    plan.reload();
    announce('success', message);
    plan.setData((current) => ({ ...current, actions: current.actions.map((item) => (item.id === changed.id ? changed : item)) }));
  };
  const reloadAfterConflict = (message: string) => {
    plan.reload();
    announce('warning', message);
  };

  return (
    <div className="stack-lg">
      <p>
        <Link to={listPath}>← All action plans</Link>
      </p>
      <section className="panel" aria-labelledby="plan-title">
        <h2 id="plan-title">
          {data.title} <Badge tone={PLAN_STATUS_TONES[data.status]}>{PLAN_STATUS_LABELS[data.status]}</Badge>
        </h2>
        <p>
          <strong>Goal:</strong> {data.goal}
        </p>
        {data.approvedAt && data.approvedBy ? (
          <p className="muted">
            Approved by {data.approvedBy.displayName}, {fmt.dateTime(data.approvedAt)}
          </p>
        ) : null}
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
          {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
        </div>
        {data.status !== 'approved' && data.gaps.length > 0 ? (
          <div className="alert alert-warning">
            <p>Before approval, every action needs an owner and a due date:</p>
            <ul>
              {data.gaps.map((gap) => (
                <li key={gap.actionId}>
                  {gap.title}: no {gap.missing.map((field) => (field === 'owner' ? 'owner' : 'due date')).join(', no ')}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <PlanMoves
          processRef={processRef}
          plan={data}
          mayManage={mayManage}
          mayApprove={mayApprove}
          onMoved={(moved, move) => {
            plan.setData(moved);
            announce('success', MOVE_DONE[move]);
          }}
          onFailed={(caught) => {
            if (caught instanceof ApiError && caught.isVersionConflict)
              reloadAfterConflict('The plan was changed by someone else meanwhile; it has been reloaded.');
            else announce('error', errorMessage(caught));
          }}
          listPath={listPath}
        />
        <p>
          <a className="button" href={planCsvUrl(processRef, data.id)} download>
            Export CSV<span className="visually-hidden"> of this plan’s actions</span>
          </a>
        </p>
        {mayManage && data.status === 'draft' ? (
          <PlanEditForm processRef={processRef} plan={data} onSaved={(saved) => plan.setData(saved)} onConflict={plan.reload} />
        ) : null}
      </section>

      <section className="panel" aria-labelledby="plan-actions-title">
        <h2 id="plan-actions-title">Actions</h2>
        {data.status === 'proposed' ? (
          <p className="muted">The plan is proposed: its actions are frozen until it is approved or withdrawn, except for their status.</p>
        ) : null}
        {data.actions.length === 0 ? (
          <EmptyState title="No actions yet">{mayManage ? <p>Add what will be done, by whom and by when.</p> : null}</EmptyState>
        ) : null}
        {data.actions.length > 0 ? (
          <ActionsTable
            processRef={processRef}
            actions={data.actions}
            actionPath={(action) => `${listPath}/${data.id}/actions/${action.id}`}
            onEdit={actionsEditable ? setEditing : null}
            onChanged={replaceAction}
            onConflict={reloadAfterConflict}
          />
        ) : null}
        {actionsEditable ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              aria-haspopup="dialog"
              onClick={() => {
                setEditing('new');
              }}
            >
              Add an action
            </button>
          </div>
        ) : null}
      </section>

      <MilestonesPanel
        processRef={processRef}
        plan={data}
        basePath={`${listPath}/${data.id}`}
        mayAdd={mayManage && data.status !== 'proposed'}
        onAdded={(message) => {
          announce('success', message);
        }}
      />
      <PlanCostsPanel processRef={processRef} planId={data.id} />

      {editing ? (
        <ActionDialog
          processRef={processRef}
          planId={data.id}
          action={editing === 'new' ? null : editing}
          siblings={data.actions}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={(saved) => {
            setEditing(null);
            plan.reload();
            announce('success', editing === 'new' ? `“${saved.title}” was added.` : `“${saved.title}” was saved.`);
          }}
          onConflict={() => {
            setEditing(null);
            reloadAfterConflict('This action was changed by someone else meanwhile; the plan has been reloaded. Edit it again.');
          }}
        />
      ) : null}
    </div>
  );
}

interface PlanMovesProps {
  processRef: ProcessRef;
  plan: Plan;
  mayManage: boolean;
  mayApprove: boolean;
  onMoved: (plan: Plan, move: PlanMove) => void;
  onFailed: (error: unknown) => void;
  listPath: string;
}

/** The buttons the plan's state and the person's role allow: propose, withdraw, approve, reopen, delete. */
function PlanMoves({ processRef, plan, mayManage, mayApprove, onMoved, onFailed, listPath }: PlanMovesProps) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const run = async (move: PlanMove) => {
    setBusy(true);
    try {
      onMoved(await movePlan(processRef, plan.id, move, plan.version), move);
    } catch (caught) {
      onFailed(caught);
    } finally {
      setBusy(false);
    }
  };
  const button = (move: PlanMove, label: string, primary = false) => (
    <button type="button" className={primary ? 'button button-primary' : 'button'} disabled={busy} onClick={() => void run(move)}>
      {label}
    </button>
  );
  const buttons = [
    mayManage && plan.status === 'draft' ? button('propose', 'Propose for approval', true) : null,
    mayApprove && plan.status === 'proposed' ? button('approve', 'Approve the plan', true) : null,
    mayManage && plan.status === 'proposed' ? button('withdraw', 'Withdraw to draft') : null,
  ].filter(Boolean);
  return (
    <div className="button-row">
      {buttons}
      {mayApprove && plan.status === 'approved' ? (
        <ConfirmButton
          className="button"
          confirmClassName="button button-warning"
          title="Reopen this plan?"
          message="The plan goes back to draft and is no longer approved until the group approves it again. The readiness for Implement counts only approved plans."
          confirmLabel="Reopen as draft"
          describeError={errorMessage}
          onConfirm={async () => {
            onMoved(await movePlan(processRef, plan.id, 'reopen', plan.version), 'reopen');
          }}
        >
          Reopen to revise
        </ConfirmButton>
      ) : null}
      {mayManage && plan.status === 'draft' ? (
        <ConfirmButton
          className="button button-danger-quiet"
          title="Delete this plan?"
          message="The draft plan and all its actions are deleted; this cannot be undone."
          confirmLabel="Delete the plan"
          describeError={errorMessage}
          onConfirm={async () => {
            await removePlan(processRef, plan.id);
            await navigate(listPath);
          }}
        >
          Delete the plan
        </ConfirmButton>
      ) : null}
    </div>
  );
}

function PlanEditForm({
  processRef,
  plan,
  onSaved,
  onConflict,
}: {
  processRef: ProcessRef;
  plan: Plan;
  onSaved: (plan: Plan) => void;
  onConflict: () => void;
}) {
  const { form, submit, formErrors } = useCgForm<{ title: string; goal: string }>({
    values: { title: plan.title, goal: plan.goal },
    fields: ['title', 'goal'],
    onConflict: () => {
      onConflict();
      return 'Someone changed the plan meanwhile; it has been reloaded.';
    },
    onSubmit: async ({ title, goal }) => {
      onSaved(await updatePlan(processRef, plan.id, { title: title.trim(), goal: goal.trim(), version: plan.version }));
    },
  });
  return (
    <details className="inline-details">
      <summary>Edit the title and goal</summary>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
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
          required
          rows={3}
          maxLength={PLAN_LIMITS.goalMax}
          error={form.formState.errors.goal?.message}
          {...form.register('goal', { validate: (value) => (value.trim() ? true : 'Say what the plan should achieve.') })}
        />
        <div className="form-actions">
          <SubmitButton busy={form.formState.isSubmitting}>Save</SubmitButton>
        </div>
      </form>
    </details>
  );
}
