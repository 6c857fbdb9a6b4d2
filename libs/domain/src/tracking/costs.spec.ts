import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  amountProblem,
  assertAmountFitsCurrency,
  assertCostingAllowed,
  assertCurrencyCode,
  type CostAmount,
  costTotals,
  CURRENCY_MINOR_UNITS,
  formatAmount,
  parseAmount,
} from './costs';
import { DomainError, DomainErrorCode } from '../errors';
import { CURRENCY_CODES, isCurrencyCode } from '../money';

describe('amounts', () => {
  it('reads non-negative amounts with at most two decimals into cents, exactly', () => {
    expect(parseAmount('1500')).toBe(150000n);
    expect(parseAmount('1500.5')).toBe(150050n);
    expect(parseAmount(' 0.07 ')).toBe(7n);
    expect(parseAmount(19.99)).toBe(1999n);
    expect(parseAmount('999999999999.99')).toBe(99999999999999n);
    expect(formatAmount(150050n)).toBe('1500.50');
    expect(formatAmount(7n)).toBe('0.07');
    expect(formatAmount(-250n)).toBe('-2.50');
  });

  it('says clearly why an amount is refused', () => {
    expect(amountProblem('-5')).toBe('The amount cannot be negative.');
    expect(amountProblem(-0.5)).toBe('The amount cannot be negative.');
    expect(amountProblem('1.005')).toBe('Write the amount with at most two decimals.');
    expect(amountProblem('1000000000000')).toBe('An amount stops at 999,999,999,999.99.');
    expect(amountProblem('12,50')).toMatch(/as a number/);
    expect(amountProblem('')).toMatch(/as a number/);
    expect(amountProblem(null)).toMatch(/as a number/);
    expect(amountProblem(Number.NaN)).toMatch(/as a number/);
    try {
      parseAmount('-1');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe('amount');
    }
  });

  it('formats back to the text it read, for any amount in cents (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 99_999_999_999_999n }), (minor) => parseAmount(formatAmount(minor)) === minor));
  });
});

describe('currencies', () => {
  it('knows ISO 4217 codes in use and refuses others', () => {
    for (const code of ['USD', 'EUR', 'KES', 'XOF', 'XAF', 'SSP', 'SLE', 'ZWG']) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['usd', 'ABC', 'HRK', 'XAU', 'EURO', '']) expect(isCurrencyCode(code)).toBe(false);
    expect(CURRENCY_CODES.length).toBeGreaterThan(140);
    expect(() => assertCurrencyCode('ABC')).toThrow(/not a currency code we know/);
  });

  it('knows the minor units of exactly the currencies money.ts accepts, so both budgets speak one list', () => {
    expect(Object.keys(CURRENCY_MINOR_UNITS).sort()).toEqual([...CURRENCY_CODES].sort());
  });

  it('costs a currency without minor units in whole amounts', () => {
    expect(() => assertAmountFitsCurrency(150050n, 'XOF')).toThrow('XOF has no smaller unit: write a whole amount.');
    expect(() => assertAmountFitsCurrency(150000n, 'XOF')).not.toThrow();
    expect(() => assertAmountFitsCurrency(150050n, 'KWD')).not.toThrow();
  });

  it('freezes costs while the plan is proposed', () => {
    expect(() => assertCostingAllowed('draft')).not.toThrow();
    expect(() => assertCostingAllowed('approved')).not.toThrow();
    try {
      assertCostingAllowed('proposed');
      throw new Error('not refused');
    } catch (error) {
      expect((error as DomainError).code).toBe(DomainErrorCode.PLAN_STATE_INVALID);
    }
  });
});

describe('cost totals', () => {
  const line = (currency: string, fundingSource: string, status: CostAmount['status'], amount: string): CostAmount => ({
    currency,
    fundingSource,
    status,
    amount,
  });

  it('adds up per currency and per funding source, never across currencies, with the funding gap', () => {
    const totals = costTotals([
      line('USD', 'EU delegation', 'secured', '1000.10'),
      line('USD', 'EU delegation', 'pledged', '500.20'),
      line('USD', 'Ministry', 'needed', '250.05'),
      line('EUR', 'Embassy', 'needed', '100.00'),
      line('USD', 'Ministry', 'secured', '0.01'),
    ]);
    expect(totals.byCurrency).toEqual([
      { currency: 'EUR', total: '100.00', secured: '0.00', pledged: '0.00', needed: '100.00', gap: '100.00', notSecured: '100.00' },
      { currency: 'USD', total: '1750.36', secured: '1000.11', pledged: '500.20', needed: '250.05', gap: '250.05', notSecured: '750.25' },
    ]);
    expect(totals.byFundingSource).toEqual([
      { currency: 'EUR', fundingSource: 'Embassy', total: '100.00', secured: '0.00', pledged: '0.00', needed: '100.00' },
      { currency: 'USD', fundingSource: 'EU delegation', total: '1500.30', secured: '1000.10', pledged: '500.20', needed: '0.00' },
      { currency: 'USD', fundingSource: 'Ministry', total: '250.06', secured: '0.01', pledged: '0.00', needed: '250.05' },
    ]);
    expect(costTotals([])).toEqual({ byCurrency: [], byFundingSource: [] });
  });

  it('adds cents exactly where floating point would not (0.1 + 0.2)', () => {
    expect(costTotals([line('USD', 'A', 'needed', '0.10'), line('USD', 'A', 'needed', '0.20')]).byCurrency[0].total).toBe('0.30');
  });

  it('keeps total = secured + pledged + needed and gap = needed, for any lines (property)', () => {
    const anyLine = fc.record({
      currency: fc.constantFrom('USD', 'EUR', 'KES'),
      fundingSource: fc.constantFrom('A', 'B', 'a,b "c"'),
      status: fc.constantFrom('secured' as const, 'pledged' as const, 'needed' as const),
      amount: fc.bigInt({ min: 0n, max: 10_000_000_000n }).map(formatAmount),
    });
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 30 }), (lines) => {
        const { byCurrency, byFundingSource } = costTotals(lines);
        return byCurrency.every((row) => {
          const cents = (value: string) => parseAmount(value);
          const sourcesTotal = byFundingSource
            .filter((source) => source.currency === row.currency)
            .reduce((sum, source) => sum + cents(source.total), 0n);
          return (
            cents(row.total) === cents(row.secured) + cents(row.pledged) + cents(row.needed) &&
            row.gap === row.needed &&
            cents(row.notSecured) === cents(row.total) - cents(row.secured) &&
            sourcesTotal === cents(row.total)
          );
        });
      }),
    );
  });
});
