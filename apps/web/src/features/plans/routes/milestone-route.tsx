import { MILESTONE_LIMITS } from '@common-ground/domain';
import { useRef, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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
import { INDICATOR_DIRECTION_MESSAGES } from '../components/labels';
import { untyped } from '../../../i18n/untyped';
import { commonMessages } from '../../../i18n/common-messages';

const messages = untyped(
  defineMessages({
    back: { id: 'plans.milestone.back', defaultMessage: '← {plan}' },
    unitDirection: { id: 'plans.milestone.unitDirection', defaultMessage: '{unit} · {direction}' },
    baselineToTarget: { id: 'plans.milestone.baselineToTarget', defaultMessage: '{baseline} → {target}' },
    currentOn: { id: 'plans.milestone.currentOn', defaultMessage: '{value} ({date})' },
    recordedByOn: { id: 'plans.milestone.recordedByOn', defaultMessage: '{name}, {date}' },
    pageTitle: { id: 'plans.milestone.pageTitle', defaultMessage: 'Milestone' },
    loading: { id: 'plans.milestone.loading', defaultMessage: 'Loading the milestone…' },
    due: { id: 'plans.milestone.due', defaultMessage: 'Due' },
    indicator: { id: 'plans.milestone.indicator', defaultMessage: 'Indicator' },
    baselineTarget: { id: 'plans.milestone.baselineTarget', defaultMessage: 'Baseline → target' },
    current: { id: 'plans.milestone.current', defaultMessage: 'Current value' },
    noneRecorded: { id: 'plans.milestone.noneRecorded', defaultMessage: 'None recorded yet' },
    progress: { id: 'plans.milestone.progress', defaultMessage: 'Progress' },
    progressLabel: { id: 'plans.milestone.progressLabel', defaultMessage: 'Progress towards the target' },
    reportedThrough: { id: 'plans.milestone.reportedThrough', defaultMessage: 'Reported through' },
    deleteTitle: { id: 'plans.milestone.deleteTitle', defaultMessage: 'Delete this milestone?' },
    deleteText: {
      id: 'plans.milestone.deleteText',
      defaultMessage: 'The milestone and every value recorded for it are deleted; this cannot be undone.',
    },
    delete: { id: 'plans.milestone.delete', defaultMessage: 'Delete the milestone' },
    series: { id: 'plans.milestone.series', defaultMessage: 'Values over time' },
    noValues: { id: 'plans.milestone.noValues', defaultMessage: 'No values recorded yet' },
    valuesCaption: { id: 'plans.milestone.valuesCaption', defaultMessage: 'Recorded values, oldest first' },
    measuredOn: { id: 'plans.milestone.measuredOn', defaultMessage: 'Measured on' },
    valueIn: { id: 'plans.milestone.valueIn', defaultMessage: 'Value ({unit})' },
    note: { id: 'plans.milestone.note', defaultMessage: 'Note' },
    recordedBy: { id: 'plans.milestone.recordedBy', defaultMessage: 'Recorded by' },
    recorded: {
      id: 'plans.milestone.recorded',
      defaultMessage: 'The value was recorded; the current value is {value} {unit}.',
    },
    editTitle: { id: 'plans.milestone.editTitle', defaultMessage: 'Edit the milestone' },
    save: { id: 'plans.milestone.save', defaultMessage: 'Save the milestone' },
    saved: { id: 'plans.milestone.saved', defaultMessage: 'The milestone was saved.' },
    conflict: {
      id: 'plans.milestone.conflict',
      defaultMessage: 'Someone changed this milestone meanwhile; it has been reloaded. Make your change again.',
    },
    recordTitle: { id: 'plans.milestone.recordTitle', defaultMessage: 'Record a value' },
    valueRequired: { id: 'plans.milestone.valueRequired', defaultMessage: 'Write a number, e.g. 40 or 12.5.' },
    measuredOnRequired: { id: 'plans.milestone.measuredOnRequired', defaultMessage: 'Say when it was measured.' },
    noteHint: { id: 'plans.milestone.noteHint', defaultMessage: 'The source or how it was measured (optional).' },
    record: { id: 'plans.milestone.record', defaultMessage: 'Record the value' },
  }),
);

/** `/w/:workspaceId/p/:processId/plan/:planId/milestones/:milestoneId`: a milestone, its series as a chart and a table, and recording a value. */
export function MilestoneRoute() {
  const intl = useIntl();
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
  usePageTitle(milestone.data?.title ?? intl.formatMessage(messages.pageTitle));

  if (milestone.error instanceof ApiError && (milestone.error.isNotFound || milestone.error.status === 400)) return <NotFoundPage />;
  if (!milestone.data) return <ResourceView resource={milestone} loading={intl.formatMessage(messages.loading)} />;

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
        <Link to={planPath}>{intl.formatMessage(messages.back, { plan: data.planTitle })}</Link>
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
            <dt>{intl.formatMessage(messages.due)}</dt>
            <dd>{fmt.day(data.dueDate)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.indicator)}</dt>
            <dd>
              {intl.formatMessage(messages.unitDirection, {
                unit: indicator.unit,
                direction: intl.formatMessage(INDICATOR_DIRECTION_MESSAGES[indicator.direction]),
              })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.baselineTarget)}</dt>
            <dd>
              {intl.formatMessage(messages.baselineToTarget, {
                baseline: fmt.number(indicator.baseline),
                target: fmt.number(indicator.target),
              })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.current)}</dt>
            <dd>
              {data.currentValue === null
                ? intl.formatMessage(messages.noneRecorded)
                : intl.formatMessage(messages.currentOn, {
                    value: fmt.number(data.currentValue),
                    date: fmt.day(data.currentOn ?? data.today),
                  })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.progress)}</dt>
            <dd>
              <ShareBar share={data.progress} label={intl.formatMessage(messages.progressLabel)} />
            </dd>
          </div>
          {data.actionId ? (
            <div>
              <dt>{intl.formatMessage(messages.reportedThrough)}</dt>
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
                title={intl.formatMessage(messages.deleteTitle)}
                message={intl.formatMessage(messages.deleteText)}
                confirmLabel={intl.formatMessage(messages.delete)}
                describeError={errorMessage}
                onConfirm={async () => {
                  await removeMilestone(processRef, data.id);
                  await navigate(planPath);
                }}
              >
                {intl.formatMessage(messages.delete)}
              </ConfirmButton>
            ) : null}
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="series-title">
        <h2 id="series-title">{intl.formatMessage(messages.series)}</h2>
        <MilestoneChart milestone={data} />
        {data.values.length === 0 ? (
          <EmptyState title={intl.formatMessage(messages.noValues)} />
        ) : (
          <div className="table-wrap" role="region" aria-labelledby="values-caption" tabIndex={0}>
            <table className="table">
              <caption id="values-caption">{intl.formatMessage(messages.valuesCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.measuredOn)}</th>
                  <th scope="col">{intl.formatMessage(messages.valueIn, { unit: indicator.unit })}</th>
                  <th scope="col">{intl.formatMessage(messages.note)}</th>
                  <th scope="col">{intl.formatMessage(messages.recordedBy)}</th>
                </tr>
              </thead>
              <tbody>
                {data.values.map((value) => (
                  <tr key={value.id}>
                    <th scope="row">{fmt.day(value.measuredOn)}</th>
                    <td>{fmt.number(value.value)}</td>
                    <td>{value.note || intl.formatMessage(commonMessages.none)}</td>
                    <td>
                      {intl.formatMessage(messages.recordedBy, {
                        name: value.recordedBy.displayName,
                        date: fmt.dateTime(value.recordedAt),
                      })}
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
                intl.formatMessage(messages.recorded, { value: fmt.number(updated.currentValue ?? 0), unit: updated.indicator.unit }),
              );
            }}
          />
        ) : null}
      </section>

      {mayEdit && plan.data ? (
        <section className="panel" aria-labelledby="edit-milestone-title">
          <h2 id="edit-milestone-title">{intl.formatMessage(messages.editTitle)}</h2>
          <MilestoneForm
            key={data.version}
            milestone={data}
            actions={plan.data.actions}
            submitLabel={intl.formatMessage(messages.save)}
            onSubmit={async (input) => {
              milestone.setData(await updateMilestone(processRef, data.id, { ...input, version: data.version }));
              announce('success', intl.formatMessage(messages.saved));
            }}
            onConflict={() => {
              milestone.reload();
              announce('warning', intl.formatMessage(messages.conflict));
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
  const intl = useIntl();
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
      <h3 id="record-value-title">{intl.formatMessage(messages.recordTitle)}</h3>
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <TextField
          label={intl.formatMessage(messages.valueIn, { unit: milestone.indicator.unit })}
          inputMode="decimal"
          required
          error={errors.value?.message}
          {...form.register('value', {
            validate: (value) =>
              value.trim() !== '' && Number.isFinite(Number(value)) ? true : intl.formatMessage(messages.valueRequired),
          })}
        />
        <TextField
          label={intl.formatMessage(messages.measuredOn)}
          type="date"
          max={milestone.today}
          required
          error={errors.measuredOn?.message}
          {...form.register('measuredOn', { required: intl.formatMessage(messages.measuredOnRequired) })}
        />
      </div>
      <TextField
        label={intl.formatMessage(messages.note)}
        hint={intl.formatMessage(messages.noteHint)}
        maxLength={MILESTONE_LIMITS.noteMax}
        error={errors.note?.message}
        {...form.register('note')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(messages.record)}</SubmitButton>
      </div>
    </form>
  );
}
