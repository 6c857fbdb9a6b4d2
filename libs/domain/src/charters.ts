/**
 * The charter (terms of reference) of a process: its sections (Lesson 11, "Developing Terms of
 * Reference"), the life of a version, the canonical form that signatures bind to, and the
 * ratification rule that decides when a charter is in force. Framework-free: the API and the web app
 * (which can verify a hash in the browser) share it.
 */
import { DomainError, DomainErrorCode } from './errors';

export const CHARTER_SECTIONS = [
  {
    key: 'goal_mandate',
    label: 'Goal and mandate',
    guidance: 'What the process seeks to achieve, and how it relates to other initiatives.',
  },
  {
    key: 'stakeholder_groups',
    label: 'Stakeholder groups and representatives',
    guidance: 'Who represents which group, alternates, gender balance and spread.',
  },
  {
    key: 'roles',
    label: 'Roles and responsibilities',
    guidance: 'Of participants, the third-party facilitator and the coordinator or secretariat.',
  },
  { key: 'changing_participants', label: 'Changing or adding participants', guidance: 'How people join, leave or are replaced.' },
  { key: 'press_media', label: 'Press and media', guidance: 'Who may speak to the press, and on what terms.' },
  { key: 'observers', label: 'Observers', guidance: 'Who may observe, and what they may see and say.' },
  {
    key: 'constituency_reporting',
    label: 'Reporting to constituencies',
    guidance: 'How participants report back to those they represent.',
  },
  {
    key: 'decision_making',
    label: 'Decision-making',
    guidance: 'In the dialogue and within groups: consensus, straw poll, or vote with quorum.',
  },
  { key: 'dispute_grievance', label: 'Dispute and grievance resolution', guidance: 'How disagreements and complaints are handled.' },
  { key: 'conflict_of_interest', label: 'Conflict of interest', guidance: 'What must be declared, and what follows.' },
  {
    key: 'documentation',
    label: 'Documenting meetings and tracking agreements',
    guidance: 'Minutes, confidentiality of records, follow-up of agreements.',
  },
  { key: 'review', label: 'Reviewing the charter', guidance: 'When and how the group reviews these rules.' },
  { key: 'schedule', label: 'Schedule of meetings and tasks', guidance: 'The calendar the group commits to.' },
] as const;

export type CharterSectionKey = (typeof CHARTER_SECTIONS)[number]['key'];

export interface CharterContent {
  /** Section text by key; a section left out is not part of the charter. */
  sections: Partial<Record<CharterSectionKey, string>>;
  /** The statement a signer agrees to, shown at signing and bound by the hash. */
  consentStatement: string;
  /** Whether an alternate may sign on behalf of the participant they stand in for. */
  alternatesMaySign: boolean;
}

export const CHARTER_VERSION_STATUSES = ['draft', 'proposed', 'adopted', 'superseded'] as const;
export type CharterVersionStatus = (typeof CHARTER_VERSION_STATUSES)[number];

export type CharterVersionEvent = 'propose' | 'withdraw' | 'adopt' | 'supersede';

const VERSION_MOVES: Record<CharterVersionEvent, { from: CharterVersionStatus; to: CharterVersionStatus }> = {
  propose: { from: 'draft', to: 'proposed' },
  withdraw: { from: 'proposed', to: 'draft' },
  adopt: { from: 'proposed', to: 'adopted' },
  supersede: { from: 'adopted', to: 'superseded' },
};

/** draft → proposed → adopted → superseded; a proposal may be withdrawn to draft. Only drafts are edited. */
export function nextVersionStatus(current: CharterVersionStatus, event: CharterVersionEvent): CharterVersionStatus {
  const move = VERSION_MOVES[event];
  if (move.from !== current) {
    throw new DomainError(
      DomainErrorCode.CHARTER_STATE_INVALID,
      `A ${current} version cannot be ${event === 'supersede' ? 'superseded' : `${event}d`}; only a ${move.from} one can.`,
    );
  }
  return move.to;
}

export function isEditable(status: CharterVersionStatus): boolean {
  return status === 'draft';
}

/** Text normalised so that invisible differences (line endings, trailing spaces, Unicode form) do not change the hash. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/**
 * The canonical form signatures bind to: JSON with keys sorted at every level, strings normalised,
 * no insignificant whitespace, `undefined` left out. Stable across key order and formatting.
 */
export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(normalizeText(value));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Cannot canonicalize a non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalize(item === undefined ? null : item)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalize(item)}`).join(',')}}`;
  }
  throw new TypeError(`Cannot canonicalize a ${typeof value}`);
}

