import { PROGRESS_LIMITS } from '@common-ground/domain';
import { useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type ReportBackEntry, type ReportBackSchedule } from '../../../api';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getReportBacks, recordReportBack } from '../api/tracking';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { commonMessages } from '../../../i18n/common-messages';
import { REPORT_FREQUENCY_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    dueLine: { id: 'tracking.reportBacks.dueLine', defaultMessage: '{due} {overdue}' },
    title: { id: 'tracking.reportBacks.title', defaultMessage: 'Report-backs' },
    intro: {
      id: 'tracking.reportBacks.intro',
      defaultMessage: 'Each participant reports back to their constituency on the schedule of the accountability map (Agreements tab).',
    },
    loading: { id: 'tracking.reportBacks.loading', defaultMessage: 'Loading the report-back schedule…' },
    none: { id: 'tracking.reportBacks.none', defaultMessage: 'No participants yet' },
    overdueCount: {
      id: 'tracking.reportBacks.overdueCount',
      defaultMessage: '{count, plural, one {# report-back is overdue.} other {# report-backs are overdue.}}',
    },
    caption: { id: 'tracking.reportBacks.caption', defaultMessage: 'Report-back schedule' },
    participant: { id: 'tracking.reportBacks.participant', defaultMessage: 'Participant' },
    reportsTo: { id: 'tracking.reportBacks.reportsTo', defaultMessage: 'Reports to' },
    channel: { id: 'tracking.reportBacks.channel', defaultMessage: 'Channel' },
    frequency: { id: 'tracking.reportBacks.frequency', defaultMessage: 'Frequency' },
    last: { id: 'tracking.reportBacks.last', defaultMessage: 'Last report-back' },
    nextDue: { id: 'tracking.reportBacks.nextDue', defaultMessage: 'Next due' },
    record: { id: 'tracking.reportBacks.record', defaultMessage: 'Record' },
    noEntry: { id: 'tracking.reportBacks.noEntry', defaultMessage: 'No accountability entry' },
    afterNextMeeting: { id: 'tracking.reportBacks.afterNextMeeting', defaultMessage: 'After the next meeting' },
    overdue: { id: 'tracking.reportBacks.overdue', defaultMessage: 'Overdue' },
    recordOf: { id: 'tracking.reportBacks.recordOf', defaultMessage: 'Record a report-back<hidden> of {name}</hidden>' },
    recorded: { id: 'tracking.reportBacks.recorded', defaultMessage: 'The report-back of {name} was recorded.' },
    recordedNext: {
      id: 'tracking.reportBacks.recordedNext',
      defaultMessage: 'The report-back of {name} was recorded; the next one is due {date}.',
    },
    dialogTitle: { id: 'tracking.reportBacks.dialogTitle', defaultMessage: 'Record a report-back of {name}' },
    dialogDescription: { id: 'tracking.reportBacks.dialogDescription', defaultMessage: 'To {to}, through {channel}.' },
    reportedOn: { id: 'tracking.reportBacks.reportedOn', defaultMessage: 'Reported on' },
    reportedOnRequired: { id: 'tracking.reportBacks.reportedOnRequired', defaultMessage: 'Say when it happened.' },
    note: { id: 'tracking.reportBacks.note', defaultMessage: 'Note' },
    noteHint: { id: 'tracking.reportBacks.noteHint', defaultMessage: 'Where, to whom, what came back (optional).' },
    cancel: { id: 'tracking.reportBacks.cancel', defaultMessage: 'Cancel' },
    submit: { id: 'tracking.reportBacks.submit', defaultMessage: 'Record' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/** The feedback loop: who reports back to whom, how, when next, and recording that a report-back happened. */
export function ReportBacksPanel({ processRef }: { processRef: ProcessRef }) {
  const fmt = useFormat();
  const schedule = useResource<ReportBackSchedule>(`report-backs:${processRef.processId}`, (signal) => getReportBacks(processRef, signal));
  const [recording, setRecording] = useState<ReportBackEntry | null>(null);
  const [status, setStatus] = useState('');
  const data = schedule.data;
  const intl = useIntl();
  const none = intl.formatMessage(commonMessages.none);
  return (
    <section className="panel" aria-labelledby="report-backs-title">
      <h2 id="report-backs-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={schedule} loading={intl.formatMessage(m.loading)} />
      {data && data.items.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {data && data.items.length > 0 ? (
        <>
          {data.overdue > 0 ? <p className="alert alert-warning">{intl.formatMessage(m.overdueCount, { count: data.overdue })}</p> : null}
          <div className="table-wrap" role="region" aria-labelledby="report-backs-caption" tabIndex={0}>
            <table className="table">
              <caption id="report-backs-caption">{intl.formatMessage(m.caption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.participant)}</th>
                  <th scope="col">{intl.formatMessage(m.reportsTo)}</th>
                  <th scope="col">{intl.formatMessage(m.channel)}</th>
                  <th scope="col">{intl.formatMessage(m.frequency)}</th>
                  <th scope="col">{intl.formatMessage(m.last)}</th>
                  <th scope="col">{intl.formatMessage(m.nextDue)}</th>
                  <th scope="col">
                    <span className="visually-hidden">{intl.formatMessage(m.record)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.userId}>
                    <th scope="row">{item.displayName}</th>
                    <td>{item.accountableTo ?? <span className="muted">{intl.formatMessage(m.noEntry)}</span>}</td>
                    <td>{item.channel ?? none}</td>
                    <td>{item.frequency ? intl.formatMessage(REPORT_FREQUENCY_MESSAGES[item.frequency]) : none}</td>
                    <td>
                      {item.lastReportedOn ? fmt.day(item.lastReportedOn) : none}
                      {item.lastNote ? <span className="muted action-how"> {item.lastNote}</span> : null}
                    </td>
                    <td>
                      {intl.formatMessage(m.dueLine, {
                        due: item.dueOn
                          ? fmt.day(item.dueOn)
                          : item.frequency === 'after_each_meeting'
                            ? intl.formatMessage(m.afterNextMeeting)
                            : none,
                        overdue: item.overdue ? <Badge tone="warning">{intl.formatMessage(m.overdue)}</Badge> : null,
                      })}
                    </td>
                    <td>
                      {item.mayRecord ? (
                        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setRecording(item)}>
                          {intl.formatMessage(m.recordOf, { name: item.displayName, hidden })}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {recording && data ? (
        <RecordDialog
          processRef={processRef}
          entry={recording}
          today={data.today}
          onClose={() => setRecording(null)}
          onRecorded={(entry) => {
            setRecording(null);
            schedule.reload();
            setStatus(
              entry.dueOn
                ? intl.formatMessage(m.recordedNext, { name: entry.displayName, date: fmt.day(entry.dueOn) })
                : intl.formatMessage(m.recorded, { name: entry.displayName }),
            );
          }}
        />
      ) : null}
    </section>
  );
}

function RecordDialog({
  processRef,
  entry,
  today,
  onClose,
  onRecorded,
}: {
  processRef: ProcessRef;
  entry: ReportBackEntry;
  today: string;
  onClose: () => void;
  onRecorded: (entry: ReportBackEntry) => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ reportedOn: string; note: string }>({
    defaultValues: { reportedOn: today, note: '' },
    fields: ['reportedOn', 'note'],
    onSubmit: async ({ reportedOn, note }) => {
      onRecorded(await recordReportBack(processRef, entry.userId, { reportedOn, ...(note.trim() ? { note: note.trim() } : {}) }));
    },
  });
  const { errors } = form.formState;
  return (
    <Dialog
      open
      onClose={onClose}
      title={intl.formatMessage(m.dialogTitle, { name: entry.displayName })}
      description={intl.formatMessage(m.dialogDescription, { to: entry.accountableTo ?? '', channel: entry.channel ?? '' })}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(m.reportedOn)}
          type="date"
          max={today}
          required
          error={errors.reportedOn?.message}
          {...form.register('reportedOn', { required: intl.formatMessage(m.reportedOnRequired) })}
        />
        <TextAreaField
          label={intl.formatMessage(m.note)}
          hint={intl.formatMessage(m.noteHint)}
          rows={3}
          maxLength={PROGRESS_LIMITS.noteMax}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.submit)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
