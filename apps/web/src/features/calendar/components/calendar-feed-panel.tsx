import { useState } from 'react';
import { errorMessage, type CalendarFeed } from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from '../api/calendar';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';

/**
 * The person's secret calendar feed of this process. Only a hash of its address is kept, so the address
 * is shown once, when it is made; making a new one replaces it.
 */
export function CalendarFeedPanel({ processRef }: { processRef: ProcessRef }) {
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
      <h2 id="calendar-feed-title">Calendar feed</h2>
      <p className="muted">
        Subscribe in your calendar app to see this process’s milestones, the due dates of open actions and your next report-back. Meetings
        will appear there once meetings are kept in Common Ground. The address is secret: anyone who has it can read these dates.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={feed} loading="Loading your calendar feed…" />
      {error ? <p className="alert alert-error">{error}</p> : null}
      {fresh ? (
        <div className="field">
          <label htmlFor="calendar-feed-url">Your feed address (shown only now)</label>
          <div className="copy-row">
            <input id="calendar-feed-url" readOnly value={fresh} onFocus={(event) => event.currentTarget.select()} />
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard.writeText(fresh).then(
                  () => setStatus('The address was copied.'),
                  () => setStatus('Copying failed: select the address and copy it.'),
                );
              }}
            >
              Copy
            </button>
          </div>
        </div>
      ) : null}
      {feed.data && !feed.data.active ? (
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void issue(() => createCalendarFeed(processRef), 'Your calendar feed was made.')}
        >
          Make my calendar feed
        </button>
      ) : null}
      {feed.data?.active ? (
        <>
          <p>Your feed is on{feed.data.createdAt ? ` (address made ${fmt.dateTime(feed.data.createdAt)})` : ''}.</p>
          <div className="button-row">
            <ConfirmButton
              className="button"
              confirmClassName="button button-warning"
              title="Make a new address?"
              message="The current address stops working at once; calendars subscribed to it stop updating until they use the new one."
              confirmLabel="Make a new address"
              describeError={errorMessage}
              onConfirm={() => issue(() => rotateCalendarFeed(processRef), 'A new address was made; the old one no longer works.')}
            >
              Make a new address
            </ConfirmButton>
            <ConfirmButton
              className="button button-danger-quiet"
              title="Turn off your calendar feed?"
              message="The address stops working at once. You can make a new one later."
              confirmLabel="Turn off the feed"
              describeError={errorMessage}
              onConfirm={async () => {
                await revokeCalendarFeed(processRef);
                setFresh(null);
                feed.setData({ active: false, createdAt: null, url: null });
                setStatus('Your calendar feed was turned off.');
              }}
            >
              Turn off the feed
            </ConfirmButton>
          </div>
        </>
      ) : null}
    </section>
  );
}
