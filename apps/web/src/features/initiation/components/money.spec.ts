import { CURRENCY_CODES } from '@common-ground/domain';
import { describe, expect, it } from '@jest/globals';
import { lines } from './labels';
import { CURRENCY_OPTIONS, formatGap, formatMoney } from './money';

describe('money on screen', () => {
  it('formats exact amounts with their currency', () => {
    const text = formatMoney('999999999999.99', 'USD');
    expect(text).toContain('999');
    expect(text).toMatch(/\.99$/);
  });

  it('says whether a gap is missing money, a surplus, or none', () => {
    expect(formatGap('1500.30', 'EUR')).toMatch(/missing$/);
    expect(formatGap('-20.00', 'EUR')).toMatch(/surplus$/);
    expect(formatGap('0.00', 'EUR')).toBe('None');
  });

  it('offers every currency of the domain list, code first', () => {
    expect(CURRENCY_OPTIONS.map((option) => option.value)).toEqual([...CURRENCY_CODES]);
    for (const option of CURRENCY_OPTIONS) expect(option.label.startsWith(option.value)).toBe(true);
  });

  it('reads one entry per line, ignoring blank lines and spaces', () => {
    expect(lines(' Ministry of Interior \n\n  Women’s Peace Network\n')).toEqual(['Ministry of Interior', 'Women’s Peace Network']);
  });
});
