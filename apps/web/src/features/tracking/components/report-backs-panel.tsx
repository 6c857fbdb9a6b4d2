import { PROGRESS_LIMITS, REPORT_FREQUENCY_LABELS } from '@common-ground/domain';
import { useState } from 'react';
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

/** The feedback loop: who reports back to whom, how, when next, and recording that a report-back happened. */
export function ReportBacksPanel({ processRef }: { processRef: ProcessRef }) {
  const fmt = useFormat();
  const schedule = useResource<ReportBackSchedule>(`report-backs:${processRef.processId}`, (signal) => getReportBacks(processRef, signal));
  const [recording, setRecording] = useState<ReportBackEntry | null>(null);
  const [status, setStatus] = useState('');
  const data = schedule.data;
  return (
    <section className="panel" aria-labelledby="report-backs-title">
      <h2 id="report-backs-title">Report-backs</h2>
      <p className="muted">
        Each participant reports back to their constituency on the schedule of the accountability map (Agreements tab).
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={schedule} loading="Loading the report-back schedule…" />
      {data && data.items.length === 0 ? <EmptyState title="No participants yet" /> : null}
      {data && data.items.length > 0 ? (
        <>
          {data.overdue > 0 ? (
            <p className="alert alert-warning">
              {data.overdue} report-back{data.overdue === 1 ? ' is' : 's are'} overdue.
            </p>
          ) : null}
          <div className="table-wrap" role="region" aria-labelledby="report-backs-caption" tabIndex={0}>
            <table className="table">
              <caption id="report-backs-caption">Report-back schedule</caption>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  <th scope="col">Reports to</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Frequency</th>
                  <th scope="col">Last report-back</th>
                  <th scope="col">Next due</th>
                  <th scope="col">
                    <span className="visually-hidden">Record</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.userId}>
                    <th scope="row">{item.displayName}</th>
                    <td>{item.accountableTo ?? <span className="muted">No accountability entry</span>}</td>
                    <td>{item.channel ?? '—'}</td>
                    <td>{item.frequency ? REPORT_FREQUENCY_LABELS[item.frequency] : '—'}</td>
                    <td>
                      {item.lastReportedOn ? fmt.day(item.lastReportedOn) : '—'}
                      {item.lastNote ? <span className="muted action-how"> {item.lastNote}</span> : null}
                    </td>
                    <td>
                      {item.dueOn ? fmt.day(item.dueOn) : item.frequency === 'after_each_meeting' ? 'After the next meeting' : '—'}{' '}
                      {item.overdue ? <Badge tone="warning">Overdue</Badge> : null}
                    </td>
                    <td>
                      {item.mayRecord ? (
                        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => setRecording(item)}>
                          Record a report-back<span className="visually-hidden"> of {item.displayName}</span>
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
              `The report-back of ${entry.displayName} was recorded${entry.dueOn ? `; the next one is due ${fmt.day(entry.dueOn)}` : ''}.`,
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
      title={`Record a report-back of ${entry.displayName}`}
      description={`To ${entry.accountableTo ?? ''}, through ${entry.channel ?? ''}.`}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label="Reported on"
          type="date"
          max={today}
          required
          error={errors.reportedOn?.message}
          {...form.register('reportedOn', { required: 'Say when it happened.' })}
        />
        <TextAreaField
          label="Note"
          hint="Where, to whom, what came back (optional)."
          rows={3}
          maxLength={PROGRESS_LIMITS.noteMax}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>Record</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
