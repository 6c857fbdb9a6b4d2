import { Badge } from '../../../components/states';
import { formatDay } from '../../../lib/format';

/** Whether the group agreed a statement, and when. */
export function AgreedBadge({ agreedOn }: { agreedOn: string | null }) {
  return agreedOn ? <Badge tone="accent">Agreed {formatDay(agreedOn)}</Badge> : <Badge tone="muted">Not agreed yet</Badge>;
}
