import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CHARTER_SECTIONS, type CharterContent, type CharterSectionKey } from './charters';
import { CHARTER_FIELDS, mergeCharter, type CharterField } from './charters-merge';

const KEYS = CHARTER_SECTIONS.map((section) => section.key);

const base: CharterContent = {
  sections: { goal_mandate: 'Agree how security is provided.', roles: 'The facilitator chairs.', review: 'Yearly.' },
  consentStatement: 'I agree to take part under these terms.',
  alternatesMaySign: false,
};

function withSection(content: CharterContent, key: CharterSectionKey, text: string | undefined): CharterContent {
  const sections = { ...content.sections };
  if (text === undefined) delete sections[key];
  else sections[key] = text;
  return { ...content, sections };
}

describe('mergeCharter', () => {
  it("keeps a colleague's section that I did not touch when I keep mine", () => {
    const mine = withSection(base, 'goal_mandate', 'Agree how security and justice are provided.');
    const theirs = withSection(base, 'roles', 'The facilitator chairs; the secretariat keeps minutes.');
    const merge = mergeCharter(base, mine, theirs);
    expect(merge.content.sections.roles).toBe('The facilitator chairs; the secretariat keeps minutes.');
    expect(merge.content.sections.goal_mandate).toBe('Agree how security and justice are provided.');
    expect(merge.mine).toEqual(['goal_mandate']);
    expect(merge.theirs).toEqual(['roles']);
    expect(merge.conflicts).toEqual([]);
  });

  it('reports a section both changed differently, and takes theirs until I choose mine', () => {
    const mine = withSection(base, 'review', 'Every six months.');
    const theirs = withSection(base, 'review', 'Every two years.');
    expect(mergeCharter(base, mine, theirs).conflicts).toEqual(['review']);
    expect(mergeCharter(base, mine, theirs).content.sections.review).toBe('Every two years.');
    expect(mergeCharter(base, mine, theirs, { review: 'mine' }).content.sections.review).toBe('Every six months.');
  });

  it('leaves out a section I emptied, and keeps a section I added', () => {
    const mine = withSection(withSection(base, 'review', '  '), 'observers', 'Observers may attend plenaries.');
    const merge = mergeCharter(base, mine, base);
    expect(merge.content.sections.review).toBeUndefined();
    expect(merge.content.sections.observers).toBe('Observers may attend plenaries.');
    expect(merge.mine).toEqual(['observers', 'review']);
  });

  it('merges the consent statement and the alternates rule like sections', () => {
    const mine = { ...base, alternatesMaySign: true };
    const theirs = { ...base, consentStatement: 'I agree to these terms of reference.' };
    const merge = mergeCharter(base, mine, theirs);
    expect(merge.content).toEqual({ ...base, consentStatement: 'I agree to these terms of reference.', alternatesMaySign: true });
  });

  it('treats blanks around a text as no change', () => {
    const mine = withSection(base, 'roles', '  The facilitator chairs.\n');
    const theirs = withSection(base, 'roles', 'The convener chairs.');
    const merge = mergeCharter(base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(merge.content.sections.roles).toBe('The convener chairs.');
  });

  const text = fc.option(fc.constantFrom('', 'alpha', 'beta', 'gamma', ' alpha '), { nil: undefined });
  const content = fc.record({
    sections: fc.record(Object.fromEntries(KEYS.map((key) => [key, text])) as Record<CharterSectionKey, typeof text>, { requiredKeys: [] }),
    consentStatement: fc.constantFrom('I agree.', 'We agree.', 'I consent.'),
    alternatesMaySign: fc.boolean(),
  });
  const choices = fc.dictionary(fc.constantFrom(...CHARTER_FIELDS), fc.constantFrom('mine' as const, 'theirs' as const));

  function value(c: CharterContent, field: CharterField): unknown {
    if (field === 'consentStatement' || field === 'alternatesMaySign') return c[field];
    return c.sections[field];
  }
  const norm = (v: unknown) => (typeof v === 'string' ? v.trim() : (v ?? ''));

  it('never changes a field I did not touch: it is always exactly theirs', () => {
    fc.assert(
      fc.property(content, content, content, choices, (b, m, t, chosen) => {
        const merged = mergeCharter(b, m, t, chosen).content;
        for (const field of CHARTER_FIELDS) {
          if (norm(value(m, field)) === norm(value(b, field))) expect(value(merged, field)).toEqual(value(t, field));
        }
      }),
    );
  });

  it('keeps every field only I changed, and every field they did not change equals mine', () => {
    fc.assert(
      fc.property(content, content, content, (b, m, t) => {
        const merge = mergeCharter(b, m, t);
        for (const field of CHARTER_FIELDS) {
          const theyChanged = norm(value(t, field)) !== norm(value(b, field));
          if (!theyChanged) expect(norm(value(merge.content, field))).toEqual(norm(value(m, field)));
        }
      }),
    );
  });

  it('merging over an unchanged colleague gives my content back', () => {
    fc.assert(
      fc.property(content, content, (b, m) => {
        const merge = mergeCharter(b, m, b);
        expect(merge.conflicts).toEqual([]);
        for (const field of CHARTER_FIELDS) expect(norm(value(merge.content, field))).toEqual(norm(value(m, field)));
      }),
    );
  });
});
