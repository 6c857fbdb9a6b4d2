/**
 * Costing the plan (Lesson 11 §5): the resources each action needs, in which currency, from which
 * funding source, and whether they are secured, pledged or still needed. Amounts are exact: they travel
 * as decimal strings with at most two decimals and are added up in integer minor units (bigint), never
 * as floating-point numbers. Different currencies are never added together.
 */
import { isCurrencyCode } from '../money';
import { DomainError, DomainErrorCode, invalidInput } from '../errors';

export const COST_STATUSES = ['secured', 'pledged', 'needed'] as const;
export type CostStatus = (typeof COST_STATUSES)[number];

export const COST_STATUS_LABELS: Record<CostStatus, string> = { secured: 'Secured', pledged: 'Pledged', needed: 'Needed' };

export const COST_LIMITS = {
  itemMax: 200,
  fundingSourceMax: 200,
  /** An action's budget fits on its page; a bigger budget is better kept in the finance system. */
  linesPerActionMax: 50,
} as const;

/** The largest amount of one line, in cents: what `numeric(14,2)` holds. */
const AMOUNT_MAX_MINOR = 99_999_999_999_999n;

/**
 * ISO 4217 currency codes in use, with their minor units (digits after the decimal point). Funds codes
 * (CLF, COU, USN…), precious metals and XDR are left out: a plan is costed in money people spend.
 * Codes withdrawn by their countries (HRK 2023, ZWL 2024, ANG 2025, BGN 2026) are left out too.
 */
export const CURRENCY_MINOR_UNITS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(
    (
      'AED2 AFN2 ALL2 AMD2 AOA2 ARS2 AUD2 AWG2 AZN2 BAM2 BBD2 BDT2 BHD3 BIF0 BMD2 BND2 BOB2 BRL2 BSD2 BTN2 BWP2 BYN2 BZD2 ' +
      'CAD2 CDF2 CHF2 CLP0 CNY2 COP2 CRC2 CUP2 CVE2 CZK2 DJF0 DKK2 DOP2 DZD2 EGP2 ERN2 ETB2 EUR2 FJD2 FKP2 GBP2 GEL2 GHS2 ' +
      'GIP2 GMD2 GNF0 GTQ2 GYD2 HKD2 HNL2 HTG2 HUF2 IDR2 ILS2 INR2 IQD3 IRR2 ISK0 JMD2 JOD3 JPY0 KES2 KGS2 KHR2 KMF0 KPW2 ' +
      'KRW0 KWD3 KYD2 KZT2 LAK2 LBP2 LKR2 LRD2 LSL2 LYD3 MAD2 MDL2 MGA2 MKD2 MMK2 MNT2 MOP2 MRU2 MUR2 MVR2 MWK2 MXN2 MYR2 ' +
      'MZN2 NAD2 NGN2 NIO2 NOK2 NPR2 NZD2 OMR3 PAB2 PEN2 PGK2 PHP2 PKR2 PLN2 PYG0 QAR2 RON2 RSD2 RUB2 RWF0 SAR2 SBD2 SCR2 ' +
      'SDG2 SEK2 SGD2 SHP2 SLE2 SOS2 SRD2 SSP2 STN2 SVC2 SYP2 SZL2 THB2 TJS2 TMT2 TND3 TOP2 TRY2 TTD2 TWD2 TZS2 UAH2 UGX0 ' +
      'USD2 UYU2 UZS2 VED2 VES2 VND0 VUV0 WST2 XAF0 XCD2 XCG2 XOF0 XPF0 YER2 ZAR2 ZMW2 ZWG2'
    )
      .split(' ')
      .map((entry) => [entry.slice(0, 3), Number(entry.slice(3))]),
  ),
);

/** Why a currency code is refused, or null when it is an ISO 4217 code we know. */
export function currencyProblem(code: unknown): string | null {
  if (typeof code === 'string' && isCurrencyCode(code)) return null;
  const shown = typeof code === 'string' ? `“${code.slice(0, 12)}”` : 'This';
  return `${shown} is not a currency code we know: use an ISO 4217 code such as USD, EUR, KES or XOF.`;
}

export function assertCurrencyCode(code: string, field = 'currency'): void {
  const problem = currencyProblem(code);
  if (problem) throw invalidInput('currencyUnknown', problem, field);
}

const AMOUNT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Why an amount is refused, or null when it reads as a non-negative amount with at most two decimals. */
export function amountProblem(input: unknown): string | null {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : typeof input === 'string' ? input.trim() : null;
  if (text === null) return 'Write the amount as a number, e.g. 1500 or 1500.50.';
  if (text.startsWith('-')) return 'The amount cannot be negative.';
  if (/^\d+\.\d{3,}$/.test(text)) return 'Write the amount with at most two decimals.';
  if (/^\d{13,}(\.\d*)?$/.test(text)) return 'An amount stops at 999,999,999,999.99.';
  return AMOUNT.test(text) ? null : 'Write the amount as a number, e.g. 1500 or 1500.50.';
}

