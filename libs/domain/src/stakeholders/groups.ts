/** Stakeholder groups of a process (design.md §3, Lesson 11 §3 "Participant Selection Criteria"). */

/** The starter list a convener edits: the groups a security dialogue usually needs. */
export const STARTER_STAKEHOLDER_GROUPS = [
  'Civil society',
  "Women's organisations",
  'Youth',
  'Traditional and religious leaders',
  'Police',
  'Military',
  'Government',
  'Parliament',
  'Private sector',
  'International partners',
] as const;

export const STAKEHOLDER_GROUP_NAME_MAX = 120;
