import { describe, expect, it } from '@jest/globals';
import { CHARTER_SECTIONS } from '@common-ground/domain';
import { changedSections, isCharterVersion, toCharterContent, toDraftValues } from './draft-content';

const content = {
  sections: { goal_mandate: 'Share the water fairly.', schedule: 'Monthly, on the first Monday.' },
  consentStatement: 'I agree to take part in good faith.',
  alternatesMaySign: false,
};

describe('draft content', () => {
  it('gives every section a field, empty for sections left out', () => {
    const values = toDraftValues(content);
    expect(Object.keys(values.sections)).toEqual(CHARTER_SECTIONS.map((section) => section.key));
    expect(values.sections.goal_mandate).toBe('Share the water fairly.');
    expect(values.sections.roles).toBe('');
  });

  it('leaves blank sections out of the saved content and round-trips the rest', () => {
    const values = toDraftValues(content);
    values.sections.roles = '   \n ';
    expect(toCharterContent(values)).toEqual(content);
  });

  it('lists the sections another person changed, ignoring surrounding blanks', () => {
    const mine = toDraftValues(content);
    const theirs = toDraftValues({
      ...content,
      sections: { ...content.sections, schedule: 'Weekly.', goal_mandate: ' Share the water fairly. ' },
    });
    expect(changedSections(mine, theirs).map((section) => section.key)).toEqual(['schedule']);
  });

  it('recognises the current draft in a 409, and nothing else', () => {
    expect(isCharterVersion({ id: 'x', version: 3, content })).toBe(true);
    expect(isCharterVersion({ version: 3 })).toBe(false);
    expect(isCharterVersion(null)).toBe(false);
    expect(isCharterVersion('draft')).toBe(false);
  });
});
