import { INDICATOR_DIRECTION_LABELS, MILESTONE_LIMITS } from '@common-ground/domain';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, type MilestoneDetail, type Plan } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { NotFoundPage } from '../../../components/not-found';
import { EmptyState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { usePageTitle } from '../../../hooks/use-page-title';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getPlan } from '../api/plans';
import { getMilestone, recordMilestoneValue, removeMilestone, updateMilestone } from '../../tracking/api/tracking';
import { MilestoneStateBadge, QuickWinBadge, ShareBar } from '../../tracking/components/labels';
import { MilestoneChart } from '../../tracking/components/milestone-chart';
import { MilestoneForm } from '../../tracking/components/milestone-form';
import { type ProcessRef, processPath, processRefOf } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

/** `/w/:workspaceId/p/:processId/plan/:planId/milestones/:milestoneId`: a milestone, its series as a chart and a table, and recording a value. */
export function MilestoneRoute() {
  const fmt = useFormat();
  const { process, allowed } = useProcessOutlet();
  const { planId = '', milestoneId = '' } = useParams();
  const processRef = processRefOf(process);
  const milestone = useResource<MilestoneDetail>(`milestone:${milestoneId}`, (signal) => getMilestone(processRef, milestoneId, signal), {
    keepPreviousData: true,
  });
  const plan = useResource<Plan>(`plan:${process.id}:${planId}`, (signal) => getPlan(processRef, planId, signal));
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  usePageTitle(milestone.data?.title ?? 'Milestone');

  if (milestone.error instanceof ApiError && (milestone.error.isNotFound || milestone.error.status === 400)) return <NotFoundPage />;
  if (!milestone.data) return <ResourceView resource={milestone} loading="Loading the milestone…" />;

  const data = milestone.data;
  const planPath = processPath(processRef, 'plan', data.planId);
  const planStatus = plan.data?.status;
  const mayEdit = allowed('plans.manage') && planStatus !== undefined && planStatus !== 'proposed';
  const announce = (tone: 'success' | 'warning', text: string) => {
    setNotice({ tone, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const { indicator } = data;

  return (
    <div className="stack-lg">
      <p>
        <Link to={planPath}>← {data.planTitle}</Link>
      </p>
      <section className="panel" aria-labelledby="milestone-title">
        <h2 id="milestone-title">
          {data.title} <MilestoneStateBadge state={data.state} /> {data.quickWin ? <QuickWinBadge /> : null}
        </h2>
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice-region">
          {notice ? <p className={`alert alert-${notice.tone}`}>{notice.text}</p> : null}
        </div>
        <dl className="facts">
          <div>
            <dt>Due</dt>
            <dd>{fmt.day(data.dueDate)}</dd>
          </div>
          <div>
            <dt>Indicator</dt>
            <dd>
              {indicator.unit} · {INDICATOR_DIRECTION_LABELS[indicator.direction].toLowerCase()}
            </dd>
          </div>
          <div>
            <dt>Baseline → target</dt>
            <dd>
              {fmt.number(indicator.baseline)} → {fmt.number(indicator.target)}
            </dd>
          </div>
          <div>
            <dt>Current value</dt>
            <dd>
              {data.currentValue === null
                ? 'None recorded yet'
                : `${fmt.number(data.currentValue)} (${fmt.day(data.currentOn ?? data.today)})`}
            </dd>
          </div>
          <div>
            <dt>Progress</dt>
            <dd>
              <ShareBar share={data.progress} label="Progress towards the target" />
            </dd>
          </div>
          {data.actionId ? (
            <div>
              <dt>Reported through</dt>
              <dd>
                <Link to={`${planPath}/actions/${data.actionId}`}>{data.actionTitle}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        {mayEdit ? (
          <div className="button-row">
            {planStatus === 'draft' ? (
              <ConfirmButton
                className="button button-danger-quiet"
                title="Delete this milestone?"
                message="The milestone and every value recorded for it are deleted; this cannot be undone."
                confirmLabel="Delete the milestone"
                describeError={errorMessage}
                onConfirm={async () => {
                  await removeMilestone(processRef, data.id);
                  await navigate(planPath);
                }}
              >
                Delete the milestone
              </ConfirmButton>
            ) : null}
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="series-title">
        <h2 id="series-title">Values over time</h2>
        <MilestoneChart milestone={data} />
        {data.values.length === 0 ? (
          <EmptyState title="No values recorded yet" />
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="values-caption" tabIndex={0}>
            <table className="table">
              <caption id="values-caption">Recorded values, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Measured on</th>
                  <th scope="col">Value ({indicator.unit})</th>
                  <th scope="col">Note</th>
                  <th scope="col">Recorded by</th>
                </tr>
              </thead>
              <tbody>
                {data.values.map((value) => (
                  <tr key={value.id}>
                    <th scope="row">{fmt.day(value.measuredOn)}</th>
                    <td>{fmt.number(value.value)}</td>
                    <td>{value.note || '—'}</td>
                    <td>
                      {value.recordedBy.displayName}, {fmt.dateTime(value.recordedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.mayRecord && allowed('milestones.record') ? (
          <RecordValueForm
            processRef={processRef}
            milestone={data}
            onRecorded={(updated) => {
              milestone.setData(updated);
              announce(
                'success',
                `The value was recorded; the current value is ${fmt.number(updated.currentValue ?? 0)} ${updated.indicator.unit}.`,
              );
            }}
          />
        ) : null}
      </section>

      {mayEdit && plan.data ? (
        <section className="panel" aria-labelledby="edit-milestone-title">
          <h2 id="edit-milestone-title">Edit the milestone</h2>
          <MilestoneForm
            key={data.version}
            milestone={data}
            actions={plan.data.actions}
            submitLabel="Save the milestone"
            onSubmit={async (input) => {
              milestone.setData(await updateMilestone(processRef, data.id, { ...input, version: data.version }));
              announce('success', 'The milestone was saved.');
            }}
            onConflict={() => {
              milestone.reload();
              announce('warning', 'Someone changed this milestone meanwhile; it has been reloaded. Make your change again.');
            }}
          />
        </section>
      ) : null}
    </div>
  );
}

function RecordValueForm({
  processRef,
  milestone,
  onRecorded,
}: {
  processRef: ProcessRef;
  milestone: MilestoneDetail;
  onRecorded: (milestone: MilestoneDetail) => void;
}) {
  const { form, submit, formErrors } = useCgForm<{ value: string; measuredOn: string; note: string }>({
    defaultValues: { value: '', measuredOn: milestone.today, note: '' },
    fields: ['value', 'measuredOn', 'note'],
    onSubmit: async ({ value, measuredOn, note }) => {
      onRecorded(
        await recordMilestoneValue(processRef, milestone.id, {
          value: Number(value),
          measuredOn,
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      );
      form.reset({ value: '', measuredOn: milestone.today, note: '' });
    },
  });
  const { errors } = form.formState;
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)} aria-labelledby="record-value-title">
      <h3 id="record-value-title">Record a value</h3>
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <TextField
          label={`Value (${milestone.indicator.unit})`}
          inputMode="decimal"
          required
          error={errors.value?.message}
          {...form.register('value', {
            validate: (value) => (value.trim() !== '' && Number.isFinite(Number(value)) ? true : 'Write a number, e.g. 40 or 12.5.'),
          })}
        />
        <TextField
          label="Measured on"
          type="date"
          max={milestone.today}
          required
          error={errors.measuredOn?.message}
          {...form.register('measuredOn', { required: 'Say when it was measured.' })}
        />
      </div>
      <TextField
        label="Note"
        hint="The source or how it was measured (optional)."
        maxLength={MILESTONE_LIMITS.noteMax}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Record the value</SubmitButton>
      </div>
    </form>
  );
}
