import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { formatDateTime } from '../../../lib/format';

const messages = untyped(
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
