import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { useFormat } from '../../../lib/use-format';

const messages = untyped(
  defineMessages({
    saved: { id: 'initiation.savedStamp', defaultMessage: 'Last saved {date}.' },
    savedBy: { id: 'initiation.savedStampBy', defaultMessage: 'Last saved {date} by {name}.' },
  }),
);

export function SavedStamp({ updatedAt, updatedBy }: { updatedAt: string | null; updatedBy?: { displayName: string } | null }) {
  const intl = useIntl();
  const fmt = useFormat();
  if (!updatedAt) return null;
  const date = fmt.dateTime(updatedAt);
  return (
    <p className="muted">
      {updatedBy
        ? intl.formatMessage(messages.savedBy, { date, name: updatedBy.displayName })
        : intl.formatMessage(messages.saved, { date })}
    </p>
  );
}