/** SHA-256 (hex) of the canonical form, with Web Crypto: the same in Node ≥ 20 and in browsers. */
export async function contentHash(content: CharterContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalize(content));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface SignatureAttempt {
  versionStatus: CharterVersionStatus;
  /** The version the signer saw is still the one adopted. */
  versionIsCurrent: boolean;
  signerIsActiveParticipant: boolean;
  alreadySigned: boolean;
  /** Signing for someone else as their alternate. */
  onBehalfOfOther: boolean;
  alternatesMaySign: boolean;
}

/** Only an active participant signs, once, an adopted version that is still current. */
export function assertMaySign(attempt: SignatureAttempt): void {
  if (attempt.versionStatus !== 'adopted') {
    throw new DomainError(
      DomainErrorCode.CHARTER_VERSION_NOT_ADOPTED,
      `Only an adopted version can be signed; this one is ${attempt.versionStatus}.`,
      'versionId',
    );
  }
  if (!attempt.versionIsCurrent) {
    throw new DomainError(
      DomainErrorCode.CHARTER_VERSION_STALE,
      'The charter changed since you opened it; read the current version before signing.',
      'versionId',
    );
  }
  if (!attempt.signerIsActiveParticipant) {
    throw new DomainError(DomainErrorCode.NOT_ACTIVE_PARTICIPANT, 'Only active participants of the process can sign its charter.');
  }
  if (attempt.onBehalfOfOther && !attempt.alternatesMaySign) {
    throw new DomainError(DomainErrorCode.NOT_ACTIVE_PARTICIPANT, 'This charter does not allow alternates to sign.', 'onBehalfOf');
  }
  if (attempt.alreadySigned) {
    throw new DomainError(DomainErrorCode.ALREADY_SIGNED, 'This version has already been signed for this participant.');
  }
}

export interface RatificationRule {
  /** Every indispensable stakeholder group has at least one signature. */
  everyIndispensableGroup: boolean;
  /** Share of active participants who must have signed, as an exact fraction (2 of 3, not 0.6667). */
  shareNumerator: number;
  shareDenominator: number;
}

export const DEFAULT_RATIFICATION_RULE: RatificationRule = { everyIndispensableGroup: true, shareNumerator: 2, shareDenominator: 3 };

export interface RatificationFacts {
  activeParticipants: { id: string; groupId: string | null }[];
  indispensableGroups: { id: string; name: string }[];
  /** Participant ids a signature counts for (an alternate's signature counts for the participant they stand in for). */
  signedFor: string[];
}

export interface RatificationResult {
  inForce: boolean;
  signed: number;
  active: number;
  required: number;
  /** What is still missing, in words a convener can act on. */
  missing: string[];
  /** The names of the indispensable groups still without a signature (also in `missing`, as words). */
  missingGroups: string[];
}

export function evaluateRatification(rule: RatificationRule, facts: RatificationFacts): RatificationResult {
  const { shareNumerator: num, shareDenominator: den } = rule;
  if (!Number.isInteger(num) || !Number.isInteger(den) || den < 1 || num < 0 || num > den) {
    throw new RangeError('The share must be a fraction between 0 and 1, such as 2 of 3');
  }
  const active = new Map(facts.activeParticipants.map((participant) => [participant.id, participant]));
  const signedIds = new Set(facts.signedFor.filter((id) => active.has(id)));
  // Integer arithmetic: two thirds of 3 is exactly 2.
  const required = Math.ceil((num * active.size) / den);
  const missing: string[] = [];
  const missingGroups: string[] = [];
  if (active.size === 0) missing.push('The process has no active participants yet.');
  if (signedIds.size < required) {
    missing.push(
      `${required - signedIds.size} more signature${required - signedIds.size === 1 ? '' : 's'} (${signedIds.size} of ${active.size} active participants signed; ${required} needed).`,
    );
  }
  if (rule.everyIndispensableGroup) {
    const signedGroups = new Set([...signedIds].map((id) => active.get(id)?.groupId).filter((group): group is string => Boolean(group)));
    for (const group of facts.indispensableGroups) {
      if (signedGroups.has(group.id)) continue;
      missing.push(`A signature from the indispensable group “${group.name}”.`);
      missingGroups.push(group.name);
    }
  }
  return { inForce: missing.length === 0, signed: signedIds.size, active: active.size, required, missing, missingGroups };
}
