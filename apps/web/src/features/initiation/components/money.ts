/**
 * A gap for display: what is missing, or the surplus when funding exceeds the estimate. `money` writes an
 * amount the way every screen does (`useFormat().money`).
 */
export function formatGap(gap: string, currency: string, money: (amount: string, currency: string) => string): string {
  if (gap.startsWith('-')) return `${money(gap.slice(1), currency)} surplus`;
  return /[1-9]/.test(gap) ? `${money(gap, currency)} missing` : 'None';
}
