import { useState } from 'react';
import { type AccountabilityEntry, type AccountabilityMap } from '../../../api';
import type { ReportFrequency } from '@common-ground/domain';
import { REPORT_FREQUENCIES, REPORT_FREQUENCY_LABELS } from '@common-ground/domain';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getAccountability, saveAccountability } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const NOT_RECORDED = 'Not recorded yet';

/** To whom each participant is accountable and how they report back: a table, a picture and the schedule. */
export function AccountabilityMapPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const fmt = useFormat();
  const map = useResource<AccountabilityMap>(`accountability:${processRef.processId}`, (signal) => getAccountability(processRef, signal));
  const [editing, setEditing] = useState<AccountabilityEntry | null>(null);
  const [status, setStatus] = useState('');
  const items = map.data?.items ?? [];

  return (
    <section className="panel" aria-labelledby="accountability-title">
      <h2 id="accountability-title">Accountability map</h2>
      <p className="muted">To whom each participant is accountable, how they report back and how often.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={map} loading="Loading the accountability map…" />
      {map.data && items.length === 0 ? (
        <EmptyState title="No active participants yet">
          <p>Participants added on the Members tab appear here.</p>
        </EmptyState>
      ) : null}
      {map.data && items.length > 0 ? (
        <>
          <p className={map.data.missing > 0 ? 'alert alert-warning' : 'alert alert-success'}>
            {map.data.missing > 0
              ? `${String(map.data.missing)} of ${String(items.length)} participants have no complete entry yet.`
              : 'Every active participant has a complete entry.'}
          </p>
          <div className="table-wrap" role="region" aria-labelledby="accountability-caption" tabIndex={0}>
            <table className="table">
              <caption id="accountability-caption">Accountability and report-back schedule</caption>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  <th scope="col">Accountable to</th>
                  <th scope="col">Constituency</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Frequency</th>
                  <th scope="col">Last reported</th>
                  <th scope="col">Next due</th>
                  {mayManage ? (
                    <th scope="col">
                      <span className="visually-hidden">Edit</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.userId}>
                    <th scope="row">
                      {item.displayName}
                      {item.complete ? null : <span className="badge badge-warning incomplete">Incomplete</span>}
                    </th>
                    <td>{item.accountableTo ?? '—'}</td>
                    <td>{item.constituency ?? '—'}</td>
                    <td>{item.channel ?? '—'}</td>
                    <td>{item.frequency ? REPORT_FREQUENCY_LABELS[item.frequency] : '—'}</td>
                    <td>{item.lastReportedAt ? fmt.date(item.lastReportedAt) : '—'}</td>
                    <td>{item.nextDueAt ? fmt.date(item.nextDueAt) : '—'}</td>
                    {mayManage ? (
                      <td>
                        <button
                          type="button"
                          className="button button-small"
                          aria-haspopup="dialog"
                          onClick={() => {
                            setStatus('');
                            setEditing(item);
                          }}
                        >
                          Edit<span className="visually-hidden"> the entry of {item.displayName}</span>
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <AccountabilityPicture items={items} />
        </>
      ) : null}
      {editing ? (
        <EntryDialog
          processRef={processRef}
          entry={editing}
          onClose={() => {
            setEditing(null);
          }}
          onConflict={() => {
            setEditing(null);
            map.reload();
            setStatus('');
          }}
          onSaved={() => {
            setStatus(`The entry of ${editing.displayName} was saved.`);
            setEditing(null);
            map.reload();
          }}
        />
      ) : null}
    </section>
  );
}

/** Participants → constituencies, drawn with boxes and arrows; the words carry the same relations. */
function AccountabilityPicture({ items }: { items: AccountabilityEntry[] }) {
  const groups = new Map<string, AccountabilityEntry[]>();
  for (const item of items) {
    const key = item.constituency?.trim() || NOT_RECORDED;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return (
    <figure className="acc-picture">
      <figcaption>Who reports to which constituency</figcaption>
      <ul className="acc-groups">
        {[...groups.entries()].map(([constituency, members]) => (
          <li key={constituency} className="acc-group">
            <ul className="acc-people" aria-label={`Participants reporting to ${constituency}`}>
              {members.map((member) => (
                <li key={member.userId} className="acc-person">
                  {member.displayName}
                </li>
              ))}
            </ul>
            <span className="acc-arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden"> report to </span>
            <span className={constituency === NOT_RECORDED ? 'acc-constituency acc-missing' : 'acc-constituency'}>{constituency}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

interface EntryValues {
  accountableTo: string;
  constituency: string;
  channel: string;
  frequency: ReportFrequency | '';
  lastReportedAt: string;
}

function EntryDialog({
  processRef,
  entry,
  onClose,
  onSaved,
  onConflict,
}: {
  processRef: ProcessRef;
  entry: AccountabilityEntry;
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const { form, submit, formErrors } = useCgForm<EntryValues>({
    defaultValues: {
      accountableTo: entry.accountableTo ?? '',
      constituency: entry.constituency ?? '',
      channel: entry.channel ?? '',
      frequency: entry.frequency ?? '',
      lastReportedAt: entry.lastReportedAt ? entry.lastReportedAt.slice(0, 10) : '',
    },
    fields: ['accountableTo', 'constituency', 'channel', 'frequency', 'lastReportedAt'],
    onConflict: () => {
      setConflicted(true);
    },
    onSubmit: async (values) => {
      if (!values.frequency) return;
      await saveAccountability(processRef, entry.userId, {
        accountableTo: values.accountableTo.trim(),
        constituency: values.constituency.trim(),
        channel: values.channel.trim(),
        frequency: values.frequency,
        ...(values.lastReportedAt ? { lastReportedAt: values.lastReportedAt } : {}),
        ...(entry.version !== null ? { version: entry.version } : {}),
      });
      onSaved();
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const [conflicted, setConflicted] = useState(false);

  const text = (what: string) => ({
    validate: (value: string) => (!value.trim() ? `Fill in ${what}.` : value.length > 200 ? 'Use at most 200 characters.' : true),
  });

  return (
    <Dialog open onClose={onClose} title={`Accountability of ${entry.displayName}`}>
      {conflicted ? (
        <div className="alert alert-warning" role="alert">
          <p>Someone else saved this entry meanwhile. Close this dialog to see their version, then edit again.</p>
          <button type="button" className="button" onClick={onConflict}>
            Close and reload
          </button>
        </div>
      ) : null}
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label="Accountable to"
          hint="The institution or person they answer to."
          required
          autoFocus
          error={errors.accountableTo?.message}
          {...register('accountableTo', text('to whom they are accountable'))}
        />
        <TextField
          label="Constituency"
          required
          error={errors.constituency?.message}
          {...register('constituency', text('the constituency'))}
        />
        <TextField
          label="Channel"
          hint="How they report back: a meeting, a letter, a radio programme…"
          required
          error={errors.channel?.message}
          {...register('channel', text('the channel'))}
        />
        <SelectField
          label="Frequency"
          required
          options={[
            { value: '', label: 'Choose…' },
            ...REPORT_FREQUENCIES.map((value) => ({ value, label: REPORT_FREQUENCY_LABELS[value] })),
          ]}
          error={errors.frequency?.message}
          {...register('frequency', { validate: (value) => (value ? true : 'Choose how often they report back.') })}
        />
        <TextField label="Last reported (optional)" type="date" error={errors.lastReportedAt?.message} {...register('lastReportedAt')} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={isSubmitting}>Save entry</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
