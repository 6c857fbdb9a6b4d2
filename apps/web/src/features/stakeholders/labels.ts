import type {
  ConsultationChannel,
  ContactKind,
  InterestLevel,
  ProspectStatus,
  Quadrant,
  RelationshipKind,
  StakeholderKind,
  Stance,
} from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../i18n/untyped';

/**
 * The domain's words as the register shows them, one message per domain value, so every language names a
 * stance or a strategy the same way on every screen. The English equals the domain's labels (labels.spec.ts).
 */
export const stanceLabels = untyped(
  defineMessages({
    supportive: { id: 'stakeholders.stance.supportive', defaultMessage: 'Supportive' },
    neutral: { id: 'stakeholders.stance.neutral', defaultMessage: 'Neutral' },
    opposed: { id: 'stakeholders.stance.opposed', defaultMessage: 'Opposed' },
    unknown: { id: 'stakeholders.stance.unknown', defaultMessage: 'Unknown' },
  }),
) satisfies Record<Stance, MessageDescriptor>;

export const kindLabels = untyped(
  defineMessages({
    organisation: { id: 'stakeholders.kind.organisation', defaultMessage: 'Organisation' },
    individual: { id: 'stakeholders.kind.individual', defaultMessage: 'Individual' },
  }),
) satisfies Record<StakeholderKind, MessageDescriptor>;

export const relationshipKindLabels = untyped(
  defineMessages({
    alliance: { id: 'stakeholders.relationshipKind.alliance', defaultMessage: 'Alliance' },
    tension: { id: 'stakeholders.relationshipKind.tension', defaultMessage: 'Tension' },
    conflict: { id: 'stakeholders.relationshipKind.conflict', defaultMessage: 'Conflict' },
    dependency: { id: 'stakeholders.relationshipKind.dependency', defaultMessage: 'Dependency' },
  }),
) satisfies Record<RelationshipKind, MessageDescriptor>;

export const strengthLabels: Record<number, MessageDescriptor> = untyped(
  defineMessages({
    1: { id: 'stakeholders.strength.1', defaultMessage: 'Weak' },
    2: { id: 'stakeholders.strength.2', defaultMessage: 'Moderate' },
    3: { id: 'stakeholders.strength.3', defaultMessage: 'Strong' },
  }),
);

export const contactKindLabels = untyped(
  defineMessages({
    email: { id: 'stakeholders.contactKind.email', defaultMessage: 'E-mail' },
    phone: { id: 'stakeholders.contactKind.phone', defaultMessage: 'Phone' },
    other: { id: 'stakeholders.contactKind.other', defaultMessage: 'Other' },
  }),
) satisfies Record<ContactKind, MessageDescriptor>;

export const quadrantLabels = untyped(
  defineMessages({
    manage_closely: { id: 'stakeholders.quadrant.manage_closely', defaultMessage: 'Manage closely' },
    keep_satisfied: { id: 'stakeholders.quadrant.keep_satisfied', defaultMessage: 'Keep satisfied' },
    keep_informed: { id: 'stakeholders.quadrant.keep_informed', defaultMessage: 'Keep informed' },
    monitor: { id: 'stakeholders.quadrant.monitor', defaultMessage: 'Monitor' },
  }),
) satisfies Record<Quadrant, MessageDescriptor>;

export const prospectStatusLabels = untyped(
  defineMessages({
    prospective: { id: 'stakeholders.prospectStatus.prospective', defaultMessage: 'Prospective' },
    consulted: { id: 'stakeholders.prospectStatus.consulted', defaultMessage: 'Consulted' },
    invited: { id: 'stakeholders.prospectStatus.invited', defaultMessage: 'Invited' },
    active: { id: 'stakeholders.prospectStatus.active', defaultMessage: 'Active' },
    declined: { id: 'stakeholders.prospectStatus.declined', defaultMessage: 'Declined' },
    withdrawn: { id: 'stakeholders.prospectStatus.withdrawn', defaultMessage: 'Withdrawn' },
  }),
) satisfies Record<ProspectStatus, MessageDescriptor>;

export const channelLabels = untyped(
  defineMessages({
    meeting: { id: 'stakeholders.channel.meeting', defaultMessage: 'Meeting' },
    phone: { id: 'stakeholders.channel.phone', defaultMessage: 'Phone' },
    email: { id: 'stakeholders.channel.email', defaultMessage: 'E-mail' },
    other: { id: 'stakeholders.channel.other', defaultMessage: 'Other' },
  }),
) satisfies Record<ConsultationChannel, MessageDescriptor>;

export const interestLevelLabels = untyped(
  defineMessages({
    high: { id: 'stakeholders.interestLevel.high', defaultMessage: 'High' },
    moderate: { id: 'stakeholders.interestLevel.moderate', defaultMessage: 'Moderate' },
    low: { id: 'stakeholders.interestLevel.low', defaultMessage: 'Low' },
    none: { id: 'stakeholders.interestLevel.none', defaultMessage: 'None' },
  }),
) satisfies Record<InterestLevel, MessageDescriptor>;

const sentences = untyped(
  defineMessages({
    relationship: {
      id: 'stakeholders.relationship.sentence',
      defaultMessage:
        '{kind, select, dependency {{from} depends on {to}} alliance {{from} and {to}: alliance} tension {{from} and {to}: tension} conflict {{from} and {to}: conflict} other {{from} and {to}}}',
    },
  }),
);

/** "Police depends on Ministry", "Police and Youth: tension": the domain's describeRelationship, in the reader's language. */
export function describeRelationship(intl: IntlShape, kind: RelationshipKind, from: string, to: string): string {
  return intl.formatMessage(sentences.relationship, { kind, from, to });
}

/** A label inside a sentence ("…, supportive"): lower-cased as the reader's language writes it. */
export function lower(intl: IntlShape, text: string): string {
  return text.toLocaleLowerCase(intl.locale);
}
