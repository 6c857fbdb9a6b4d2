import { describe, expect, it } from '@jest/globals';
import { CHARTER_SECTIONS, LOCALES, SAMPLE_GROUND_RULES } from '@common-ground/domain';
import { PROCESS_CONTENT, processContent } from './process-content';

describe('the text the server writes into a process', () => {
  it.each(LOCALES)('has every charter section, the consent statement and every sample rule in %s', (locale) => {
    const catalog = PROCESS_CONTENT[locale];
    for (const section of CHARTER_SECTIONS) expect(catalog.sectionTemplate[section.key].length).toBeGreaterThan(12);
    expect(Object.keys(catalog.sectionTemplate).sort()).toEqual(CHARTER_SECTIONS.map((section) => section.key).sort());
    expect(catalog.consentStatement(3)).toContain('3');
    expect(catalog.sampleGroundRules).toHaveLength(SAMPLE_GROUND_RULES.length);
    expect(new Set(catalog.sampleGroundRules).size).toBe(SAMPLE_GROUND_RULES.length);
  });

  it('keeps the English texts as they were', () => {
    expect(processContent('en').sectionTemplate.review).toBe('To agree: When and how the group reviews these rules.');
    expect(processContent('en').sampleGroundRules).toEqual([...SAMPLE_GROUND_RULES]);
  });

  it('falls back to English for a language the app does not have', () => {
    expect(processContent('de')).toBe(PROCESS_CONTENT.en);
  });
});
