/**
 * The stakeholder register of the Design phase (seed 000, Lesson 11 §3): "Stakeholder mapping" (power,
 * interests and relationships of the groups and individuals that exacerbate or deter the conflict) and
 * "Approaching potential participants" (preliminary consultations: interest, concerns, outcome).
 * Lesson 10 §4 asks for ownership that is *broad*: the register shows which groups nobody has mapped yet.
 */

export const STAKEHOLDER_KINDS = ['organisation', 'individual'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

export const STAKEHOLDER_KIND_LABELS: Record<StakeholderKind, string> = { organisation: 'Organisation', individual: 'Individual' };

/** Where a stakeholder stands towards the process. */
export const STANCES = ['supportive', 'neutral', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  supportive: 'Supportive',
  neutral: 'Neutral',
  opposed: 'Opposed',
  unknown: 'Unknown',
};

/** Influence and interest are scored on the same whole-number scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const SCORES = [1, 2, 3, 4, 5] as const;

export const RELATIONSHIP_KINDS = ['alliance', 'tension', 'conflict', 'dependency'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const RELATIONSHIP_KIND_LABELS: Record<RelationshipKind, string> = {
  alliance: 'Alliance',
  tension: 'Tension',
  conflict: 'Conflict',
  dependency: 'Dependency',
};

/** Strength of a relationship: 1 weak, 2 moderate, 3 strong. */
export const STRENGTH_MIN = 1;
export const STRENGTH_MAX = 3;
export const STRENGTH_LABELS: Record<number, string> = { 1: 'Weak', 2: 'Moderate', 3: 'Strong' };

export const CONTACT_KINDS = ['email', 'phone', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = { email: 'E-mail', phone: 'Phone', other: 'Other' };

/**
 * Sizes. The per-process caps keep the map endpoint (everything in one answer) bounded: a process may
 * hold at most this many stakeholders and relationships; adding one more is refused.
 */
export const REGISTER_LIMITS = {
  nameMax: 200,
  notesMax: 4000,
  contactPointsMax: 10,
  contactValueMax: 254,
  contactNoteMax: 200,
  relationshipNoteMax: 1000,
  organisationMax: 200,
  concernsMax: 4000,
  outcomeMax: 4000,
  stakeholdersPerProcess: 2000,
  relationshipsPerProcess: 10000,
  consultationsPerProspect: 200,
} as const;

// ---------------------------------------------------------------- influence / interest grid

/** The four strategies of the influence/interest grid. */
export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  manage_closely: 'Manage closely',
  keep_satisfied: 'Keep satisfied',
  keep_informed: 'Keep informed',
  monitor: 'Monitor',
};

/**
 * A score from this value up counts as high. The midpoint (3) counts as high on purpose: a stakeholder
 * one is unsure about gets the more attentive strategy, not the less.
 */
export const HIGH_SCORE_FROM = 3;

export function quadrantOf(influence: number, interest: number): Quadrant {
  const highInfluence = influence >= HIGH_SCORE_FROM;
  const highInterest = interest >= HIGH_SCORE_FROM;
  if (highInfluence) return highInterest ? 'manage_closely' : 'keep_satisfied';
  return highInterest ? 'keep_informed' : 'monitor';
}

export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

// ---------------------------------------------------------------- relationships

/** A dependency has a direction ("A depends on B"); the other kinds are mutual. */
export function isDirected(kind: RelationshipKind): boolean {
  return kind === 'dependency';
}

export function relationshipEndsProblem(fromId: string, toId: string): string | null {
  return fromId === toId ? 'A stakeholder cannot have a relationship with itself.' : null;
}

/**
 * The identity of a relationship for the "no duplicates" rule: one relationship of a kind per pair.
 * Mutual kinds ignore the order of the ends; a dependency of A on B differs from one of B on A.
 */
export function relationshipKey(kind: RelationshipKind, fromId: string, toId: string): string {
  const [a, b] = isDirected(kind) || fromId < toId ? [fromId, toId] : [toId, fromId];
  return `${kind}:${a}:${b}`;
}

/** A sentence for tables and screen readers: "Police depends on Ministry", "Police and Youth: tension". */
export function describeRelationship(kind: RelationshipKind, from: string, to: string): string {
  if (isDirected(kind)) return `${from} depends on ${to}`;
  return `${from} and ${to}: ${RELATIONSHIP_KIND_LABELS[kind].toLowerCase()}`;
}

// ---------------------------------------------------------------- prospective participants

/** A prospective participant's path: approached, consulted, invited, taking part — or not. */
export const PROSPECT_STATUSES = ['prospective', 'consulted', 'invited', 'active', 'declined', 'withdrawn'] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

export const PROSPECT_STATUS_LABELS: Record<ProspectStatus, string> = {
  prospective: 'Prospective',
  consulted: 'Consulted',
  invited: 'Invited',
  active: 'Active',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/**
 * Allowed moves. Forward one step at a time (a person is consulted before being invited, and invited
 * before taking part); anyone not yet active may decline; anyone may withdraw (or be withdrawn) before
 * or after taking part. Lesson 11 §1: the steps "are never linear" — a person who declined or withdrew
 * can be approached again, which starts them over as prospective.
 */
export const PROSPECT_TRANSITIONS: Record<ProspectStatus, readonly ProspectStatus[]> = {
  prospective: ['consulted', 'declined', 'withdrawn'],
  consulted: ['invited', 'declined', 'withdrawn'],
  invited: ['active', 'declined', 'withdrawn'],
  active: ['withdrawn'],
  declined: ['prospective'],
  withdrawn: ['prospective'],
};

export function prospectTransitionProblem(from: ProspectStatus, to: ProspectStatus): string | null {
  if (from === to) return `The prospect is already ${PROSPECT_STATUS_LABELS[to].toLowerCase()}.`;
  if (PROSPECT_TRANSITIONS[from].includes(to)) return null;
  const allowed = PROSPECT_TRANSITIONS[from].map((status) => PROSPECT_STATUS_LABELS[status].toLowerCase()).join(', ');
  return `A ${PROSPECT_STATUS_LABELS[from].toLowerCase()} prospect cannot become ${PROSPECT_STATUS_LABELS[to].toLowerCase()}; next can be: ${allowed}.`;
}

/** Logging a consultation with someone not yet consulted moves them on; later statuses stay. */
export function statusAfterConsultation(status: ProspectStatus): ProspectStatus {
  return status === 'prospective' ? 'consulted' : status;
}

/**
 * An invitation to the process sent for a prospect moves them to invited. A prospect already invited may
 * be invited again only when no invitation of theirs is pending (the earlier one expired): one link at a time.
 */
export function prospectInvitationProblem(status: ProspectStatus, hasPendingInvitation: boolean): string | null {
  if (hasPendingInvitation) return 'This prospect already has a pending invitation; revoke it before sending another.';
  return status === 'invited' ? null : prospectTransitionProblem(status, 'invited');
}

/**
 * What the fate of a prospect's invitation does to their status, when they are still invited: accepting
 * makes them active (the forward step above); revoking returns them to where they stood before the invitation.
 */
export const PROSPECT_STATUS_ON_INVITATION = {
  accepted: { from: 'invited', to: 'active' },
  revoked: { from: 'invited', to: 'consulted' },
} as const satisfies Record<string, { from: ProspectStatus; to: ProspectStatus }>;

export const CONSULTATION_CHANNELS = ['meeting', 'phone', 'email', 'other'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];

export const CONSULTATION_CHANNEL_LABELS: Record<ConsultationChannel, string> = {
  meeting: 'Meeting',
  phone: 'Phone',
  email: 'E-mail',
  other: 'Other',
};

/** How interested the person said they are in taking part. */
export const INTEREST_LEVELS = ['high', 'moderate', 'low', 'none'] as const;
export type InterestLevel = (typeof INTEREST_LEVELS)[number];

export const INTEREST_LEVEL_LABELS: Record<InterestLevel, string> = { high: 'High', moderate: 'Moderate', low: 'Low', none: 'None' };

/** The easternmost time zone is UTC+14: a date that is "today" anywhere on earth is not in the future. */
const EARLIEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/** A consultation is logged after it took place: a real calendar date, not later than today anywhere. */
export function consultationDateProblem(date: string, now: Date): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!parsed || parsed.toISOString().slice(0, 10) !== date) return 'Enter a date as YYYY-MM-DD.';
  if (date < '1950-01-01') return 'Enter a date after 1950.';
  const latest = new Date(now.getTime() + EARLIEST_OFFSET_MS).toISOString().slice(0, 10);
  return date > latest ? 'A consultation is logged once it has taken place: the date cannot be in the future.' : null;
}

// ---------------------------------------------------------------- breadth (Lesson 10 §4)

/** Groups of the process for which the register holds no stakeholder yet, in the groups' order. */
export function unmappedGroups(groups: readonly { id: string; name: string }[], stakeholderGroupIds: readonly (string | null)[]): string[] {
  const mapped = new Set(stakeholderGroupIds);
  return groups.filter((group) => !mapped.has(group.id)).map((group) => group.name);
}
