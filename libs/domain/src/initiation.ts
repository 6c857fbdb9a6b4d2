/**
 * Deciding to use a multi-stakeholder process and initiating it (Lesson 11 §1-2): the key questions for
 * initiators and for potential participants, the convener / host arrangement, the core group's
 * Memorandum of Understanding, facilitation resources and the reality check (cost estimate and funding).
 */
import { fromHundredths, isAboveZero, toHundredths } from './money';

export interface KeyQuestion<Id extends string = string> {
  id: Id;
  question: string;
  /** What to weigh when answering, in the seed's words. */
  help: string;
}

/** "Key questions for initiators" (Lesson 11 §1), each answered with a risk rating. */
export const INITIATOR_KEY_QUESTIONS = [
  {
    id: 'necessity',
    question: 'Is a multi-stakeholder approach necessary?',
    help: 'Or would other approaches, such as advocacy and lobbying strategies, be less risky and equally (or possibly more) effective?',
  },
  {
    id: 'influence',
    question: 'Are there good reasons to believe stakeholders of substantial influence will join in a collective approach?',
    help: 'It helps to identify counterparts in other agencies that can champion the idea: a local UN agency or other international or multilateral organisation, a regional organisation, a government department or mechanism, other key CSOs.',
  },
  {
    id: 'manageability',
    question: 'What factors could make the process unmanageable and ultimately unproductive?',
    help: 'Could they be mitigated? Bear in mind the opportunities, timing, resources, competencies and support structures available for the task ahead.',
  },
  {
    id: 'funding',
    question: 'Is sufficient funding available to sustain the process?',
    help: 'Do people view the funding source as biased, neutral, with or without an agenda? Will the resources still be available once the process has taken off (for example to implement planned joint activities)? If not, are there fundraising capacities or connections within the group?',
  },
  {
    id: 'unintended_harm',
    question: 'How might the MSP cause unintended negative consequences, especially with respect to conflict dynamics?',
    help: 'How might these effects be prevented or minimised?',
  },
] as const satisfies readonly KeyQuestion[];
export type InitiatorQuestionId = (typeof INITIATOR_KEY_QUESTIONS)[number]['id'];

/** "Key questions for potential participants" (Lesson 11 §1), answered by each invited organisation for itself. */
export const PARTICIPANT_KEY_QUESTIONS = [
  {
    id: 'interests',
    question: 'How might the multi-stakeholder process meet your organisational interests and goals?',
    help: 'Be clear on your own position, and on what the parameters and non-negotiables are for your organisation.',
  },
  {
    id: 'institutional_support',
    question: 'Does the process have institutional support from your organisation?',
    help: 'Bear in mind the opportunities, timing, resources, competencies and support structures available for the task ahead.',
  },
  {
    id: 'exit_strategy',
    question: 'What will be your exit strategy?',
    help: 'When will your organisation consider the MSP to have fulfilled its objectives, and when will it be seen to be underperforming or failing? What does it mean for your participation?',
  },
  {
    id: 'personal_needs',
    question: 'Does the process encompass the personal needs of the individuals directly involved?',
    help: 'Take into account personal capacities, skill development, support and encouragement.',
  },
  {
    id: 'benefits',
    question: 'What are the benefits of joining, as compared to an alternative outsider strategy?',
    help: 'An outsider strategy works on the issue from outside the process, for example through advocacy and lobbying.',
  },
] as const satisfies readonly KeyQuestion[];
export type ParticipantQuestionId = (typeof PARTICIPANT_KEY_QUESTIONS)[number]['id'];

export const INITIATOR_QUESTION_IDS = INITIATOR_KEY_QUESTIONS.map((question) => question.id);
export const PARTICIPANT_QUESTION_IDS = PARTICIPANT_KEY_QUESTIONS.map((question) => question.id);

export const KEY_QUESTION_NOTES_MAX = 4000;

/** A problem with one field of an input, for the API to report next to that field. */
export interface FieldProblem {
  field: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------------
// Initiator key questions and their risk

/** Ordered from least to most worrying; "not assessed" is below every rating. */
export const RISK_RATINGS = ['not_assessed', 'low', 'medium', 'high'] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

export const RISK_LABELS: Record<RiskRating, string> = {
  not_assessed: 'Not assessed',
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
};

export interface KeyQuestionAnswer {
  questionId: InitiatorQuestionId;
  risk: RiskRating;
  notes: string;
}

/** Each question answered at most once, and only questions of the list. */
function answersProblem(ids: readonly string[], known: readonly string[]): FieldProblem | null {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (!known.includes(id)) return { field: `answers.${String(index)}.questionId`, message: `must be one of ${known.join(', ')}` };
    if (seen.has(id)) return { field: `answers.${String(index)}.questionId`, message: 'Each question is answered once.' };
    seen.add(id);
  }
  return null;
}

