import { defineMessages, useIntl } from 'react-intl';
import { messagesWithValues } from '../../../i18n/messages-with-values';
import { formatDateTime } from '../../../lib/format';

const messages = messagesWithValues(
  defineMessages({
    saved: { id: 'initiation.savedStamp', defaultMessage: 'Last saved {date}.' },
    savedBy: { id: 'initiation.savedStampBy', defaultMessage: 'Last saved {date} by {name}.' },
  }),
);

export function SavedStamp({ updatedAt, updatedBy }: { updatedAt: string | null; updatedBy?: { displayName: string } | null }) {
  const intl = useIntl();
  if (!updatedAt) return null;
  const date = formatDateTime(updatedAt);
  return (
    <p className="muted">
      {updatedBy
        ? intl.formatMessage(messages.savedBy, { date, name: updatedBy.displayName })
        : intl.formatMessage(messages.saved, { date })}
    </p>
  );
}
