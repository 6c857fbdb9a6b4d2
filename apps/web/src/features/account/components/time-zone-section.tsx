import { type FormEvent, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage } from '../../../api';
import { SubmitButton } from '../../../components/fields';
import { TimeZoneField } from '../../../components/time-zone-field';
import { untyped } from '../../../i18n/untyped';
import { browserTimeZone } from '../../../lib/format';
import { type Account, setAccountTimeZone } from '../api/account';

const m = untyped(
  defineMessages({
    title: { id: 'account.timeZone.title', defaultMessage: 'Time zone' },
    help: {
      id: 'account.timeZone.help',
      defaultMessage:
        'Inside a process, times are shown in the process’s time zone, with your own time beside them when it differs. Choose the zone you are in when you travel or take part from elsewhere.',
    },
    field: { id: 'account.timeZone.field', defaultMessage: 'Your time zone' },
    device: {
      id: 'account.timeZone.device',
      defaultMessage: 'Not chosen: this device’s time zone is used ({zone}).',
      description: 'Under the time zone picker when the person has not chosen a zone; {zone} is an IANA name such as Europe/Berlin',
    },
    save: { id: 'account.timeZone.save', defaultMessage: 'Save time zone' },
    useDevice: { id: 'account.timeZone.useDevice', defaultMessage: 'Use this device’s time zone' },
    saved: { id: 'account.timeZone.saved', defaultMessage: 'Time zone saved.' },
  }),
);

/** The person's own time zone, for "your time" beside a process's times; until chosen, the device's zone is used. */
export function TimeZoneSection({ account, onSaved }: { account: Account; onSaved: (account: Account) => void }) {
  const intl = useIntl();
  const device = browserTimeZone();
  const [zone, setZone] = useState(account.timeZone ?? device);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: string | null } | null>(null);

  const save = async (timeZone: string | null) => {
    setBusy(true);
    setStatus(null);
    try {
      const updated = await setAccountTimeZone(timeZone);
      setZone(updated.timeZone ?? device);
      setStatus({ error: null });
      onSaved(updated);
    } catch (error) {
      setStatus({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(zone);
  };

  return (
    <section className="panel" aria-labelledby="account-time-zone-title">
      <h2 id="account-time-zone-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.help)}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TimeZoneField
          label={intl.formatMessage(m.field)}
          hint={account.timeZone ? undefined : intl.formatMessage(m.device, { zone: device })}
          name="timeZone"
          value={zone}
          onChange={setZone}
        />
        <div className="form-actions">
          <SubmitButton busy={busy}>{intl.formatMessage(m.save)}</SubmitButton>
          {account.timeZone ? (
            <button type="button" className="button" disabled={busy} onClick={() => void save(null)}>
              {intl.formatMessage(m.useDevice)}
            </button>
          ) : null}
        </div>
      </form>
      {status?.error ? (
        <p role="alert" className="alert alert-error">
          {status.error}
        </p>
      ) : null}
      <p role="status" className="form-status">
        {status && !status.error ? intl.formatMessage(m.saved) : null}
      </p>
    </section>
  );
}
