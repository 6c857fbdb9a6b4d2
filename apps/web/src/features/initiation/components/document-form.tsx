import { useFormat } from '../../../lib/use-format';

export function SavedStamp({ updatedAt, updatedBy }: { updatedAt: string | null; updatedBy?: { displayName: string } | null }) {
  const fmt = useFormat();
  if (!updatedAt) return null;
  return (
    <p className="muted">
      Last saved {fmt.dateTime(updatedAt)}
      {updatedBy ? ` by ${updatedBy.displayName}` : ''}.
    </p>
  );
}
