import {
  CONSULTATION_CHANNEL_LABELS,
  CONSULTATION_CHANNELS,
  CONTACT_KIND_LABELS,
  CONTACT_KINDS,
  INTEREST_LEVEL_LABELS,
  INTEREST_LEVELS,
  PROSPECT_STATUS_LABELS,
  PROSPECT_STATUSES,
  RELATIONSHIP_KIND_LABELS,
  RELATIONSHIP_KINDS,
  SCORES,
  STAKEHOLDER_KIND_LABELS,
  STAKEHOLDER_KINDS,
  STANCE_LABELS,
  STANCES,
  STRENGTH_LABELS,
} from '@common-ground/domain';
import type { Option } from '../../../components/fields';

/** The choices of the register's forms and filters, in the domain's order and words. */
const from = <T extends string | number>(values: readonly T[], labels: Record<T, string>): Option[] =>
  values.map((value) => ({ value: String(value), label: labels[value] }));

export const KIND_OPTIONS = from(STAKEHOLDER_KINDS, STAKEHOLDER_KIND_LABELS);
export const STANCE_OPTIONS = from(STANCES, STANCE_LABELS);
export const SCORE_OPTIONS: Option[] = SCORES.map((score) => ({
  value: String(score),
  label: score === 1 ? '1 (lowest)' : score === 5 ? '5 (highest)' : String(score),
}));
export const RELATIONSHIP_OPTIONS = from(RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS);
export const STRENGTH_OPTIONS: Option[] = [1, 2, 3].map((strength) => ({ value: String(strength), label: STRENGTH_LABELS[strength] }));
export const CONTACT_OPTIONS = from(CONTACT_KINDS, CONTACT_KIND_LABELS);
export const PROSPECT_STATUS_OPTIONS = from(PROSPECT_STATUSES, PROSPECT_STATUS_LABELS);
export const CHANNEL_OPTIONS = from(CONSULTATION_CHANNELS, CONSULTATION_CHANNEL_LABELS);
export const INTEREST_LEVEL_OPTIONS = from(INTEREST_LEVELS, INTEREST_LEVEL_LABELS);

export const PERSONAL_DATA_HINT = 'Personal data: only conveners and facilitators of this process see it.';
