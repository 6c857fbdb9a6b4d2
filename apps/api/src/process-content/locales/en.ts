import { CHARTER_SECTIONS, type CharterSectionKey, SAMPLE_GROUND_RULES } from '@common-ground/domain';
import type { ProcessContentCatalog } from '../process-content';

export const en: ProcessContentCatalog = {
  sectionTemplate: Object.fromEntries(CHARTER_SECTIONS.map((section) => [section.key, `To agree: ${section.guidance}`])) as Record<
    CharterSectionKey,
    string
  >,
  consentStatement: (number) => `I have read version ${number} of this charter and agree to take part in the process under its terms.`,
  sampleGroundRules: SAMPLE_GROUND_RULES,
};
