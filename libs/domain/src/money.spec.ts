import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CURRENCY_CODES, fromHundredths, isAboveZero, isAmount, isCurrencyCode, sumAmounts, toHundredths } from './money';

/** Amounts as the API accepts them: up to 12 whole digits and 0-2 decimals. */
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.constantFrom('', '.', '..'), fc.integer({ min: 0, max: 99 }))
  .map(([whole, shape, cents]) =>
    shape === ''
      ? whole.toString()
      : shape === '.'
        ? `${whole.toString()}.${String(cents % 10)}`
        : `${whole.toString()}.${String(cents).padStart(2, '0')}`,
  );

describe('currencies', () => {
  it('accepts ISO 4217 codes in circulation and rejects the rest', () => {
    expect(['USD', 'EUR', 'XOF', 'KES', 'SSP'].every(isCurrencyCode)).toBe(true);
    expect(['usd', 'US', 'XXX', 'XAU', 'HRK', 'ANG', '', 12].some(isCurrencyCode)).toBe(false);
  });

  it('lists each code once, three capital letters', () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});

describe('amounts', () => {
  it('accepts non-negative amounts with at most two decimals and twelve digits', () => {
    expect(['0', '0.5', '12', '1250.50', '999999999999.99'].every(isAmount)).toBe(true);
    expect(['-1', '1.234', '01', '1e3', '1,000', '.5', '5.', '1000000000000', ' 1', '', 3].some(isAmount)).toBe(false);
  });

  it('converts to hundredths and back without loss', () => {
    expect(toHundredths('1250.5')).toBe(125050n);
    expect(fromHundredths(125050n)).toBe('1250.50');
    expect(fromHundredths(-25n)).toBe('-0.25');
    expect(fromHundredths(0n)).toBe('0.00');
    fc.assert(
      fc.property(amount, (value) => {
        expect(fromHundredths(toHundredths(value))).toBe(Number(value).toFixed(2));
      }),
    );
  });

  it('refuses to convert something that is not an amount', () => {
    expect(() => toHundredths('1.001')).toThrow(RangeError);
    expect(() => toHundredths('-1')).toThrow(RangeError);
    expect(toHundredths('12345678901234.50')).toBe(1234567890123450n);
  });

  it('adds up exactly where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.30');
    expect(sumAmounts(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(sumAmounts(['999999999999.99', '999999999999.99'])).toBe('1999999999999.98');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('sums in any order to the same total', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        expect(sumAmounts([...values].reverse())).toBe(sumAmounts(values));
      }),
    );
  });

  it('tells a shortfall from a surplus or an even balance', () => {
    expect(isAboveZero('0.01')).toBe(true);
    expect(isAboveZero('1999999999999.98')).toBe(true);
    expect(isAboveZero('0.00')).toBe(false);
    expect(isAboveZero('-12.00')).toBe(false);
  });
});
