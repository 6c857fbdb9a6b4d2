import { defineMessages, type IntlShape } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

const messages = untyped(
  defineMessages({
    surplus: { id: 'initiation.gap.surplus', defaultMessage: '{amount} surplus' },
    missing: { id: 'initiation.gap.missing', defaultMessage: '{amount} missing' },
    none: { id: 'initiation.gap.none', defaultMessage: 'None' },
  }),
);

/**
 * A gap in the reader's language: what is missing, or the surplus when funding exceeds the estimate. `money`
 * writes an amount the way every screen does (`useFormat().money`).
 */
export function gapText(intl: IntlShape, gap: string, currency: string, money: (amount: string, currency: string) => string): string {
  if (gap.startsWith('-')) return intl.formatMessage(messages.surplus, { amount: money(gap.slice(1), currency) });
  return /[1-9]/.test(gap) ? intl.formatMessage(messages.missing, { amount: money(gap, currency) }) : intl.formatMessage(messages.none);
}
