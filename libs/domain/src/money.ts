/**
 * Money for budgets (the reality check's cost estimate and funding): ISO 4217 currency codes and exact
 * decimal arithmetic. Amounts travel as decimal strings ("1250.50") and are added up as integer
 * hundredths in bigint, so no sum ever drifts the way binary floating point does.
 */

/**
 * The ISO 4217 currencies in circulation (amendment of 2025): funds codes, precious metals, special
 * drawing rights and test codes are left out, as are withdrawn codes (ANG, BGN, CUC, HRK, SLL, ZWL).
 */
// prettier-ignore
export const CURRENCY_CODES = [
  'AED', 'AFN', 'ALL', 'AMD', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BHD', 'BIF', 'BMD', 'BND',
  'BOB', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CUP', 'CVE',
  'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD',
  'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY',
  'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD',
  'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO',
  'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF',
  'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB',
  'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'UYU', 'UZS', 'VED', 'VES', 'VND',
  'VUV', 'WST', 'XAF', 'XCD', 'XCG', 'XOF', 'XPF', 'YER', 'ZAR', 'ZMW', 'ZWG',
] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_CODES);

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && CURRENCIES.has(value);
}

/** Up to twelve whole digits and at most two decimals; never negative. */
export const AMOUNT_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;
export const AMOUNT_HINT = 'a number of at most 12 digits with up to 2 decimals, such as 1250 or 1250.50';

export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT_PATTERN.test(value);
}

/** "1250.5" → 125050n (hundredths). Any number of whole digits (a total may exceed an input's twelve); throws on anything else. */
export function toHundredths(amount: string): bigint {
  if (!/^\d+(\.\d{1,2})?$/.test(amount)) throw new RangeError(`Not an amount: ${amount}`);
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** 125050n → "1250.50"; negative values keep their sign ("-0.25"). */
export function fromHundredths(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const magnitude = negative ? -hundredths : hundredths;
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${(magnitude / 100n).toString()}.${cents}`;
}

/** Whether a signed amount of `fromHundredths` ("-0.25", "0.00", "12.00") is above zero. */
export function isAboveZero(amount: string): boolean {
  return !amount.startsWith('-') && /[1-9]/.test(amount);
}

/** The exact sum of decimal amounts, as an amount with two decimals. */
export function sumAmounts(amounts: readonly string[]): string {
  return fromHundredths(amounts.reduce((total, amount) => total + toHundredths(amount), 0n));
}
