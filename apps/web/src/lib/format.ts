const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : dateTime.format(value);
}

export function formatDate(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day (`YYYY-MM-DD`, no time zone) as the reader writes dates; it never shifts by a day. */
export function formatDay(value: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? value : day.format(parsed);
}

/** Today in the reader's time zone as `YYYY-MM-DD`, e.g. the default of a date field. */
export function todayIso(): string {
  return new Date().toLocaleDateString('en-CA');
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 });

/** An indicator figure as the reader writes numbers. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** A share from 0 to 1 as a percentage ("45 %"); a dash when there is none. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : percentFormat.format(share);
}

/**
 * An exact amount (a decimal string from the API) with its currency code, e.g. "USD 1,500.50". The
 * number is only formatted here: sums are made by the server in exact cents.
 */
export function formatMoney(amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay: 'code' }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}
