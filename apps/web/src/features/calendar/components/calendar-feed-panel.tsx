import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { errorMessage, type CalendarFeed } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from '../api/calendar';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

const m = untyped(
  defineMessages({
    title: { id: 'calendar.title', defaultMessage: 'Calendar feed' },
    help: {
      id: 'calendar.help',
      defaultMessage:
        'Subscribe in your calendar app to see this process’s milestones, the due dates of open actions and your next report-back. Meetings will appear there once meetings are kept in Common Ground. The address is secret: anyone who has it can read these dates.',
    },
    loading: { id: 'calendar.loading', defaultMessage: 'Loading your calendar feed…' },
    address: { id: 'calendar.address', defaultMessage: 'Your feed address (shown only now)' },
    copied: { id: 'calendar.copied', defaultMessage: 'The address was copied.' },
    copyFailed: { id: 'calendar.copyFailed', defaultMessage: 'Copying failed: select the address and copy it.' },
    copy: { id: 'calendar.copy', defaultMessage: 'Copy' },
    made: { id: 'calendar.made', defaultMessage: 'Your calendar feed was made.' },
    make: { id: 'calendar.make', defaultMessage: 'Make my calendar feed' },
    on: {
      id: 'calendar.on',
      defaultMessage: 'Your feed is on{made, select, none {} other { (address made {made})}}.',
    },
    newTitle: { id: 'calendar.new.title', defaultMessage: 'Make a new address?' },
    newBody: {
      id: 'calendar.new.body',
      defaultMessage: 'The current address stops working at once; calendars subscribed to it stop updating until they use the new one.',
    },
    newAddress: { id: 'calendar.new.confirm', defaultMessage: 'Make a new address' },
    newDone: { id: 'calendar.new.done', defaultMessage: 'A new address was made; the old one no longer works.' },
    offTitle: { id: 'calendar.off.title', defaultMessage: 'Turn off your calendar feed?' },
    offBody: { id: 'calendar.off.body', defaultMessage: 'The address stops working at once. You can make a new one later.' },
    off: { id: 'calendar.off.confirm', defaultMessage: 'Turn off the feed' },
    offDone: { id: 'calendar.off.done', defaultMessage: 'Your calendar feed was turned off.' },
  }),
);

/**
 * The person's secret calendar feed of this process. Only a hash of its address is kept, so the address
 * is shown once, when it is made; making a new one replaces it.
 */
export function CalendarFeedPanel({ processRef }: { processRef: ProcessRef }) {
  const intl = useIntl();
  const fmt = useFormat();
  const feed = useResource<CalendarFeed>(`calendar-feed:${processRef.processId}`, (signal) => getCalendarFeed(processRef, signal));
  const [fresh, setFresh] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const issue = async (make: () => Promise<CalendarFeed>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      const made = await make();
      feed.setData(made);
      setFresh(made.url);
      setStatus(message);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.help)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={feed} loading={intl.formatMessage(m.loading)} />
      {error ? <p className="alert alert-error">{error}</p> : null}
      {fresh ? (
        <div className="field">
          <label htmlFor="calendar-feed-url">{intl.formatMessage(m.address)}</label>
          <div className="copy-row">
            <input id="calendar-feed-url" readOnly value={fresh} onFocus={(event) => event.currentTarget.select()} />
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard.writeText(fresh).then(
                  () => setStatus(intl.formatMessage(m.copied)),
                  () => setStatus(intl.formatMessage(m.copyFailed)),
                );
              }}
            >
              {intl.formatMessage(m.copy)}
            </button>
          </div>
        </div>
      ) : null}
      {feed.data && !feed.data.active ? (
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void issue(() => createCalendarFeed(processRef), intl.formatMessage(m.made))}
        >
          {intl.formatMessage(m.make)}
        </button>
      ) : null}
      {feed.data?.active ? (
        <>
          <p>{intl.formatMessage(m.on, { made: feed.data.createdAt ? fmt.dateTime(feed.data.createdAt) : 'none' })}</p>
          <div className="button-row">
            <ConfirmButton
              className="button"
              confirmClassName="button button-warning"
              title={intl.formatMessage(m.newTitle)}
              message={intl.formatMessage(m.newBody)}
              confirmLabel={intl.formatMessage(m.newAddress)}
              describeError={errorMessage}
              onConfirm={() => issue(() => rotateCalendarFeed(processRef), intl.formatMessage(m.newDone))}
            >
              {intl.formatMessage(m.newAddress)}
            </ConfirmButton>
            <ConfirmButton
              className="button button-danger-quiet"
              title={intl.formatMessage(m.offTitle)}
              message={intl.formatMessage(m.offBody)}
              confirmLabel={intl.formatMessage(m.off)}
              describeError={errorMessage}
              onConfirm={async () => {
                await revokeCalendarFeed(processRef);
                setFresh(null);
                feed.setData({ active: false, createdAt: null, url: null });
                setStatus(intl.formatMessage(m.offDone));
              }}
            >
              {intl.formatMessage(m.off)}
            </ConfirmButton>
          </div>
        </>
      ) : null}
    </section>
  );
}
