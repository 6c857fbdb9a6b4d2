/**
 * Designing the process (Lesson 11 §3): participant selection criteria and diversity targets, the
 * Do-No-Harm self-assessment, the concept note, process invitations and self-declared demographics.
 */
import type { ProcessRole } from './permissions';
import type { WheelArea } from './process';

/* ---------- Self-declared demographics (optional, personal data) ---------- */

export const GENDERS = ['woman', 'man', 'another', 'prefer_not_to_say'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, string> = {
  woman: 'Woman',
  man: 'Man',
  another: 'Another gender',
  prefer_not_to_say: 'Prefer not to say',
};

export const AGE_BANDS = ['under_25', '25_34', '35_49', '50_64', '65_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under_25: 'Under 25',
  '25_34': '25 to 34',
  '35_49': '35 to 49',
  '50_64': '50 to 64',
  '65_plus': '65 or older',
};

export const REGION_MAX = 120;

/** What one person declares about themselves in one process; every field is optional. */
export interface Demographics {
  gender: Gender | null;
  ageBand: AgeBand | null;
  region: string | null;
  /** Coordination Wheel areas the person's organisation works in (Lesson 10), for the breadth measure. */
  wheelAreas: readonly WheelArea[];
}

/** Regions are free text: "Logone " and "logone" are one region. */
export function normaliseRegion(region: string | null | undefined): string | null {
  const trimmed = (region ?? '').trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed.toLocaleLowerCase('en') : null;
}

/* ---------- Selection criteria and diversity targets ---------- */

export const SELECTION_CRITERIA_MAX = 10000;
export const MAX_REGIONS_TARGET = 100;
export const MAX_AGE_BAND_MINIMUM = 1000;

export interface DiversityTargets {
  /** At least this share of active participants who declared a gender are women (0-100), or no target. */
  minWomenPercent: number | null;
  /** Every indispensable stakeholder group has an active participant. */
  everyIndispensableGroup: boolean;
  /** Active participants come from at least this many regions, or no target. */
  minRegions: number | null;
  /** At least this many active participants in an age band (e.g. youth under 25). */
  ageBandMinimums: Partial<Record<AgeBand, number>>;
}

export const NO_TARGETS: DiversityTargets = { minWomenPercent: null, everyIndispensableGroup: true, minRegions: null, ageBandMinimums: {} };

/** Written criteria make the selection defensible when other stakeholders question it (Lesson 11 §3). */
export function criteriaWritten(criteria: string | null | undefined): boolean {
  return (criteria ?? '').trim().length > 0;
}

/** The questions of the "Participant Selection Criteria" box, offered as prompts when writing the criteria. */
export const SELECTION_PROMPTS = [
  'What balance and diversity do you need to consider in the composition of the group, including gender, age, social or geographic considerations?',
  'Which constituency groups are indispensable to the process?',
  'What would motivate those groups to participate or to stay away?',
  'What are the implications for not engaging certain groups?',
  'How does the purpose relate to hardliners and potential spoilers? Are there other ways to engage them outside of the MSP?',
] as const;

/* ---------- Do-No-Harm self-assessment ---------- */

export interface DoNoHarmQuestion {
  key: string;
  title: string;
  question: string;
}

/**
 * "Initiators should consider their own capacity to facilitate the intended process, and assess the
 * possibility of the process affecting the participants or the conflict dynamics negatively" (Lesson 11 §3).
 * The questions follow the Do-No-Harm ideas of dividers and connectors, unintended harm and power.
 */
export const DO_NO_HARM_QUESTIONS: readonly DoNoHarmQuestion[] = [
  {
    key: 'dividers_connectors',
    title: 'Dividers and connectors',
    question:
      'Which dividers (tensions, grievances, exclusion) could the process reinforce, and which connectors (shared interests, institutions, values) can it strengthen?',
  },
  {
    key: 'participant_safety',
    title: 'Safety of participants',
    question:
      'Could taking part put participants, their families or their organisations at risk (reprisals, stigma, surveillance)? How will their identities, attendance and words be protected?',
  },
  {
    key: 'power_imbalances',
    title: 'Power imbalances',
    question:
      'Which imbalances of power (security forces and civil society, men and women, elders and youth, capital and regions) could silence some voices, and how will the design counter them?',
  },
  {
    key: 'conflict_dynamics',
    title: 'Conflict dynamics',
    question: 'How might the process cause unintended negative consequences for the conflict dynamics? How might these effects be prevented or minimised?',
  },
  {
    key: 'exclusion_spoilers',
    title: 'Exclusion and spoilers',
    question: 'Who is left out, and could their exclusion fuel grievances or strengthen spoilers? How will they be engaged outside the process?',
  },
  {
    key: 'resources_messages',
    title: 'Resources and implicit messages',
    question:
      'Could the funding source, venues, allowances or logistics be seen as biased, create competition or send messages that undermine trust?',
  },
  {
    key: 'expectations',
    title: 'Expectations',
    question: 'Could the process raise expectations it cannot meet, and what happens to participants and communities if it stalls?',
  },
  {
    key: 'own_capacity',
    title: 'Our own capacity',
    question: 'Do the initiators have the impartiality, skills, time and resources to facilitate this process safely, and who can help where they fall short?',
  },
];

export const DO_NO_HARM_RATINGS = ['low', 'medium', 'high'] as const;
export type DoNoHarmRating = (typeof DO_NO_HARM_RATINGS)[number];

export const DO_NO_HARM_RATING_LABELS: Record<DoNoHarmRating, string> = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' };

export const MITIGATION_MAX = 4000;

export interface DoNoHarmAnswer {
  rating: DoNoHarmRating;
  mitigation: string;
}

export type DoNoHarmAnswers = Partial<Record<string, DoNoHarmAnswer>>;

export function isDoNoHarmQuestionKey(key: string): boolean {
  return DO_NO_HARM_QUESTIONS.some((question) => question.key === key);
}

/** An answer counts once it has a rating and a mitigation (or a reason none is needed). */
export function unansweredQuestions(answers: DoNoHarmAnswers): DoNoHarmQuestion[] {
  return DO_NO_HARM_QUESTIONS.filter((question) => {
    const answer = answers[question.key];
    return !answer || !(DO_NO_HARM_RATINGS as readonly string[]).includes(answer.rating) || !answer.mitigation.trim();
  });
}

export type DoNoHarmStatus = 'not_started' | 'in_progress' | 'answered' | 'complete';

/** "Done" needs every question answered and a convener's mark; a later change of answers clears the mark. */
export function doNoHarmStatus(answers: DoNoHarmAnswers, completed: boolean): DoNoHarmStatus {
  const open = unansweredQuestions(answers).length;
  if (open === DO_NO_HARM_QUESTIONS.length) return 'not_started';
  if (open > 0) return 'in_progress';
  return completed ? 'complete' : 'answered';
}

/* ---------- Concept note ---------- */

/** Markdown, rendered without raw HTML. */
export const CONCEPT_NOTE_MAX = 20000;

/* ---------- Process invitations ---------- */

/** The roles a person can be invited to a process with (issue 3): "co-convener" is the convener role. */
export const PROCESS_INVITATION_ROLES = ['participant', 'alternate', 'observer', 'facilitator', 'secretariat', 'co_convener'] as const;
export type ProcessInvitationRole = (typeof PROCESS_INVITATION_ROLES)[number];

export const PROCESS_INVITATION_ROLE_LABELS: Record<ProcessInvitationRole, string> = {
  participant: 'Participant',
  alternate: 'Alternate',
  observer: 'Observer',
  facilitator: 'Facilitator',
  secretariat: 'Secretariat',
  co_convener: 'Co-convener',
};

export interface InvitedMembership {
  role: ProcessRole;
  /** Only an alternate stands in for someone. */
  alternateFor: string | null;
  /** Only participants and alternates represent a stakeholder group. */
  stakeholderGroupId: string | null;
}

/** What accepting an invitation makes of the person in the process; the problem in words when it cannot be. */
export function invitedMembership(
  role: ProcessInvitationRole,
  alternateFor: string | null | undefined,
  stakeholderGroupId: string | null | undefined,
): InvitedMembership | { problem: string; field: 'alternateFor' | 'stakeholderGroupId' } {
  const represents = role === 'participant' || role === 'alternate';
  if (role === 'alternate' && !alternateFor) return { problem: 'Choose the participant this alternate stands in for.', field: 'alternateFor' };
  if (role !== 'alternate' && alternateFor) return { problem: 'Only an alternate stands in for another participant.', field: 'alternateFor' };
  if (!represents && stakeholderGroupId) return { problem: 'Only participants and alternates represent a stakeholder group.', field: 'stakeholderGroupId' };
  return {
    role: role === 'co_convener' ? 'convener' : represents ? 'participant' : role,
    alternateFor: role === 'alternate' ? (alternateFor ?? null) : null,
    stakeholderGroupId: represents ? (stakeholderGroupId ?? null) : null,
  };
}

/** The invitation role a stored membership corresponds to, for showing pending invitations. */
export function invitationRoleOf(role: ProcessRole, alternateFor: string | null): ProcessInvitationRole {
  if (role === 'convener') return 'co_convener';
  if (role === 'participant' && alternateFor) return 'alternate';
  return role;
}

/**
 * A participant in their own right: the participant role, not an alternate standing in for someone. These
 * are the people who count for ratification, inclusion and quorum (SQL twin: `activeParticipant()` in
 * apps/api/src/common/db/fragments.ts).
 */
export function isActiveParticipant(member: { role: ProcessRole; alternateFor: string | null }): boolean {
  return member.role === 'participant' && member.alternateFor === null;
}