export function keyQuestionAnswersProblem(answers: readonly { questionId: string }[]): FieldProblem | null {
  return answersProblem(
    answers.map((answer) => answer.questionId),
    INITIATOR_QUESTION_IDS,
  );
}

/** One answer per question, in the seed's order; questions not answered yet are "not assessed". */
export function completeKeyQuestionAnswers(answers: readonly KeyQuestionAnswer[]): KeyQuestionAnswer[] {
  return INITIATOR_QUESTION_IDS.map(
    (questionId) => answers.find((answer) => answer.questionId === questionId) ?? { questionId, risk: 'not_assessed', notes: '' },
  );
}

export interface RiskSummary {
  /** The highest rating given; "not_assessed" when no question is rated. */
  highest: RiskRating;
  /** Questions with a rating. */
  assessed: number;
  total: number;
}

export function riskSummary(answers: readonly KeyQuestionAnswer[]): RiskSummary {
  const complete = completeKeyQuestionAnswers(answers);
  const highest = complete.reduce<RiskRating>(
    (worst, answer) => (RISK_RATINGS.indexOf(answer.risk) > RISK_RATINGS.indexOf(worst) ? answer.risk : worst),
    'not_assessed',
  );
  return { highest, assessed: complete.filter((answer) => answer.risk !== 'not_assessed').length, total: complete.length };
}

// ---------------------------------------------------------------------------------------------------
// Initiator, convener, host

/**
 * "The convener is the official face of the process"; partners can "co-host meetings and … rotate the
 * host function among different agencies, to appeal to different groups" (Lesson 11 §2).
 */
export const HOSTING_MODELS = ['single_host', 'co_hosts', 'rotation'] as const;
export type HostingModel = (typeof HOSTING_MODELS)[number];

export const HOSTING_MODEL_LABELS: Record<HostingModel, string> = {
  single_host: 'Single host',
  co_hosts: 'Co-hosts',
  rotation: 'Rotating host',
};

export const HOSTS_MAX = 20;
export const HOST_NAME_MAX = 200;

