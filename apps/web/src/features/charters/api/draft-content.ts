import { CHARTER_SECTIONS, type CharterSectionKey } from '@common-ground/domain';
import type { CharterContent, CharterVersion } from '../../../api';

/** The draft editor's form: every section as a string, empty when the section is left out. */
export interface DraftValues {
  sections: Record<CharterSectionKey, string>;
  consentStatement: string;
  alternatesMaySign: boolean;
}

export function toDraftValues(content: CharterContent): DraftValues {
  const present = content.sections as Partial<Record<CharterSectionKey, string>>;
  const sections = Object.fromEntries(CHARTER_SECTIONS.map((section) => [section.key, present[section.key] ?? ''])) as Record<
    CharterSectionKey,
    string
  >;
  return { sections, consentStatement: content.consentStatement, alternatesMaySign: content.alternatesMaySign };
}

/** The content to save: a section left blank is not part of the charter, so it is left out. */
export function toCharterContent(values: DraftValues): CharterContent {
  const sections: Partial<Record<CharterSectionKey, string>> = {};
  for (const section of CHARTER_SECTIONS) {
    const text = values.sections[section.key];
    if (text.trim()) sections[section.key] = text;
  }
  return { sections, consentStatement: values.consentStatement, alternatesMaySign: values.alternatesMaySign };
}

/** The sections whose text differs (ignoring surrounding blanks) between two forms, in charter order. */
export function changedSections(mine: DraftValues, theirs: DraftValues): (typeof CHARTER_SECTIONS)[number][] {
  return CHARTER_SECTIONS.filter((section) => mine.sections[section.key].trim() !== theirs.sections[section.key].trim());
}

/** A 409's `current`, when it is the draft as someone else saved it. */
export function isCharterVersion(value: unknown): value is CharterVersion {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { content?: unknown }).content === 'object' &&
    (value as { content?: unknown }).content !== null &&
    typeof (value as { version?: unknown }).version === 'number'
  );
}
