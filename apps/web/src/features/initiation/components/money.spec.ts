import { describe, expect, it } from '@jest/globals';
import { formatMoneyAmount } from '@common-ground/domain';
import { createIntl } from 'react-intl';
import { gapText } from './gap';
import { lines } from './labels';

const money = (amount: string, currency: string) => formatMoneyAmount(amount, currency, 'en-GB');
const intl = createIntl({ locale: 'en', messages: {}, onError: () => undefined });

describe('money on screen', () => {
  it('says whether a gap is missing money, a surplus, or none', () => {
    expect(gapText(intl, '1500.30', 'EUR', money)).toBe('€1,500.30 missing');
    expect(gapText(intl, '-20.00', 'EUR', money)).toBe('€20.00 surplus');
    expect(gapText(intl, '0.00', 'EUR', money)).toBe('None');
  });

  it('reads one entry per line, ignoring blank lines and spaces', () => {
    expect(lines(' Ministry of Interior \n\n  Women’s Peace Network\n')).toEqual(['Ministry of Interior', 'Women’s Peace Network']);
  });
});
