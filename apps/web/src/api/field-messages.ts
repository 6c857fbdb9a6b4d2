import { type InputErrorReason, PASSWORD_WEAKNESSES, type PasswordWeakness, type ValidationErrorCode } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import { untyped } from '../i18n/untyped';

/**
 * One sentence per field-error `code` of the API's validation layer (libs/domain's VALIDATION_ERROR_CODES: the
 * class-validator constraint that refused the field, or one of ours), said with the error's `params`
 * (`isLength` → `{ min, max }`). English screens keep the API's own sentence, which names the field.
 */
export const VALIDATION_MESSAGES: Readonly<Record<ValidationErrorCode, MessageDescriptor>> = untyped(
  defineMessages({
    isString: { id: 'errors.field.isString', defaultMessage: 'Enter text.' },
    isInt: { id: 'errors.field.isInt', defaultMessage: 'Enter a whole number.' },
    isNumber: { id: 'errors.field.isNumber', defaultMessage: 'Enter a number.' },
    isBoolean: { id: 'errors.field.isBoolean', defaultMessage: 'Choose yes or no.' },
    isArray: { id: 'errors.field.isArray', defaultMessage: 'This must be a list.' },
    isIn: { id: 'errors.field.isIn', defaultMessage: 'Choose one of the values offered.' },
    isEmail: { id: 'errors.field.isEmail', defaultMessage: 'Enter a valid e-mail address.' },
    isUuid: { id: 'errors.field.isUuid', defaultMessage: 'This reference is not valid.' },
    isDefined: { id: 'errors.field.isDefined', defaultMessage: 'This is required.' },
    isLength: {
      id: 'errors.field.isLength',
      defaultMessage: 'Use {min, plural, =0 {at most {max, number}} other {{min, number} to {max, number}}} characters.',
    },
    minLength: {
      id: 'errors.field.minLength',
      defaultMessage: 'Use at least {min, plural, one {# character} other {# characters}}.',
    },
    maxLength: {
      id: 'errors.field.maxLength',
      defaultMessage: 'Use at most {max, plural, one {# character} other {# characters}}.',
    },
    min: { id: 'errors.field.min', defaultMessage: 'Enter {min, number} or more.' },
    max: { id: 'errors.field.max', defaultMessage: 'Enter {max, number} or less.' },
    arrayMaxSize: {
      id: 'errors.field.arrayMaxSize',
      defaultMessage: 'Choose at most {max, plural, one {# item} other {# items}}.',
    },
    arrayMinSize: {
      id: 'errors.field.arrayMinSize',
      defaultMessage: 'Choose at least {min, plural, one {# item} other {# items}}.',
    },
    arrayUnique: { id: 'errors.field.arrayUnique', defaultMessage: 'Each item may appear only once.' },
    matches: { id: 'errors.field.matches', defaultMessage: 'This is not in the expected format.' },
    isIso8601: { id: 'errors.field.isIso8601', defaultMessage: 'Enter a valid date and time.' },
    isCalendarDate: { id: 'errors.field.isCalendarDate', defaultMessage: 'Enter a valid date.' },
    isAmount: { id: 'errors.field.isAmount', defaultMessage: 'Enter a valid amount.' },
    isCurrencyCode: { id: 'errors.field.isCurrencyCode', defaultMessage: 'Choose a known currency.' },
    timezone: { id: 'errors.field.timezone', defaultMessage: 'Choose a known time zone.' },
    nestedValidation: { id: 'errors.field.nestedValidation', defaultMessage: 'Some of the entries are not valid.' },
    whitelistValidation: { id: 'errors.field.whitelistValidation', defaultMessage: 'This field is not expected here.' },
    unknownValue: { id: 'errors.field.unknownValue', defaultMessage: 'This value is not expected here.' },
    isObject: { id: 'errors.field.isObject', defaultMessage: 'This must be a set of named values, not a list or a single value.' },
    notNullable: { id: 'errors.field.notNullable', defaultMessage: 'This cannot be left empty.' },
    integerRange: {
      id: 'errors.field.integerRange',
      defaultMessage: 'Enter a whole number from {min, number} to {max, number}.',
    },
    unsafeString: { id: 'errors.field.unsafeString', defaultMessage: 'This contains characters that cannot be stored.' },
    tooDeep: { id: 'errors.field.tooDeep', defaultMessage: 'This is nested too deeply.' },
  }),
);

