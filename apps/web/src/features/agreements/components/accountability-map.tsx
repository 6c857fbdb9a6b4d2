import { useContext, useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { type AccountabilityEntry, type AccountabilityMap } from '../../../api';
import type { ReportFrequency } from '@common-ground/domain';
import { instantFromWallClock, REPORT_FREQUENCIES, wallClockInZone } from '@common-ground/domain';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { viewerTimeZone } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';
import { ProcessTimeZoneContext } from '../../../context/time-zone-context';
import { getAccountability, saveAccountability } from '../api/agreements';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { commonMessages } from '../../../i18n/common-messages';
import { ARROW_MARK } from '../../../components/marks';
import { REPORT_FREQUENCY_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    title: { id: 'agreements.accountability.title', defaultMessage: 'Accountability map' },
    intro: {
      id: 'agreements.accountability.intro',
      defaultMessage: 'To whom each participant is accountable, how they report back and how often.',
    },
    loading: { id: 'agreements.accountability.loading', defaultMessage: 'Loading the accountability map…' },
    noParticipants: { id: 'agreements.accountability.noParticipants', defaultMessage: 'No active participants yet' },
    addOnMembers: { id: 'agreements.accountability.addOnMembers', defaultMessage: 'Participants added on the Members tab appear here.' },
    missing: {
      id: 'agreements.accountability.missing',
      defaultMessage: '{missing} of {total} participants have no complete entry yet.',
    },
    complete: { id: 'agreements.accountability.complete', defaultMessage: 'Every active participant has a complete entry.' },
    caption: { id: 'agreements.accountability.caption', defaultMessage: 'Accountability and report-back schedule' },
    participant: { id: 'agreements.accountability.participant', defaultMessage: 'Participant' },
    accountableTo: { id: 'agreements.accountability.accountableTo', defaultMessage: 'Accountable to' },
    constituency: { id: 'agreements.accountability.constituency', defaultMessage: 'Constituency' },
    channel: { id: 'agreements.accountability.channel', defaultMessage: 'Channel' },
    frequency: { id: 'agreements.accountability.frequency', defaultMessage: 'Frequency' },
    lastReported: { id: 'agreements.accountability.lastReported', defaultMessage: 'Last reported' },
    nextDue: { id: 'agreements.accountability.nextDue', defaultMessage: 'Next due' },
    edit: { id: 'agreements.accountability.edit', defaultMessage: 'Edit' },
    incomplete: { id: 'agreements.accountability.incomplete', defaultMessage: 'Incomplete' },
    editEntry: { id: 'agreements.accountability.editEntry', defaultMessage: 'Edit<hidden> the entry of {name}</hidden>' },
    saved: { id: 'agreements.accountability.saved', defaultMessage: 'The entry of {name} was saved.' },
    notRecorded: { id: 'agreements.accountability.notRecorded', defaultMessage: 'Not recorded yet' },
    picture: { id: 'agreements.accountability.picture', defaultMessage: 'Who reports to which constituency' },
    reportingTo: { id: 'agreements.accountability.reportingTo', defaultMessage: 'Participants reporting to {constituency}' },
    reportTo: { id: 'agreements.accountability.reportTo', defaultMessage: 'report to' },
    fillIn: {
      id: 'agreements.accountability.fillIn',
      defaultMessage:
        '{field, select, accountableTo {Fill in to whom they are accountable.} constituency {Fill in the constituency.} other {Fill in the channel.}}',
    },
    tooLong: { id: 'agreements.accountability.tooLong', defaultMessage: 'Use at most {max} characters.' },
    dialogTitle: { id: 'agreements.accountability.dialogTitle', defaultMessage: 'Accountability of {name}' },
    conflict: {
      id: 'agreements.accountability.conflict',
      defaultMessage: 'Someone else saved this entry meanwhile. Close this dialog to see their version, then edit again.',
    },
    closeReload: { id: 'agreements.accountability.closeReload', defaultMessage: 'Close and reload' },
    accountableToHint: { id: 'agreements.accountability.accountableToHint', defaultMessage: 'The institution or person they answer to.' },
    channelHint: {
      id: 'agreements.accountability.channelHint',
      defaultMessage: 'How they report back: a meeting, a letter, a radio programme…',
    },
    choose: { id: 'agreements.accountability.choose', defaultMessage: 'Choose…' },
    frequencyRequired: { id: 'agreements.accountability.frequencyRequired', defaultMessage: 'Choose how often they report back.' },
    lastReportedOptional: { id: 'agreements.accountability.lastReportedOptional', defaultMessage: 'Last reported (optional)' },
    lastReportedHint: {
      id: 'agreements.accountability.lastReportedHint',
      defaultMessage: 'Date and time in the process’s time zone, {zone}.',
      description: '{zone} is an IANA time zone name such as Africa/Douala',
    },
    cancel: { id: 'agreements.accountability.cancel', defaultMessage: 'Cancel' },
    save: { id: 'agreements.accountability.save', defaultMessage: 'Save entry' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/** To whom each participant is accountable and how they report back: a table, a picture and the schedule. */
export function AccountabilityMapPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const fmt = useFormat();
  const map = useResource<AccountabilityMap>(`accountability:${processRef.processId}`, (signal) => getAccountability(processRef, signal));
  const [editing, setEditing] = useState<AccountabilityEntry | null>(null);
  const [status, setStatus] = useState('');
  const items = map.data?.items ?? [];
  const intl = useIntl();
  const none = intl.formatMessage(commonMessages.none);

  return (
    <section className="panel" aria-labelledby="accountability-title">
      <h2 id="accountability-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={map} loading={intl.formatMessage(m.loading)} />
      {map.data && items.length === 0 ? (
        <EmptyState title={intl.formatMessage(m.noParticipants)}>
          <p>{intl.formatMessage(m.addOnMembers)}</p>
        </EmptyState>
      ) : null}
      {map.data && items.length > 0 ? (
        <>
          <p className={map.data.missing > 0 ? 'alert alert-warning' : 'alert alert-success'}>
            {map.data.missing > 0
              ? intl.formatMessage(m.missing, { missing: map.data.missing, total: items.length })
              : intl.formatMessage(m.complete)}
          </p>
          <div className="table-wrap" role="region" aria-labelledby="accountability-caption" tabIndex={0}>
            <table className="table">
              <caption id="accountability-caption">{intl.formatMessage(m.caption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.participant)}</th>
                  <th scope="col">{intl.formatMessage(m.accountableTo)}</th>
                  <th scope="col">{intl.formatMessage(m.constituency)}</th>
                  <th scope="col">{intl.formatMessage(m.channel)}</th>
                  <th scope="col">{intl.formatMessage(m.frequency)}</th>
                  <th scope="col">{intl.formatMessage(m.lastReported)}</th>
                  <th scope="col">{intl.formatMessage(m.nextDue)}</th>
                  {mayManage ? (
                    <th scope="col">
                      <span className="visually-hidden">{intl.formatMessage(m.edit)}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.userId}>
                    <th scope="row">
                      {item.displayName}
                      {item.complete ? null : <span className="badge badge-warning incomplete">{intl.formatMessage(m.incomplete)}</span>}
                    </th>
                    <td>{item.accountableTo ?? none}</td>
                    <td>{item.constituency ?? none}</td>
                    <td>{item.channel ?? none}</td>
                    <td>{item.frequency ? intl.formatMessage(REPORT_FREQUENCY_MESSAGES[item.frequency]) : none}</td>
                    <td>{item.lastReportedAt ? fmt.date(item.lastReportedAt) : none}</td>
                    <td>{item.nextDueAt ? fmt.date(item.nextDueAt) : none}</td>
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
                          {intl.formatMessage(m.editEntry, { name: item.displayName, hidden })}
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
            setStatus(intl.formatMessage(m.saved, { name: editing.displayName }));
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
  const intl = useIntl();
  const notRecorded = intl.formatMessage(m.notRecorded);
  const groups = new Map<string, AccountabilityEntry[]>();
  for (const item of items) {
    const key = item.constituency?.trim() || notRecorded;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return (
    <figure className="acc-picture">
      <figcaption>{intl.formatMessage(m.picture)}</figcaption>
      <ul className="acc-groups">
        {[...groups.entries()].map(([constituency, members]) => (
          <li key={constituency} className="acc-group">
            <ul className="acc-people" aria-label={intl.formatMessage(m.reportingTo, { constituency })}>
              {members.map((member) => (
                <li key={member.userId} className="acc-person">
                  {member.displayName}
                </li>
              ))}
            </ul>
            <span className="acc-arrow" aria-hidden="true">
              {ARROW_MARK}
            </span>
            <span className="visually-hidden"> {intl.formatMessage(m.reportTo)} </span>
            <span className={constituency === notRecorded ? 'acc-constituency acc-missing' : 'acc-constituency'}>{constituency}</span>
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
  const intl = useIntl();
  // The time is kept, on the process's clock: a day alone would move the report to midnight UTC on saving.
  const timeZone = useContext(ProcessTimeZoneContext) ?? viewerTimeZone();
  const lastReported = entry.lastReportedAt ? wallClockInZone(new Date(entry.lastReportedAt), timeZone) : '';
  const { form, submit, formErrors } = useCgForm<EntryValues>({
    defaultValues: {
      accountableTo: entry.accountableTo ?? '',
      constituency: entry.constituency ?? '',
      channel: entry.channel ?? '',
      frequency: entry.frequency ?? '',
      lastReportedAt: lastReported,
    },
    fields: ['accountableTo', 'constituency', 'channel', 'frequency', 'lastReportedAt'],
    onConflict: () => {
      setConflicted(true);
    },
    onSubmit: async (values) => {
      if (!values.frequency) return;
      // Unchanged, the stored instant goes back as it is (to the second); changed, the wall clock in the process's zone.
      const lastReportedAt =
        values.lastReportedAt === lastReported
          ? entry.lastReportedAt
          : values.lastReportedAt
            ? instantFromWallClock(values.lastReportedAt, timeZone)?.toISOString()
            : null;
      await saveAccountability(processRef, entry.userId, {
        accountableTo: values.accountableTo.trim(),
        constituency: values.constituency.trim(),
        channel: values.channel.trim(),
        frequency: values.frequency,
        ...(lastReportedAt ? { lastReportedAt } : {}),
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

  const text = (field: 'accountableTo' | 'constituency' | 'channel') => ({
    validate: (value: string) =>
      !value.trim() ? intl.formatMessage(m.fillIn, { field }) : value.length > 200 ? intl.formatMessage(m.tooLong, { max: '200' }) : true,
  });

  return (
    <Dialog open onClose={onClose} title={intl.formatMessage(m.dialogTitle, { name: entry.displayName })}>
      {conflicted ? (
        <div className="alert alert-warning" role="alert">
          <p>{intl.formatMessage(m.conflict)}</p>
          <button type="button" className="button" onClick={onConflict}>
            {intl.formatMessage(m.closeReload)}
          </button>
        </div>
      ) : null}
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(m.accountableTo)}
          hint={intl.formatMessage(m.accountableToHint)}
          required
          autoFocus
          error={errors.accountableTo?.message}
          {...register('accountableTo', text('accountableTo'))}
        />
        <TextField
          label={intl.formatMessage(m.constituency)}
          required
          error={errors.constituency?.message}
          {...register('constituency', text('constituency'))}
        />
        <TextField
          label={intl.formatMessage(m.channel)}
          hint={intl.formatMessage(m.channelHint)}
          required
          error={errors.channel?.message}
          {...register('channel', text('channel'))}
        />
        <SelectField
          label={intl.formatMessage(m.frequency)}
          required
          options={[
            { value: '', label: intl.formatMessage(m.choose) },
            ...REPORT_FREQUENCIES.map((value) => ({ value, label: intl.formatMessage(REPORT_FREQUENCY_MESSAGES[value]) })),
          ]}
          error={errors.frequency?.message}
          {...register('frequency', { validate: (value) => (value ? true : intl.formatMessage(m.frequencyRequired)) })}
        />
        <TextField
          label={intl.formatMessage(m.lastReportedOptional)}
          hint={intl.formatMessage(m.lastReportedHint, { zone: timeZone })}
          type="datetime-local"
          error={errors.lastReportedAt?.message}
          {...register('lastReportedAt')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
