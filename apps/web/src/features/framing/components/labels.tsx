import { defineMessages, useIntl } from 'react-intl';
import { Badge } from '../../../components/states';
import { useFormat } from '../../../lib/use-format';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    agreed: { id: 'framing.labels.agreed', defaultMessage: 'Agreed {date}' },
    notAgreed: { id: 'framing.labels.notAgreed', defaultMessage: 'Not agreed yet' },
  }),
);

/** Whether the group agreed a statement, and when. */
export function AgreedBadge({ agreedOn }: { agreedOn: string | null }) {
  const intl = useIntl();
  const fmt = useFormat();
  return agreedOn ? (
    <Badge tone="accent">{intl.formatMessage(m.agreed, { date: fmt.day(agreedOn) })}</Badge>
  ) : (
    <Badge tone="muted">{intl.formatMessage(m.notAgreed)}</Badge>
  );
}