/** A single host is one organisation; co-hosting and rotation need at least two. */
export function hostingProblem(model: HostingModel, hosts: readonly string[]): FieldProblem | null {
  const distinct = new Set(hosts.map((host) => host.trim().toLowerCase()));
  if (distinct.size !== hosts.length) return { field: 'hosts', message: 'Name each host once.' };
  if (model === 'single_host' && hosts.length !== 1)
    return { field: 'hosts', message: 'A single host arrangement names exactly one host.' };
  if (model !== 'single_host' && hosts.length < 2) {
    return { field: 'hosts', message: `${HOSTING_MODEL_LABELS[model]} needs at least two hosts.` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Core group and its Memorandum of Understanding

export const MOU_STATUSES = ['draft', 'agreed'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

export const MOU_STATUS_LABELS: Record<MouStatus, string> = { draft: 'Draft', agreed: 'Agreed' };

export const MOU_PARTIES_MAX = 30;
export const MOU_TEXT_MAX = 20000;

/** An agreed MoU is dated and binds at least two partners; a draft carries no agreement date. */
export function mouProblem(status: MouStatus, agreedOn: string | null, parties: readonly string[]): FieldProblem | null {
  const distinct = new Set(parties.map((party) => party.trim().toLowerCase()));
  if (distinct.size !== parties.length) return { field: 'parties', message: 'Name each party once.' };
  if (status === 'draft') return agreedOn ? { field: 'agreedOn', message: 'A draft has no agreement date; mark it agreed first.' } : null;
  if (!agreedOn) return { field: 'agreedOn', message: 'Give the date the partners agreed the memorandum.' };
  if (parties.length < 2) return { field: 'parties', message: 'An agreed memorandum names at least two parties.' };
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Facilitation resources

export const FACILITATION_RESOURCE_KINDS = ['facilitator', 'facilitation_team', 'venue', 'interpreter', 'training', 'other'] as const;
export type FacilitationResourceKind = (typeof FACILITATION_RESOURCE_KINDS)[number];

export const FACILITATION_RESOURCE_LABELS: Record<FacilitationResourceKind, string> = {
  facilitator: 'Facilitator',
  facilitation_team: 'Facilitation team',
  venue: 'Venue',
  interpreter: 'Interpreter',
  training: 'Facilitation training',
  other: 'Other',
};

// ---------------------------------------------------------------------------------------------------
// Reality check: cost estimate and funding

export const FUNDING_STATUSES = ['secured', 'pledged'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export const FUNDING_STATUS_LABELS: Record<FundingStatus, string> = { secured: 'Secured', pledged: 'Pledged' };

export interface CostLine {
  amount: string;
  currency: string;
}

export interface FundingSource {
  amount: string;
  currency: string;
  status: FundingStatus;
}

/** The funding position in one currency; amounts are decimal strings with two decimals. */
export interface FundingPosition {
  currency: string;
  estimate: string;
  secured: string;
  pledged: string;
  /** Estimate minus secured funds: what is still missing for certain. Negative is a surplus. */
  gapAfterSecured: string;
  /** Estimate minus secured and pledged funds: what is missing even if every pledge is honoured. */
  gapAfterPledged: string;
}

/**
 * Totals and gaps per currency, in alphabetical order of the currency. Currencies are never converted:
 * a rate would be a guess, and a budget in two currencies has two gaps.
 */
export function fundingPositions(costLines: readonly CostLine[], funding: readonly FundingSource[]): FundingPosition[] {
  const totals = new Map<string, { estimate: bigint; secured: bigint; pledged: bigint }>();
  const totalsOf = (currency: string) => {
    let entry = totals.get(currency);
    if (!entry) {
      entry = { estimate: 0n, secured: 0n, pledged: 0n };
      totals.set(currency, entry);
    }
    return entry;
  };
  for (const line of costLines) totalsOf(line.currency).estimate += toHundredths(line.amount);
  for (const source of funding) totalsOf(source.currency)[source.status] += toHundredths(source.amount);
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { estimate, secured, pledged }]) => ({
      currency,
      estimate: fromHundredths(estimate),
      secured: fromHundredths(secured),
      pledged: fromHundredths(pledged),
      gapAfterSecured: fromHundredths(estimate - secured),
      gapAfterPledged: fromHundredths(estimate - secured - pledged),
    }));
}

/**
 * The reality check in one word: nothing estimated yet; covered by secured funds; covered only if the
 * pledges are honoured; or short even then (in at least one currency).
 */
export const FUNDING_OUTLOOKS = ['no_estimate', 'covered', 'relies_on_pledges', 'short'] as const;
export type FundingOutlook = (typeof FUNDING_OUTLOOKS)[number];

export const FUNDING_OUTLOOK_LABELS: Record<FundingOutlook, string> = {
  no_estimate: 'No cost estimate yet',
  covered: 'Covered by secured funds',
  relies_on_pledges: 'Covered only if pledges are honoured',
  short: 'Funding gap',
};

export function fundingOutlook(positions: readonly FundingPosition[]): FundingOutlook {
  const estimated = positions.filter((position) => toHundredths(position.estimate) > 0n);
  if (estimated.length === 0) return 'no_estimate';
  if (positions.some((position) => isAboveZero(position.gapAfterPledged))) return 'short';
  if (positions.some((position) => isAboveZero(position.gapAfterSecured))) return 'relies_on_pledges';
  return 'covered';
}

// ---------------------------------------------------------------------------------------------------
// The participant-side checklist, one per stakeholder group

/** Where the organisation stands after weighing the questions. */
export const PARTICIPATION_STANCES = ['undecided', 'join', 'join_with_conditions', 'not_join'] as const;
export type ParticipationStance = (typeof PARTICIPATION_STANCES)[number];

export const PARTICIPATION_STANCE_LABELS: Record<ParticipationStance, string> = {
  undecided: 'Undecided',
  join: 'We intend to join',
  join_with_conditions: 'We would join on conditions',
  not_join: 'We do not intend to join',
};

export interface ChecklistAnswer {
  questionId: ParticipantQuestionId;
  notes: string;
}

export function checklistAnswersProblem(answers: readonly { questionId: string }[]): FieldProblem | null {
  return answersProblem(
    answers.map((answer) => answer.questionId),
    PARTICIPANT_QUESTION_IDS,
  );
}

/** One answer per question, in the seed's order, blank where the group has written nothing. */
export function completeChecklistAnswers(answers: readonly ChecklistAnswer[]): ChecklistAnswer[] {
  return PARTICIPANT_QUESTION_IDS.map(
    (questionId) => answers.find((answer) => answer.questionId === questionId) ?? { questionId, notes: '' },
  );
}

/** Questions the group has written an answer to. */
export function checklistAnswered(answers: readonly ChecklistAnswer[]): number {
  return answers.filter((answer) => answer.notes.trim() !== '').length;
}
