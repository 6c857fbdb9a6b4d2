import { describe, expect, it } from '@jest/globals';
import { formatMoneyAmount } from '@common-ground/domain';
import { lines } from './labels';
import { formatGap } from './money';

const money = (amount: string, currency: string) => formatMoneyAmount(amount, currency, 'en-GB');

describe('money on screen', () => {
  it('says whether a gap is missing money, a surplus, or none', () => {
    expect(formatGap('1500.30', 'EUR', money)).toBe('€1,500.30 missing');
    expect(formatGap('-20.00', 'EUR', money)).toBe('€20.00 surplus');
    expect(formatGap('0.00', 'EUR', money)).toBe('None');
  });

  it('reads one entry per line, ignoring blank lines and spaces', () => {
    expect(lines(' Ministry of Interior \n\n  Women’s Peace Network\n')).toEqual(['Ministry of Interior', 'Women’s Peace Network']);
  });
});
