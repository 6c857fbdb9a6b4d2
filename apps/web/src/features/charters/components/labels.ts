import { CHARTER_SECTIONS, type CharterSectionKey, type CharterVersionStatus } from '@common-ground/domain';

export const VERSION_STATUS_LABELS: Record<CharterVersionStatus, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  adopted: 'Adopted',
  superseded: 'Superseded',
};

export const VERSION_STATUS_TONES: Record<CharterVersionStatus, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  draft: 'muted',
  proposed: 'warning',
  adopted: 'accent',
  superseded: 'neutral',
};

export const SECTION_LABELS = Object.fromEntries(CHARTER_SECTIONS.map((section) => [section.key, section.label])) as Record<
  CharterSectionKey,
  string
>;
