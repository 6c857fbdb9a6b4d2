import { type CharterSectionKey, type CharterVersionStatus } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../../i18n/untyped';

/** A version's status as people read it, keyed by the domain value. */
export const VERSION_STATUS_MESSAGES = untyped(
  defineMessages({
    draft: { id: 'charters.versionStatus.draft', defaultMessage: 'Draft' },
    proposed: { id: 'charters.versionStatus.proposed', defaultMessage: 'Proposed' },
    adopted: { id: 'charters.versionStatus.adopted', defaultMessage: 'Adopted' },
    superseded: { id: 'charters.versionStatus.superseded', defaultMessage: 'Superseded' },
  }),
) satisfies Record<CharterVersionStatus, MessageDescriptor>;

/** The same in lower case, inside a sentence: "Version 2 (adopted)". */
export const VERSION_STATUS_INLINE_MESSAGES = untyped(
  defineMessages({
    draft: { id: 'charters.versionStatusInline.draft', defaultMessage: 'draft' },
    proposed: { id: 'charters.versionStatusInline.proposed', defaultMessage: 'proposed' },
    adopted: { id: 'charters.versionStatusInline.adopted', defaultMessage: 'adopted' },
    superseded: { id: 'charters.versionStatusInline.superseded', defaultMessage: 'superseded' },
  }),
) satisfies Record<CharterVersionStatus, MessageDescriptor>;

export const VERSION_STATUS_TONES: Record<CharterVersionStatus, 'neutral' | 'accent' | 'muted' | 'warning'> = {
  draft: 'muted',
  proposed: 'warning',
  adopted: 'accent',
  superseded: 'neutral',
};

/** The sections of the terms of reference (labels of libs/domain's CHARTER_SECTIONS), keyed by section. */
export const SECTION_MESSAGES = untyped(
  defineMessages({
    goal_mandate: { id: 'charters.section.goal_mandate', defaultMessage: 'Goal and mandate' },
    stakeholder_groups: { id: 'charters.section.stakeholder_groups', defaultMessage: 'Stakeholder groups and representatives' },
    roles: { id: 'charters.section.roles', defaultMessage: 'Roles and responsibilities' },
    changing_participants: { id: 'charters.section.changing_participants', defaultMessage: 'Changing or adding participants' },
    press_media: { id: 'charters.section.press_media', defaultMessage: 'Press and media' },
    observers: { id: 'charters.section.observers', defaultMessage: 'Observers' },
    constituency_reporting: { id: 'charters.section.constituency_reporting', defaultMessage: 'Reporting to constituencies' },
    decision_making: { id: 'charters.section.decision_making', defaultMessage: 'Decision-making' },
    dispute_grievance: { id: 'charters.section.dispute_grievance', defaultMessage: 'Dispute and grievance resolution' },
    conflict_of_interest: { id: 'charters.section.conflict_of_interest', defaultMessage: 'Conflict of interest' },
    documentation: { id: 'charters.section.documentation', defaultMessage: 'Documenting meetings and tracking agreements' },
    review: { id: 'charters.section.review', defaultMessage: 'Reviewing the charter' },
    schedule: { id: 'charters.section.schedule', defaultMessage: 'Schedule of meetings and tasks' },
  }),
) satisfies Record<CharterSectionKey, MessageDescriptor>;

/** The guidance shown under each section in the editor (libs/domain's CHARTER_SECTIONS), keyed by section. */
export const SECTION_GUIDANCE_MESSAGES = untyped(
  defineMessages({
    goal_mandate: {
      id: 'charters.sectionGuidance.goal_mandate',
      defaultMessage: 'What the process seeks to achieve, and how it relates to other initiatives.',
    },
    stakeholder_groups: {
      id: 'charters.sectionGuidance.stakeholder_groups',
      defaultMessage: 'Who represents which group, alternates, gender balance and spread.',
    },
    roles: {
      id: 'charters.sectionGuidance.roles',
      defaultMessage: 'Of participants, the third-party facilitator and the coordinator or secretariat.',
    },
    changing_participants: {
      id: 'charters.sectionGuidance.changing_participants',
      defaultMessage: 'How people join, leave or are replaced.',
    },
    press_media: { id: 'charters.sectionGuidance.press_media', defaultMessage: 'Who may speak to the press, and on what terms.' },
    observers: { id: 'charters.sectionGuidance.observers', defaultMessage: 'Who may observe, and what they may see and say.' },
    constituency_reporting: {
      id: 'charters.sectionGuidance.constituency_reporting',
      defaultMessage: 'How participants report back to those they represent.',
    },
    decision_making: {
      id: 'charters.sectionGuidance.decision_making',
      defaultMessage: 'In the dialogue and within groups: consensus, straw poll, or vote with quorum.',
    },
    dispute_grievance: {
      id: 'charters.sectionGuidance.dispute_grievance',
      defaultMessage: 'How disagreements and complaints are handled.',
    },
    conflict_of_interest: {
      id: 'charters.sectionGuidance.conflict_of_interest',
      defaultMessage: 'What must be declared, and what follows.',
    },
    documentation: {
      id: 'charters.sectionGuidance.documentation',
      defaultMessage: 'Minutes, confidentiality of records, follow-up of agreements.',
    },
    review: { id: 'charters.sectionGuidance.review', defaultMessage: 'When and how the group reviews these rules.' },
    schedule: { id: 'charters.sectionGuidance.schedule', defaultMessage: 'The calendar the group commits to.' },
  }),
) satisfies Record<CharterSectionKey, MessageDescriptor>;

/** Parts of the charter outside its sections, named in the comparison and the merge. */
export const PART_MESSAGES = untyped(
  defineMessages({
    consentStatement: { id: 'charters.part.consentStatement', defaultMessage: 'Consent statement' },
    alternatesMaySign: { id: 'charters.part.alternatesMaySign', defaultMessage: 'Alternates may sign' },
    yes: { id: 'charters.part.yes', defaultMessage: 'Yes' },
    no: { id: 'charters.part.no', defaultMessage: 'No' },
  }),
);
