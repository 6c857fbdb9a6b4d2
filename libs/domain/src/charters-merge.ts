/**
 * Three-way merge of a charter draft after a version conflict (409): `base` is what this person
 * loaded, `mine` what they have typed, `theirs` what a colleague saved meanwhile. Keeping "mine"
 * must never revert a colleague's section that this person did not touch, so the merge works field
 * by field: a field only I changed takes my text, a field only they changed takes theirs, and a
 * field we both changed differently is a conflict the person decides (default: theirs, so nothing
 * of a colleague's is lost without a choice).
 */
import { CHARTER_SECTIONS, type CharterContent, type CharterSectionKey } from './charters';

/** A part of the charter that merges on its own: a section, the consent statement, or the alternates rule. */
export type CharterField = CharterSectionKey | 'consentStatement' | 'alternatesMaySign';

export const CHARTER_FIELDS: readonly CharterField[] = [
  ...CHARTER_SECTIONS.map((section) => section.key),
  'consentStatement',
  'alternatesMaySign',
];

export type MergeChoice = 'mine' | 'theirs';

export interface CharterMerge {
  /** The content to save over `theirs`. */
  content: CharterContent;
  /** Fields only I changed: my text is kept. */
  mine: CharterField[];
  /** Fields only the colleague changed: their text is kept. */
  theirs: CharterField[];
  /** Fields both changed to different texts: decided by `choices`, theirs when no choice is given. */
  conflicts: CharterField[];
}

function valueOf(content: CharterContent, field: CharterField): string | boolean | undefined {
  if (field === 'consentStatement') return content.consentStatement;
  if (field === 'alternatesMaySign') return content.alternatesMaySign;
  return content.sections[field];
}

/** Blanks around a text, and a section left out versus left empty, are not changes. */
function same(a: string | boolean | undefined, b: string | boolean | undefined): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  return (a ?? '').trim() === (b ?? '').trim();
}

export function mergeCharter(
  base: CharterContent,
  mine: CharterContent,
  theirs: CharterContent,
  choices: Partial<Record<CharterField, MergeChoice>> = {},
): CharterMerge {
  const result: CharterMerge = {
    content: { sections: { ...theirs.sections }, consentStatement: theirs.consentStatement, alternatesMaySign: theirs.alternatesMaySign },
    mine: [],
    theirs: [],
    conflicts: [],
  };
  for (const field of CHARTER_FIELDS) {
    const b = valueOf(base, field);
    const m = valueOf(mine, field);
    const t = valueOf(theirs, field);
    const iChanged = !same(m, b);
    const theyChanged = !same(t, b);
    if (!iChanged) {
      if (theyChanged) result.theirs.push(field);
      continue;
    }
    if (same(m, t)) continue;
    if (theyChanged) {
      result.conflicts.push(field);
      if (choices[field] !== 'mine') continue;
    } else {
      result.mine.push(field);
    }
    take(result.content, field, m);
  }
  return result;
}

function take(content: CharterContent, field: CharterField, value: string | boolean | undefined): void {
  if (field === 'alternatesMaySign') content.alternatesMaySign = value === true;
  else if (field === 'consentStatement') content.consentStatement = typeof value === 'string' ? value : '';
  else if (typeof value === 'string' && value.trim()) content.sections[field] = value;
  else delete content.sections[field];
}
