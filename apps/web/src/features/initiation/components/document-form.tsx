import { formatDateTime } from '../../../lib/format';

export function SavedStamp({ updatedAt, updatedBy }: { updatedAt: string | null; updatedBy?: { displayName: string } | null }) {
  if (!updatedAt) return null;
  return (
    <p className="muted">
      Last saved {formatDateTime(updatedAt)}
      {updatedBy ? ` by ${updatedBy.displayName}` : ''}.
    </p>
  );
}
