/**
 * Framing the issue and finding common ground for a vision (Lesson 11 §5): a shared problem statement,
 * kept as versions, and vision statements from each stakeholder perspective, then a joint one.
 */

export const VISION_KINDS = ['perspective', 'joint'] as const;
export type VisionKind = (typeof VISION_KINDS)[number];

export const FRAMING_LIMITS = {
  problemStatementMax: 10000,
  visionMax: 10000,
  perspectiveMax: 120,
} as const;

/**
 * A statement is agreed for the words it had when the group agreed: when a vision's text changes it is no
 * longer agreed, unless the same edit records the group's agreement to the new words.
 * (A problem statement's new version likewise starts unagreed.)
 */
export function agreementAfterEdit(
  current: { text: string; agreedOn: string | null },
  change: { text?: string; agreedOn?: string | null },
): string | null {
  if (change.agreedOn !== undefined) return change.agreedOn;
  return change.text !== undefined && change.text !== current.text ? null : current.agreedOn;
}