/** The numeric params each message needs: without them (an older API), the general sentence is shown. */
export const VALIDATION_PARAMS: Readonly<Partial<Record<ValidationErrorCode, readonly string[]>>> = {
  isLength: ['min', 'max'],
  minLength: ['min'],
  maxLength: ['max'],
  min: ['min'],
  max: ['max'],
  arrayMaxSize: ['max'],
  arrayMinSize: ['min'],
  integerRange: ['min', 'max'],
};

/** Why a password is refused (libs/domain's PASSWORD_WEAKNESSES), for the sign-up form and the API's WEAK_PASSWORD. */
export const PASSWORD_MESSAGES: Readonly<Record<PasswordWeakness, MessageDescriptor>> = untyped(
  defineMessages({
    tooShort: { id: 'errors.password.tooShort', defaultMessage: 'Use at least {min} characters.' },
    tooLong: { id: 'errors.password.tooLong', defaultMessage: 'Use at most {max} characters.' },
    tooFewCharacters: { id: 'errors.password.tooFewCharacters', defaultMessage: 'Use more than three different characters.' },
    tooCommon: { id: 'errors.password.tooCommon', defaultMessage: 'This password is too common.' },
    containsEmail: { id: 'errors.password.containsEmail', defaultMessage: 'Do not use your e-mail address in the password.' },
  }),
);

export const isPasswordWeakness = (value: unknown): value is PasswordWeakness =>
  typeof value === 'string' && (PASSWORD_WEAKNESSES as readonly string[]).includes(value);

