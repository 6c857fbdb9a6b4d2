import { defineMessages } from 'react-intl';

/**
 * The words of the charter PDF. The API renders the document in the process's language from the catalogs
 * these messages generate (apps/web/src/i18n/catalogs/<locale>/documents.json), so the app and its
 * documents share one set of translations. Ids are looked up by name on the server: rename with care.
 */
export const charterDocumentMessages = defineMessages({
  title: { id: 'documents.charter.title', defaultMessage: '{process} — Charter version {number}' },
  heading: { id: 'documents.charter.heading', defaultMessage: 'Charter — version {number}' },
  status: {
    id: 'documents.charter.status',
    defaultMessage: 'Status: {status, select, adopted {adopted} superseded {superseded} proposed {proposed} other {draft}}',
  },
  adoptedAt: { id: 'documents.charter.adoptedAt', defaultMessage: 'Adopted: {date}' },
  notAdopted: { id: 'documents.charter.notAdopted', defaultMessage: 'Adopted: not adopted' },
  participants: { id: 'documents.charter.participants', defaultMessage: 'Participants (from the participant list)' },
  noParticipants: { id: 'documents.charter.noParticipants', defaultMessage: 'No active participants yet.' },
  participantsWithheld: {
    id: 'documents.charter.participantsWithheld',
    defaultMessage:
      "{count, plural, one {# active participant} other {# active participants}} (names withheld under the process's confidentiality regime).",
  },
  consentStatement: { id: 'documents.charter.consentStatement', defaultMessage: 'Consent statement' },
  signatures: { id: 'documents.charter.signatures', defaultMessage: 'Signatures' },
  noSignatures: { id: 'documents.charter.noSignatures', defaultMessage: 'No one has signed this version.' },
  columnName: { id: 'documents.charter.columnName', defaultMessage: 'Name' },
  columnGroup: { id: 'documents.charter.columnGroup', defaultMessage: 'Group' },
  columnSignedAt: { id: 'documents.charter.columnSignedAt', defaultMessage: 'Signed at' },
  columnHashMatches: { id: 'documents.charter.columnHashMatches', defaultMessage: 'Hash matches' },
  columnSignatures: { id: 'documents.charter.columnSignatures', defaultMessage: 'Signatures' },
  yes: { id: 'documents.charter.yes', defaultMessage: 'yes' },
  no: { id: 'documents.charter.no', defaultMessage: 'no' },
  namesWithheld: {
    id: 'documents.charter.namesWithheld',
    defaultMessage:
      'Names are withheld: this process runs under a confidentiality regime (Chatham House / off the record), so this record shows only how many people signed for each group and when.',
  },
  signatureCount: {
    id: 'documents.charter.signatureCount',
    defaultMessage: '{count, plural, one {# signature} other {# signatures}}',
  },
  matchingSignatures: {
    id: 'documents.charter.matchingSignatures',
    defaultMessage:
      '{total, plural, one {{matching} of # signature was made on exactly this content (hash matches).} other {{matching} of # signatures were made on exactly this content (hash matches).}}',
  },
  ratification: { id: 'documents.charter.ratification', defaultMessage: 'Ratification' },
  noRule: { id: 'documents.charter.noRule', defaultMessage: 'Not in force: no ratification rule applies to this version.' },
  inForce: { id: 'documents.charter.inForce', defaultMessage: 'In force' },
  notInForce: { id: 'documents.charter.notInForce', defaultMessage: 'Not in force' },
  ratificationCounts: {
    id: 'documents.charter.ratificationCounts',
    defaultMessage: '{signed} of {active, plural, one {# active participant} other {# active participants}} signed; {required} required.',
  },
  stillMissing: { id: 'documents.charter.stillMissing', defaultMessage: 'Still missing:' },
  missingNoParticipants: { id: 'documents.charter.missingNoParticipants', defaultMessage: 'The process has no active participants yet.' },
  missingSignatures: {
    id: 'documents.charter.missingSignatures',
    defaultMessage: '{count, plural, one {# more signature} other {# more signatures}}',
  },
  missingGroup: { id: 'documents.charter.missingGroup', defaultMessage: 'A signature from the indispensable group “{group}”.' },
  auditTrail: { id: 'documents.charter.auditTrail', defaultMessage: 'Audit trail' },
  noEvents: { id: 'documents.charter.noEvents', defaultMessage: 'No events recorded.' },
  columnWhen: { id: 'documents.charter.columnWhen', defaultMessage: 'When' },
  columnEvent: { id: 'documents.charter.columnEvent', defaultMessage: 'Event' },
  columnBy: { id: 'documents.charter.columnBy', defaultMessage: 'By' },
  eventSigned: { id: 'documents.charter.eventSigned', defaultMessage: 'Signed' },
  eventDeclined: { id: 'documents.charter.eventDeclined', defaultMessage: 'Declined to sign' },
  eventDrafted: { id: 'documents.charter.eventDrafted', defaultMessage: 'Version {number} drafted' },
  eventProposed: { id: 'documents.charter.eventProposed', defaultMessage: 'Version {number} proposed' },
  eventWithdrawn: { id: 'documents.charter.eventWithdrawn', defaultMessage: 'Version {number} withdrawn' },
  eventAdopted: { id: 'documents.charter.eventAdopted', defaultMessage: 'Version {number} adopted' },
  eventSuperseded: { id: 'documents.charter.eventSuperseded', defaultMessage: 'Version {number} superseded' },
  eventChanged: { id: 'documents.charter.eventChanged', defaultMessage: 'Version {number} changed' },
  actorSystem: { id: 'documents.charter.actorSystem', defaultMessage: 'system' },
  actorWithheld: { id: 'documents.charter.actorWithheld', defaultMessage: 'name withheld' },
  contentHash: { id: 'documents.charter.contentHash', defaultMessage: 'Content hash' },
  hashNotRecorded: { id: 'documents.charter.hashNotRecorded', defaultMessage: 'not recorded' },
  verify: {
    id: 'documents.charter.verify',
    defaultMessage:
      'To verify: recompute the SHA-256 of this version’s canonical JSON content and compare it with the hash above; the app’s verify endpoint for this charter version does exactly that.',
  },
  generated: { id: 'documents.charter.generated', defaultMessage: 'Generated {date} by Common Ground.' },
  timesIn: { id: 'documents.charter.timesIn', defaultMessage: 'Times are in the process’s time zone, {timeZone}.' },
  footer: { id: 'documents.charter.footer', defaultMessage: '{workspace} — {process} — Charter v{number}' },
  page: { id: 'documents.charter.page', defaultMessage: 'Page {page} of {total}' },
  sectionGoalMandate: { id: 'documents.charter.section.goal_mandate', defaultMessage: 'Goal and mandate' },
  sectionStakeholderGroups: {
    id: 'documents.charter.section.stakeholder_groups',
    defaultMessage: 'Stakeholder groups and representatives',
  },
  sectionRoles: { id: 'documents.charter.section.roles', defaultMessage: 'Roles and responsibilities' },
  sectionChangingParticipants: {
    id: 'documents.charter.section.changing_participants',
    defaultMessage: 'Changing or adding participants',
  },
  sectionPressMedia: { id: 'documents.charter.section.press_media', defaultMessage: 'Press and media' },
  sectionObservers: { id: 'documents.charter.section.observers', defaultMessage: 'Observers' },
  sectionConstituencyReporting: {
    id: 'documents.charter.section.constituency_reporting',
    defaultMessage: 'Reporting to constituencies',
  },
  sectionDecisionMaking: { id: 'documents.charter.section.decision_making', defaultMessage: 'Decision-making' },
  sectionDisputeGrievance: {
    id: 'documents.charter.section.dispute_grievance',
    defaultMessage: 'Dispute and grievance resolution',
  },
  sectionConflictOfInterest: { id: 'documents.charter.section.conflict_of_interest', defaultMessage: 'Conflict of interest' },
  sectionDocumentation: {
    id: 'documents.charter.section.documentation',
    defaultMessage: 'Documenting meetings and tracking agreements',
  },
  sectionReview: { id: 'documents.charter.section.review', defaultMessage: 'Reviewing the charter' },
  sectionSchedule: { id: 'documents.charter.section.schedule', defaultMessage: 'Schedule of meetings and tasks' },
  roleOwner: { id: 'documents.role.owner', defaultMessage: 'Owner' },
  roleAdmin: { id: 'documents.role.admin', defaultMessage: 'Admin' },
  roleMember: { id: 'documents.role.member', defaultMessage: 'Member' },
  roleConvener: { id: 'documents.role.convener', defaultMessage: 'Convener' },
  roleFacilitator: { id: 'documents.role.facilitator', defaultMessage: 'Facilitator' },
  roleSecretariat: { id: 'documents.role.secretariat', defaultMessage: 'Secretariat' },
  roleParticipant: { id: 'documents.role.participant', defaultMessage: 'Participant' },
  roleObserver: { id: 'documents.role.observer', defaultMessage: 'Observer' },
});
