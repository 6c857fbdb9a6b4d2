import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { neutralizeFormula, startsLikeFormula } from './spreadsheet';

describe('formula injection guard', () => {
  it('prefixes a quote to cells a spreadsheet would evaluate, and leaves others alone', () => {
    expect(neutralizeFormula('=HYPERLINK("http://evil.example","click")')).toBe('\'=HYPERLINK("http://evil.example","click")');
    for (const cell of ['+1', '-1', '@SUM(A1)', '\tx', '\rx', '\0x']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['', 'Patrols, on "market" days', ' =not first', "'quoted"]) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('never leaves a cell starting like a formula, and changes nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const safe = neutralizeFormula(cell);
        return !startsLikeFormula(safe) && (safe === cell || safe === `'${cell}`);
      }),
    );
  });
});
