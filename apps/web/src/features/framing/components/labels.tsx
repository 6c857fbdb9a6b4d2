import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';

/** Whether the group agreed a statement, and when. */
export function AgreedBadge({ agreedOn }: { agreedOn: string | null }) {
  const fmt = useFormat();
  return agreedOn ? <Badge tone="accent">Agreed {fmt.day(agreedOn)}</Badge> : <Badge tone="muted">Not agreed yet</Badge>;
}
