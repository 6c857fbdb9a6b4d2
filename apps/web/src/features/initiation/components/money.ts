import { CURRENCY_CODES } from '@common-ground/domain';
import type { Option } from '../../../components/fields';

const names = new Intl.DisplayNames(undefined, { type: 'currency' });

/** "USD — US Dollar" for each currency a budget may use. */
export const CURRENCY_OPTIONS: readonly Option[] = CURRENCY_CODES.map((code) => {
  const name = names.of(code);
  return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
});

/**
 * An amount from the API ("1250.50", exact) for display. Amounts have at most 14 significant digits,
 * which a double shows exactly; nothing is ever added up here (the API does the maths).
 */
export function formatMoney(amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      Number(amount),
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A gap for display: what is missing, or the surplus when funding exceeds the estimate. */
export function formatGap(gap: string, currency: string): string {
  if (gap.startsWith('-')) return `${formatMoney(gap.slice(1), currency)} surplus`;
  return /[1-9]/.test(gap) ? `${formatMoney(gap, currency)} missing` : 'None';
}
