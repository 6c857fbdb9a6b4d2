import {
  CONSULTATION_CHANNELS,
  CONTACT_KINDS,
  INTEREST_LEVELS,
  PROSPECT_STATUSES,
  RELATIONSHIP_KINDS,
  SCORES,
  STAKEHOLDER_KINDS,
  STANCES,
} from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import type { Option } from '../../../components/fields';
import {
  channelLabels,
  contactKindLabels,
  interestLevelLabels,
  kindLabels,
  prospectStatusLabels,
  relationshipKindLabels,
  stanceLabels,
  strengthLabels,
} from '../labels';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    lowest: { id: 'stakeholders.score.lowest', defaultMessage: '{score} (lowest)' },
    highest: { id: 'stakeholders.score.highest', defaultMessage: '{score} (highest)' },
    personalData: {
      id: 'stakeholders.personalDataHint',
      defaultMessage: 'Personal data: only conveners and facilitators of this process see it.',
    },
  }),
);

/** The choices of the register's forms and filters, in the domain's order and the reader's words. */
const from = <T extends string | number>(intl: IntlShape, values: readonly T[], labels: Record<T, MessageDescriptor>): Option[] =>
  values.map((value) => {
    const label: MessageDescriptor = labels[value];
    return { value: String(value), label: intl.formatMessage(label) };
  });

export const kindOptions = (intl: IntlShape) => from(intl, STAKEHOLDER_KINDS, kindLabels);
export const stanceOptions = (intl: IntlShape) => from(intl, STANCES, stanceLabels);
export const scoreOptions = (intl: IntlShape): Option[] =>
  SCORES.map((score) => ({
    value: String(score),
    label: score === 1 ? intl.formatMessage(m.lowest, { score }) : score === 5 ? intl.formatMessage(m.highest, { score }) : String(score),
  }));
export const relationshipOptions = (intl: IntlShape) => from(intl, RELATIONSHIP_KINDS, relationshipKindLabels);
export const strengthOptions = (intl: IntlShape) => from(intl, [1, 2, 3], strengthLabels);
export const contactOptions = (intl: IntlShape) => from(intl, CONTACT_KINDS, contactKindLabels);
export const prospectStatusOptions = (intl: IntlShape) => from(intl, PROSPECT_STATUSES, prospectStatusLabels);
export const channelOptions = (intl: IntlShape) => from(intl, CONSULTATION_CHANNELS, channelLabels);
export const interestLevelOptions = (intl: IntlShape) => from(intl, INTEREST_LEVELS, interestLevelLabels);

export const personalDataHint = (intl: IntlShape) => intl.formatMessage(m.personalData);