/** One sentence per reason a DomainError of INVALID_INPUT gives (libs/domain's INPUT_ERROR_REASONS), with its params. */
export const INPUT_REASON_MESSAGES: Readonly<Record<InputErrorReason, MessageDescriptor>> = untyped(
  defineMessages({
    actionDependsOnItself: { id: 'errors.reason.actionDependsOnItself', defaultMessage: 'An action cannot depend on itself.' },
    actionDependencyUnknown: {
      id: 'errors.reason.actionDependencyUnknown',
      defaultMessage: 'An action can depend only on other actions of this process.',
    },
    actionDependencyCycle: {
      id: 'errors.reason.actionDependencyCycle',
      defaultMessage: 'These dependencies would make actions wait for each other in a circle.',
    },
    actionDueBeforeStart: { id: 'errors.reason.actionDueBeforeStart', defaultMessage: 'The due date cannot be before the start date.' },
    actionDropReasonRequired: { id: 'errors.reason.actionDropReasonRequired', defaultMessage: 'Say why the action is dropped.' },
    actionOwnerRequired: { id: 'errors.reason.actionOwnerRequired', defaultMessage: 'Every action of an approved plan has an owner.' },
    actionDueDateRequired: {
      id: 'errors.reason.actionDueDateRequired',
      defaultMessage: 'Every action of an approved plan has a due date.',
    },
    actionOwnerUnknown: {
      id: 'errors.reason.actionOwnerUnknown',
      defaultMessage: 'The owner must be a person, a stakeholder group or a working group of this process.',
    },
    planActionsFull: {
      id: 'errors.reason.planActionsFull',
      defaultMessage: 'A plan holds at most {max, number} actions; start another plan for another goal.',
    },
    planMilestonesFull: { id: 'errors.reason.planMilestonesFull', defaultMessage: 'A plan holds at most {max, number} milestones.' },
    milestoneValuesFull: { id: 'errors.reason.milestoneValuesFull', defaultMessage: 'A milestone keeps at most {max, number} values.' },
    milestoneActionOtherPlan: {
      id: 'errors.reason.milestoneActionOtherPlan',
      defaultMessage: 'A milestone can be linked only to an action of its own plan.',
    },
    milestoneTargetBelowBaseline: {
      id: 'errors.reason.milestoneTargetBelowBaseline',
      defaultMessage: 'For an indicator that should increase, the target cannot be below the baseline.',
    },
    milestoneTargetAboveBaseline: {
      id: 'errors.reason.milestoneTargetAboveBaseline',
      defaultMessage: 'For an indicator that should decrease, the target cannot be above the baseline.',
    },
    dateInFuture: { id: 'errors.reason.dateInFuture', defaultMessage: 'The date cannot be in the future.' },
    actionCostLinesFull: { id: 'errors.reason.actionCostLinesFull', defaultMessage: 'An action holds at most {max, number} cost lines.' },
    amountInvalid: { id: 'errors.reason.amountInvalid', defaultMessage: 'Enter an amount such as 1250.50.' },
    currencyUnknown: { id: 'errors.reason.currencyUnknown', defaultMessage: 'Choose a known currency.' },
    currencyWholeAmount: {
      id: 'errors.reason.currencyWholeAmount',
      defaultMessage: '{currency} has no smaller unit: write a whole amount.',
    },
    progressEmpty: {
      id: 'errors.reason.progressEmpty',
      defaultMessage: 'Say what progress was made, or give a percentage or an indicator value.',
    },
    progressLinksFull: { id: 'errors.reason.progressLinksFull', defaultMessage: 'Link at most {max, number} documents.' },
    progressLinkInvalid: {
      id: 'errors.reason.progressLinkInvalid',
      defaultMessage: '“{link}” is not a web address starting with http:// or https://.',
    },
    progressMilestoneRequired: {
      id: 'errors.reason.progressMilestoneRequired',
      defaultMessage: 'Say which milestone the indicator value is for.',
    },
    progressIndicatorValueRequired: {
      id: 'errors.reason.progressIndicatorValueRequired',
      defaultMessage: 'Give the indicator’s value for the milestone.',
    },
    progressMilestoneNotLinked: {
      id: 'errors.reason.progressMilestoneNotLinked',
      defaultMessage: 'The indicator value must be for a milestone linked to this action.',
    },
    reportBackScheduleMissing: {
      id: 'errors.reason.reportBackScheduleMissing',
      defaultMessage: 'Record first to whom this participant reports and how often (the accountability map on the Agreements tab).',
    },
    groupNameTaken: { id: 'errors.reason.groupNameTaken', defaultMessage: 'The process already has a group with this name.' },
    workingGroupLeadUnknown: { id: 'errors.reason.workingGroupLeadUnknown', defaultMessage: 'The lead must be a person of the process.' },
    workingGroupMemberUnknown: {
      id: 'errors.reason.workingGroupMemberUnknown',
      defaultMessage: 'Every member must be a person of the process.',
    },
    ratificationShareTooHigh: {
      id: 'errors.reason.ratificationShareTooHigh',
      defaultMessage: 'The share cannot be more than all active participants.',
    },
    twoFactorProofRequired: {
      id: 'errors.reason.twoFactorProofRequired',
      defaultMessage: 'Type a code from your app, a recovery code or your password.',
    },
    alternateNotParticipant: {
      id: 'errors.reason.alternateNotParticipant',
      defaultMessage: 'An alternate stands in for a participant of the process who is not an alternate.',
    },
    alternateInvalid: { id: 'errors.reason.alternateInvalid', defaultMessage: 'This person cannot be an alternate here.' },
    fieldEmpty: { id: 'errors.reason.fieldEmpty', defaultMessage: 'This cannot be empty; leave it out to keep it.' },
    relationshipToItself: {
      id: 'errors.reason.relationshipToItself',
      defaultMessage: 'A stakeholder cannot have a relationship with itself.',
    },
    stakeholderUnknown: { id: 'errors.reason.stakeholderUnknown', defaultMessage: 'Choose a stakeholder of this process.' },
    stakeholderGroupUnknown: { id: 'errors.reason.stakeholderGroupUnknown', defaultMessage: 'Choose a stakeholder group of this process.' },
    prospectUnknown: { id: 'errors.reason.prospectUnknown', defaultMessage: 'Choose a prospective participant of this process.' },
    consultationDateInvalid: { id: 'errors.reason.consultationDateInvalid', defaultMessage: 'This date is not valid for a consultation.' },
    visionExists: { id: 'errors.reason.visionExists', defaultMessage: 'This perspective already has a vision; edit it instead.' },
    jointVisionExists: {
      id: 'errors.reason.jointVisionExists',
      defaultMessage: 'The process already has a joint vision; edit it instead.',
    },
    jointVisionHasNoPerspective: {
      id: 'errors.reason.jointVisionHasNoPerspective',
      defaultMessage: 'The joint vision belongs to no single perspective.',
    },
    perspectiveRequired: {
      id: 'errors.reason.perspectiveRequired',
      defaultMessage: 'Choose a stakeholder group or name the perspective (one of the two).',
    },
    rulesNotProposed: {
      id: 'errors.reason.rulesNotProposed',
      defaultMessage: 'Only proposed rules of this process can be adopted; some of these are not (any more).',
    },
    ruleRetired: { id: 'errors.reason.ruleRetired', defaultMessage: 'A retired rule cannot be amended; propose a new one.' },
    grievanceDeadlinesInverted: {
      id: 'errors.reason.grievanceDeadlinesInverted',
      defaultMessage: 'The deadlines are in the wrong order: a reply cannot come after the later step’s deadline.',
    },
    cursorInvalid: { id: 'errors.reason.cursorInvalid', defaultMessage: 'This page cursor is not valid; start from the first page.' },
    sameEmail: { id: 'errors.reason.sameEmail', defaultMessage: 'This is already your e-mail address.' },
    wrongPassword: { id: 'errors.reason.wrongPassword', defaultMessage: 'This is not your current password.' },
    currentSession: { id: 'errors.reason.currentSession', defaultMessage: 'This is the session you are using: sign out instead.' },
    notUuid: { id: 'errors.reason.notUuid', defaultMessage: 'This reference is not valid.' },
    answersInvalid: { id: 'errors.reason.answersInvalid', defaultMessage: 'Some answers are not valid.' },
    hostingInvalid: { id: 'errors.reason.hostingInvalid', defaultMessage: 'The hosting arrangement is not complete or not valid.' },
    mouInvalid: { id: 'errors.reason.mouInvalid', defaultMessage: 'The memorandum of understanding is not complete or not valid.' },
    invitationMembershipInvalid: {
      id: 'errors.reason.invitationMembershipInvalid',
      defaultMessage: 'This role or group does not fit this invitation.',
    },
    notificationKindUnknown: { id: 'errors.reason.notificationKindUnknown', defaultMessage: 'There is no such kind of notification.' },
    notificationDeliveryNotAllowed: {
      id: 'errors.reason.notificationDeliveryNotAllowed',
      defaultMessage: 'This kind of notification cannot be delivered that way.',
    },
    meetingEndsBeforeStart: {
      id: 'errors.reason.meetingEndsBeforeStart',
      defaultMessage: 'A meeting must end after it starts.',
    },
    meetingTooLong: {
      id: 'errors.reason.meetingTooLong',
      defaultMessage: 'A meeting lasts at most a week; plan a series of meetings instead.',
    },
    meetingCancelled: {
      id: 'errors.reason.meetingCancelled',
      defaultMessage: 'This meeting is cancelled.',
    },
    agendaTooDeep: {
      id: 'errors.reason.agendaTooDeep',
      defaultMessage: 'An agenda has at most three levels: items, sub-items and their points.',
    },
    agendaTooLong: {
      id: 'errors.reason.agendaTooLong',
      defaultMessage: 'An agenda has at most 100 items.',
    },
    agendaItemUntitled: {
      id: 'errors.reason.agendaItemUntitled',
      defaultMessage: 'Give every agenda item a title.',
    },
    agendaItemMinutes: {
      id: 'errors.reason.agendaItemMinutes',
      defaultMessage: 'Give each agenda item a whole number of minutes, up to a day.',
    },
    agendaOwnerUnknown: {
      id: 'errors.reason.agendaOwnerUnknown',
      defaultMessage: 'An agenda item is led by someone taking part in the process.',
    },
    agendaItemUnknown: {
      id: 'errors.reason.agendaItemUnknown',
      defaultMessage: 'No such item on this meeting’s agenda.',
    },
    modeLooserThanRegime: {
      id: 'errors.reason.modeLooserThanRegime',
      defaultMessage: 'A meeting cannot be less confidential than the process’s regime.',
    },
    modeLooserThanBefore: {
      id: 'errors.reason.modeLooserThanBefore',
      defaultMessage: 'A meeting’s confidentiality can only be made stricter, never looser.',
    },
    inviteeUnknown: {
      id: 'errors.reason.inviteeUnknown',
      defaultMessage: 'Only people taking part in the process can be invited.',
    },
    invitationsFull: {
      id: 'errors.reason.invitationsFull',
      defaultMessage: 'A meeting has at most {max, number} invitees.',
    },
    notInvited: {
      id: 'errors.reason.notInvited',
      defaultMessage: 'You are not invited to this meeting.',
    },
    alternateOnlyWhenAbsent: {
      id: 'errors.reason.alternateOnlyWhenAbsent',
      defaultMessage: 'An alternate attends only in place of someone who cannot come.',
    },
    alternateIsInvitee: {
      id: 'errors.reason.alternateIsInvitee',
      defaultMessage: 'This person is already invited in their own right.',
    },
    attendeeNotInvited: {
      id: 'errors.reason.attendeeNotInvited',
      defaultMessage: 'Only invitees and their announced alternates attend.',
    },
    attendanceWindowClosed: {
      id: 'errors.reason.attendanceWindowClosed',
      defaultMessage: 'Attendance is recorded from half an hour before the meeting until two hours after.',
    },
    attendanceCodeWrong: {
      id: 'errors.reason.attendanceCodeWrong',
      defaultMessage: 'This is not the code of this meeting.',
    },
    minutesNotEditable: {
      id: 'errors.reason.minutesNotEditable',
      defaultMessage: 'These minutes are no longer a draft.',
    },
    minutesStateInvalid: {
      id: 'errors.reason.minutesStateInvalid',
      defaultMessage: 'The minutes are not at the step this needs.',
    },
    minutesKeepNoStatements: {
      id: 'errors.reason.minutesKeepNoStatements',
      defaultMessage: 'Off the record, the minutes keep attendance and action points only.',
    },
    minutesFull: {
      id: 'errors.reason.minutesFull',
      defaultMessage: 'Minutes hold at most {max, number} statements.',
    },
    speakerNotNamedHere: {
      id: 'errors.reason.speakerNotNamedHere',
      defaultMessage: 'Under this meeting’s mode the minutes name no speaker; a speaker may ask to be quoted.',
    },
    notAttendee: {
      id: 'errors.reason.notAttendee',
      defaultMessage: 'Only those who attended can do this.',
    },
    quoteOnlyUnderChathamHouse: {
      id: 'errors.reason.quoteOnlyUnderChathamHouse',
      defaultMessage: 'Only under the Chatham House Rule does a speaker choose to be quoted.',
    },
    linkedDocumentUnknown: {
      id: 'errors.reason.linkedDocumentUnknown',
      defaultMessage: 'This document is not part of the process.',
    },
    statementAlreadyQuoted: {
      id: 'errors.reason.statementAlreadyQuoted',
      defaultMessage: 'Someone is already named for this statement.',
    },
    decisionClosesBeforeOpens: {
      id: 'errors.reason.decisionClosesBeforeOpens',
      defaultMessage: 'The decision must close after it opens.',
    },
    decisionTimeOutOfRange: {
      id: 'errors.reason.decisionTimeOutOfRange',
      defaultMessage: 'Choose a time within ten years from now.',
    },
    decisionSecretBallotNotAllowed: {
      id: 'errors.reason.decisionSecretBallotNotAllowed',
      defaultMessage: 'The charter does not allow a secret ballot for this kind of question.',
    },
    decisionResultsHidingRelaxed: {
      id: 'errors.reason.decisionResultsHidingRelaxed',
      defaultMessage: 'Results hidden until closing stay hidden: this cannot be undone.',
    },
    decisionSecretBallotChanged: {
      id: 'errors.reason.decisionSecretBallotChanged',
      defaultMessage: 'Whether the ballot is secret cannot change once the decision is open.',
    },
    decisionMethodChanged: {
      id: 'errors.reason.decisionMethodChanged',
      defaultMessage: 'The method and the options cannot change once the decision is open.',
    },
    decisionTooFewOptions: {
      id: 'errors.reason.decisionTooFewOptions',
      defaultMessage: 'A straw poll or vote needs at least two options.',
    },
    decisionDuplicateOptions: {
      id: 'errors.reason.decisionDuplicateOptions',
      defaultMessage: 'Name each option once.',
    },
    decisionOptionsNotForConsensus: {
      id: 'errors.reason.decisionOptionsNotForConsensus',
      defaultMessage: 'A consensus has no options: people agree, stand aside or block.',
    },
    decisionChoiceUnknown: {
      id: 'errors.reason.decisionChoiceUnknown',
      defaultMessage: 'This is not one of the options.',
    },
    decisionPositionKind: {
      id: 'errors.reason.decisionPositionKind',
      defaultMessage: 'This decision is taken another way: agree, stand aside or block for a consensus, choose an option otherwise.',
    },
    decisionReasonRequired: {
      id: 'errors.reason.decisionReasonRequired',
      defaultMessage: 'Say why you stand aside or block: the group must be able to answer it.',
    },
    decisionNotClosed: {
      id: 'errors.reason.decisionNotClosed',
      defaultMessage: 'Record the outcome once the decision has closed.',
    },
    decisionRuleInvalid: {
      id: 'errors.reason.decisionRuleInvalid',
      defaultMessage: 'This rule cannot be used: a consensus is never secret, and a share is at most everyone.',
    },
    objectionNotYours: {
      id: 'errors.reason.objectionNotYours',
      defaultMessage: 'Only the person who raised an objection can withdraw it.',
    },
  }),
);
/** The params a reason's message needs: without them, the general sentence is shown. */
export const INPUT_REASON_PARAMS: Readonly<Partial<Record<InputErrorReason, readonly string[]>>> = {
  planActionsFull: ['max'],
  planMilestonesFull: ['max'],
  milestoneValuesFull: ['max'],
  actionCostLinesFull: ['max'],
  progressLinksFull: ['max'],
  progressLinkInvalid: ['link'],
  currencyWholeAmount: ['currency'],
};