/** An amount (string or number, validated with `amountProblem`) in cents. */
export function parseAmount(input: string | number, field = 'amount'): bigint {
  const problem = amountProblem(input);
  if (problem) throw invalidInput('amountInvalid', problem, field);
  const [, whole, fraction = ''] = AMOUNT.exec(String(input).trim()) as RegExpExecArray;
  const minor = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (minor > AMOUNT_MAX_MINOR) throw invalidInput('amountInvalid', 'An amount stops at 999,999,999,999.99.', field);
  return minor;
}

/** Cents as a decimal string with two decimals: 150050n → "1500.50". */
export function formatAmount(minor: bigint): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A currency without minor units (XOF, JPY, UGX…) is costed in whole amounts. */
export function assertAmountFitsCurrency(minor: bigint, currency: string, field = 'amount'): void {
  assertCurrencyCode(currency);
  if (CURRENCY_MINOR_UNITS[currency] === 0 && minor % 100n !== 0n) {
    throw invalidInput('currencyWholeAmount', `${currency} has no smaller unit: write a whole amount.`, field, { currency });
  }
}

/**
 * Costs are part of the plan: they change while it is drafted and while it is carried out (funding gets
 * pledged, then secured), but not while the group decides on a proposal.
 */
export function assertCostingAllowed(planStatus: 'draft' | 'proposed' | 'approved'): void {
  if (planStatus === 'proposed') {
    throw new DomainError(
      DomainErrorCode.PLAN_STATE_INVALID,
      'The plan is proposed for approval; withdraw it to draft before changing its costs.',
    );
  }
}

/** Cost lines (or sums of them) as the totals read them. */
export interface CostAmount {
  currency: string;
  fundingSource: string;
  status: CostStatus;
  /** A decimal string, e.g. "1500.50" (as PostgreSQL's numeric answers). */
  amount: string;
}

export interface CurrencyTotals {
  currency: string;
  total: string;
  secured: string;
  pledged: string;
  needed: string;
  /** The funding gap: what is neither secured nor pledged (total − secured − pledged = needed). */
  gap: string;
  /** What is not in hand yet: total − secured (pledged + needed). */
  notSecured: string;
}

export interface FundingSourceTotals {
  currency: string;
  fundingSource: string;
  total: string;
  secured: string;
  pledged: string;
  needed: string;
}

interface Sums {
  secured: bigint;
  pledged: bigint;
  needed: bigint;
}

function addTo(map: Map<string, Sums>, key: string, status: CostStatus, amount: bigint): void {
  const sums = map.get(key) ?? { secured: 0n, pledged: 0n, needed: 0n };
  sums[status] += amount;
  map.set(key, sums);
}

const total = (sums: Sums) => sums.secured + sums.pledged + sums.needed;

/**
 * Totals per currency (with the funding gap) and per currency and funding source, sorted by currency then
 * source. Each currency stands on its own: 100 USD and 100 EUR are never 200 of anything.
 */
export function costTotals(lines: readonly CostAmount[]): { byCurrency: CurrencyTotals[]; byFundingSource: FundingSourceTotals[] } {
  const byCurrency = new Map<string, Sums>();
  const bySource = new Map<string, Sums>();
  for (const line of lines) {
    const amount = parseAmount(line.amount);
    addTo(byCurrency, line.currency, line.status, amount);
    addTo(bySource, JSON.stringify([line.currency, line.fundingSource]), line.status, amount);
  }
  const currencies = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sums]) => ({
      currency,
      total: formatAmount(total(sums)),
      secured: formatAmount(sums.secured),
      pledged: formatAmount(sums.pledged),
      needed: formatAmount(sums.needed),
      gap: formatAmount(total(sums) - sums.secured - sums.pledged),
      notSecured: formatAmount(total(sums) - sums.secured),
    }));
  const sources = [...bySource.entries()]
    .map(([key, sums]) => {
      const [currency, fundingSource] = JSON.parse(key) as [string, string];
      return {
        currency,
        fundingSource,
        total: formatAmount(total(sums)),
        secured: formatAmount(sums.secured),
        pledged: formatAmount(sums.pledged),
        needed: formatAmount(sums.needed),
      };
    })
    .sort((a, b) => a.currency.localeCompare(b.currency) || a.fundingSource.localeCompare(b.fundingSource));
  return { byCurrency: currencies, byFundingSource: sources };
}
