import { PLAN_LIMITS } from '@common-ground/domain';
import { type ReactNode, useRef, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
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

import { untyped } from '../../../i18n/untyped';
import { PLAN_STATUS_MESSAGES } from '../../../i18n/domain-labels';

const MOVE_DONE = defineMessages<PlanMove>({
  propose: { id: 'plans.plan.proposed', defaultMessage: 'The plan is proposed for approval.' },
  withdraw: { id: 'plans.plan.withdrawn', defaultMessage: 'The proposal was withdrawn; the plan is a draft again.' },
  approve: { id: 'plans.plan.approved', defaultMessage: 'The plan is approved.' },
  reopen: { id: 'plans.plan.reopened', defaultMessage: 'The plan is reopened as a draft; it needs approval again.' },
});

const messages = untyped(
  defineMessages({
    pageTitle: { id: 'plans.plan.pageTitle', defaultMessage: 'Action plan' },
    loading: { id: 'plans.plan.loading', defaultMessage: 'Loading the action plan…' },
    allPlans: { id: 'plans.plan.allPlans', defaultMessage: '← All action plans' },
    goal: { id: 'plans.plan.goal', defaultMessage: '<strong>Goal:</strong> {goal}' },
    approvedBy: { id: 'plans.plan.approvedBy', defaultMessage: 'Approved by {name}, {date}' },
    gapsIntro: { id: 'plans.plan.gapsIntro', defaultMessage: 'Before approval, every action needs an owner and a due date:' },
    gap: {
      id: 'plans.plan.gap',
      defaultMessage: '{title}: {missing, select, owner {no owner} dueDate {no due date} both {no owner, no due date} other {{missing}}}',
    },
    conflict: { id: 'plans.plan.conflict', defaultMessage: 'The plan was changed by someone else meanwhile; it has been reloaded.' },
    exportCsv: { id: 'plans.plan.exportCsv', defaultMessage: 'Export CSV<hidden> of this plan’s actions</hidden>' },
    actions: { id: 'plans.plan.actions', defaultMessage: 'Actions' },
    frozen: {
      id: 'plans.plan.frozen',
      defaultMessage: 'The plan is proposed: its actions are frozen until it is approved or withdrawn, except for their status.',
    },
    noActions: { id: 'plans.plan.noActions', defaultMessage: 'No actions yet' },
    noActionsHint: { id: 'plans.plan.noActionsHint', defaultMessage: 'Add what will be done, by whom and by when.' },
    addAction: { id: 'plans.plan.addAction', defaultMessage: 'Add an action' },
    actionAdded: { id: 'plans.plan.actionAdded', defaultMessage: '“{title}” was added.' },
    actionSaved: { id: 'plans.plan.actionSaved', defaultMessage: '“{title}” was saved.' },
    actionConflict: {
      id: 'plans.plan.actionConflict',
      defaultMessage: 'This action was changed by someone else meanwhile; the plan has been reloaded. Edit it again.',
    },
    propose: { id: 'plans.plan.propose', defaultMessage: 'Propose for approval' },
    approve: { id: 'plans.plan.approve', defaultMessage: 'Approve the plan' },
    withdraw: { id: 'plans.plan.withdraw', defaultMessage: 'Withdraw to draft' },
    reopenTitle: { id: 'plans.plan.reopenTitle', defaultMessage: 'Reopen this plan?' },
    reopenText: {
      id: 'plans.plan.reopenText',
      defaultMessage:
        'The plan goes back to draft and is no longer approved until the group approves it again. The readiness for Implement counts only approved plans.',
    },
    reopenConfirm: { id: 'plans.plan.reopenConfirm', defaultMessage: 'Reopen as draft' },
    reopen: { id: 'plans.plan.reopen', defaultMessage: 'Reopen to revise' },
    deleteTitle: { id: 'plans.plan.deleteTitle', defaultMessage: 'Delete this plan?' },
    deleteText: { id: 'plans.plan.deleteText', defaultMessage: 'The draft plan and all its actions are deleted; this cannot be undone.' },
    delete: { id: 'plans.plan.delete', defaultMessage: 'Delete the plan' },
    editConflict: { id: 'plans.plan.editConflict', defaultMessage: 'Someone changed the plan meanwhile; it has been reloaded.' },
    editSummary: { id: 'plans.plan.editSummary', defaultMessage: 'Edit the title and goal' },
    title: { id: 'plans.plan.title', defaultMessage: 'Title' },
    titleRequired: { id: 'plans.plan.titleRequired', defaultMessage: 'Give the plan a title.' },
    goalLabel: { id: 'plans.plan.goalLabel', defaultMessage: 'Goal' },
    goalRequired: { id: 'plans.plan.goalRequired', defaultMessage: 'Say what the plan should achieve.' },
    save: { id: 'plans.plan.save', defaultMessage: 'Save' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Which of owner and due date an action still lacks, as the `gap` message's `missing` argument. */
function missingOf(fields: readonly string[]): string {
  const owner = fields.includes('owner');
  const due = fields.some((field) => field !== 'owner');
  return owner && due ? 'both' : owner ? 'owner' : 'dueDate';
}

/** `/w/:workspaceId/p/:processId/plan/:planId`: one action plan, its actions, and its way to approval. */
export function PlanDetailRoute() {
  const intl = useIntl();
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
  usePageTitle(plan.data?.title ?? intl.formatMessage(messages.pageTitle));

  if (plan.error instanceof ApiError && (plan.error.isNotFound || plan.error.status === 400)) return <NotFoundPage />;
  if (!plan.data) return <ResourceView resource={plan} loading={intl.formatMessage(messages.loading)} />;

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
        <Link to={listPath}>{intl.formatMessage(messages.allPlans)}</Link>
      </p>
      <section className="panel" aria-labelledby="plan-title">
        <h2 id="plan-title">
          {data.title} <Badge tone={PLAN_STATUS_TONES[data.status]}>{intl.formatMessage(PLAN_STATUS_MESSAGES[data.status])}</Badge>
        </h2>
        <p>
          <FormattedMessage {...messages.goal} values={{ goal: data.goal, strong }} />
        </p>
        {data.approvedAt && data.approvedBy ? (
          <p className="muted">
            {intl.formatMessage(messages.approvedBy, { name: data.approvedBy.displayName, date: fmt.dateTime(data.approvedAt) })}
          </p>
        ) : null}
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
          {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
        </div>
        {data.status !== 'approved' && data.gaps.length > 0 ? (
          <div className="alert alert-warning">
            <p>{intl.formatMessage(messages.gapsIntro)}</p>
            <ul>
              {data.gaps.map((gap) => (
                <li key={gap.actionId}>{intl.formatMessage(messages.gap, { title: gap.title, missing: missingOf(gap.missing) })}</li>
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
            announce('success', intl.formatMessage(MOVE_DONE[move]));
          }}
          onFailed={(caught) => {
            if (caught instanceof ApiError && caught.isVersionConflict) reloadAfterConflict(intl.formatMessage(messages.conflict));
            else announce('error', errorMessage(caught));
          }}
          listPath={listPath}
        />
        <p>
          <a className="button" href={planCsvUrl(processRef, data.id)} download>
            <FormattedMessage {...messages.exportCsv} values={{ hidden }} />
          </a>
        </p>
        {mayManage && data.status === 'draft' ? (
          <PlanEditForm processRef={processRef} plan={data} onSaved={(saved) => plan.setData(saved)} onConflict={plan.reload} />
        ) : null}
      </section>

      <section className="panel" aria-labelledby="plan-actions-title">
        <h2 id="plan-actions-title">{intl.formatMessage(messages.actions)}</h2>
        {data.status === 'proposed' ? <p className="muted">{intl.formatMessage(messages.frozen)}</p> : null}
        {data.actions.length === 0 ? (
          <EmptyState title={intl.formatMessage(messages.noActions)}>
            {mayManage ? <p>{intl.formatMessage(messages.noActionsHint)}</p> : null}
          </EmptyState>
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
              {intl.formatMessage(messages.addAction)}
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
            announce(
              'success',
              intl.formatMessage(editing === 'new' ? messages.actionAdded : messages.actionSaved, { title: saved.title }),
            );
          }}
          onConflict={() => {
            setEditing(null);
            reloadAfterConflict(intl.formatMessage(messages.actionConflict));
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
  const intl = useIntl();
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
    mayManage && plan.status === 'draft' ? button('propose', intl.formatMessage(messages.propose), true) : null,
    mayApprove && plan.status === 'proposed' ? button('approve', intl.formatMessage(messages.approve), true) : null,
    mayManage && plan.status === 'proposed' ? button('withdraw', intl.formatMessage(messages.withdraw)) : null,
  ].filter(Boolean);
  return (
    <div className="button-row">
      {buttons}
      {mayApprove && plan.status === 'approved' ? (
        <ConfirmButton
          className="button"
          confirmClassName="button button-warning"
          title={intl.formatMessage(messages.reopenTitle)}
          message={intl.formatMessage(messages.reopenText)}
          confirmLabel={intl.formatMessage(messages.reopenConfirm)}
          describeError={errorMessage}
          onConfirm={async () => {
            onMoved(await movePlan(processRef, plan.id, 'reopen', plan.version), 'reopen');
          }}
        >
          {intl.formatMessage(messages.reopen)}
        </ConfirmButton>
      ) : null}
      {mayManage && plan.status === 'draft' ? (
        <ConfirmButton
          className="button button-danger-quiet"
          title={intl.formatMessage(messages.deleteTitle)}
          message={intl.formatMessage(messages.deleteText)}
          confirmLabel={intl.formatMessage(messages.delete)}
          describeError={errorMessage}
          onConfirm={async () => {
            await removePlan(processRef, plan.id);
            await navigate(listPath);
          }}
        >
          {intl.formatMessage(messages.delete)}
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
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ title: string; goal: string }>({
    values: { title: plan.title, goal: plan.goal },
    fields: ['title', 'goal'],
    onConflict: () => {
      onConflict();
      return intl.formatMessage(messages.editConflict);
    },
    onSubmit: async ({ title, goal }) => {
      onSaved(await updatePlan(processRef, plan.id, { title: title.trim(), goal: goal.trim(), version: plan.version }));
    },
  });
  return (
    <details className="inline-details">
      <summary>{intl.formatMessage(messages.editSummary)}</summary>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(messages.title)}
          required
          maxLength={PLAN_LIMITS.titleMax}
          error={form.formState.errors.title?.message}
          {...form.register('title', { validate: (value) => (value.trim() ? true : intl.formatMessage(messages.titleRequired)) })}
        />
        <TextAreaField
          label={intl.formatMessage(messages.goalLabel)}
          required
          rows={3}
          maxLength={PLAN_LIMITS.goalMax}
          error={form.formState.errors.goal?.message}
          {...form.register('goal', { validate: (value) => (value.trim() ? true : intl.formatMessage(messages.goalRequired)) })}
        />
        <div className="form-actions">
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(messages.save)}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
