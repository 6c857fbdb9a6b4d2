/** Errors raised by domain rules and services; the API maps each code to an HTTP status in one place. */
export enum DomainErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  PROCESS_ARCHIVED = 'PROCESS_ARCHIVED',
  SAME_PHASE = 'SAME_PHASE',
  PHASE_SKIPPED = 'PHASE_SKIPPED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  GATES_FAILED = 'GATES_FAILED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVITATION_INVALID = 'INVITATION_INVALID',
  INVITATION_EMAIL_MISMATCH = 'INVITATION_EMAIL_MISMATCH',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_WORKSPACE_MEMBER = 'NOT_WORKSPACE_MEMBER',
  LAST_CONVENER = 'LAST_CONVENER',
  CSRF_INVALID = 'CSRF_INVALID',
  INVALID_INPUT = 'INVALID_INPUT',
  CHARTER_STATE_INVALID = 'CHARTER_STATE_INVALID',
  CHARTER_VERSION_NOT_ADOPTED = 'CHARTER_VERSION_NOT_ADOPTED',
  CHARTER_VERSION_STALE = 'CHARTER_VERSION_STALE',
  NOT_ACTIVE_PARTICIPANT = 'NOT_ACTIVE_PARTICIPANT',
  ALREADY_SIGNED = 'ALREADY_SIGNED',
  PLAN_STATE_INVALID = 'PLAN_STATE_INVALID',
  PLAN_NOT_READY = 'PLAN_NOT_READY',
  WORKING_GROUP_HAS_ACTIONS = 'WORKING_GROUP_HAS_ACTIONS',
  DO_NO_HARM_INCOMPLETE = 'DO_NO_HARM_INCOMPLETE',
  NO_STAKEHOLDER_GROUP = 'NO_STAKEHOLDER_GROUP',
  REGISTER_FULL = 'REGISTER_FULL',
  RELATIONSHIP_EXISTS = 'RELATIONSHIP_EXISTS',
  PROSPECT_TRANSITION_INVALID = 'PROSPECT_TRANSITION_INVALID',
  /** A password-reset or e-mail confirmation link that is unknown, used or expired (never says which). */
  ACCOUNT_LINK_INVALID = 'ACCOUNT_LINK_INVALID',
  LAST_OWNER = 'LAST_OWNER',
  TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED',
  INVALID_TWO_FACTOR_CODE = 'INVALID_TWO_FACTOR_CODE',
  TWO_FACTOR_ALREADY_ENABLED = 'TWO_FACTOR_ALREADY_ENABLED',
  TWO_FACTOR_NOT_ENABLED = 'TWO_FACTOR_NOT_ENABLED',
  /** The server cannot print documents right now (Chromium missing, failed to start, or too busy): try later. */
  PDF_UNAVAILABLE = 'PDF_UNAVAILABLE',
  /** A position or ballot on a decision that is not open (not yet, or no longer: its closing time passed). */
  DECISION_NOT_OPEN = 'DECISION_NOT_OPEN',
  /** A second secret ballot by the same person: each is counted exactly once. */
  ALREADY_VOTED = 'ALREADY_VOTED',
}

/**
 * Why input was refused, finer than INVALID_INPUT: the problem's `reason` and its field error's `code`, so the
 * web app can say it in the reader's language (with the error's `params`). Stable: rename none, add freely.
 */
export const INPUT_ERROR_REASONS = [
  'actionDependsOnItself',
  'actionDependencyUnknown',
  'actionDependencyCycle',
  'actionDueBeforeStart',
  'actionDropReasonRequired',
  'actionOwnerRequired',
  'actionDueDateRequired',
  'actionOwnerUnknown',
  'planActionsFull',
  'planMilestonesFull',
  'milestoneValuesFull',
  'milestoneActionOtherPlan',
  'milestoneTargetBelowBaseline',
  'milestoneTargetAboveBaseline',
  'dateInFuture',
  'actionCostLinesFull',
  'amountInvalid',
  'currencyUnknown',
  'currencyWholeAmount',
  'progressEmpty',
  'progressLinksFull',
  'progressLinkInvalid',
  'progressMilestoneRequired',
  'progressIndicatorValueRequired',
  'progressMilestoneNotLinked',
  'reportBackScheduleMissing',
  'groupNameTaken',
  'workingGroupLeadUnknown',
  'workingGroupMemberUnknown',
  'ratificationShareTooHigh',
  'twoFactorProofRequired',
  'alternateNotParticipant',
  'alternateInvalid',
  'fieldEmpty',
  'relationshipToItself',
  'stakeholderUnknown',
  'stakeholderGroupUnknown',
  'prospectUnknown',
  'consultationDateInvalid',
  'visionExists',
  'jointVisionExists',
  'jointVisionHasNoPerspective',
  'perspectiveRequired',
  'rulesNotProposed',
  'ruleRetired',
  'grievanceDeadlinesInverted',
  'cursorInvalid',
  'sameEmail',
  'wrongPassword',
  'currentSession',
  'notUuid',
  'answersInvalid',
  'hostingInvalid',
  'mouInvalid',
  'invitationMembershipInvalid',
  'notificationKindUnknown',
  'notificationDeliveryNotAllowed',
  'meetingEndsBeforeStart',
  'meetingTooLong',
  'meetingCancelled',
  'agendaTooDeep',
  'agendaTooLong',
  'agendaItemUntitled',
  'agendaItemMinutes',
  'agendaOwnerUnknown',
  'agendaItemUnknown',
  'modeLooserThanRegime',
  'modeLooserThanBefore',
  'inviteeUnknown',
  'invitationsFull',
  'notInvited',
  'alternateOnlyWhenAbsent',
  'alternateIsInvitee',
  'attendeeNotInvited',
  'attendanceWindowClosed',
  'attendanceCodeWrong',
  'minutesNotEditable',
  'minutesStateInvalid',
  'minutesKeepNoStatements',
  'minutesFull',
  'speakerNotNamedHere',
  'notAttendee',
  'quoteOnlyUnderChathamHouse',
  'linkedDocumentUnknown',
  'statementAlreadyQuoted',
  'decisionClosesBeforeOpens',
  'decisionTimeOutOfRange',
  'decisionSecretBallotNotAllowed',
  'decisionResultsHidingRelaxed',
  'decisionSecretBallotChanged',
  'decisionMethodChanged',
  'decisionTooFewOptions',
  'decisionDuplicateOptions',
  'decisionOptionsNotForConsensus',
  'decisionChoiceUnknown',
  'decisionPositionKind',
  'decisionReasonRequired',
  'decisionNotClosed',
  'decisionRuleInvalid',
  'objectionNotYours',
] as const;
export type InputErrorReason = (typeof INPUT_ERROR_REASONS)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field the error is about, when there is one. */
    readonly field?: string,
    /** Extra facts for the client (e.g. the current version on a conflict). */
    readonly details?: Record<string, unknown>,
    /** Finer than the code (for INVALID_INPUT), and the values a translated message needs. */
    readonly more: { reason?: InputErrorReason; params?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get reason(): InputErrorReason | undefined {
    return this.more.reason;
  }

  get params(): Record<string, unknown> {
    return this.more.params ?? {};
  }
}

/** Input refused for a stated reason (400): the English message for logs and API users, the reason for translation. */
export function invalidInput(reason: InputErrorReason, message: string, field?: string, params: Record<string, unknown> = {}): DomainError {
  return new DomainError(DomainErrorCode.INVALID_INPUT, message, field, undefined, { reason, params });
}

/** Top-level `code`s of problems the API answers besides the DomainErrorCodes. */
export const TRANSPORT_PROBLEM_CODES = [
  'VALIDATION',
  'BODY_TOO_LARGE',
  'MALFORMED_BODY',
  'DATABASE_CONFLICT',
  'DATABASE_REJECTED_INPUT',
  'BAD_REQUEST',
  'INTERNAL',
] as const;

/** Every top-level `code` of a problem+json answer: the web app keeps a message for each. */
export const PROBLEM_CODES: readonly string[] = [...Object.values(DomainErrorCode), ...TRANSPORT_PROBLEM_CODES];
export type ProblemCode = DomainErrorCode | (typeof TRANSPORT_PROBLEM_CODES)[number];

/**
 * The `code` of one field in `errors[]` of a 400: the validator that refused it (class-validator's names, with
 * its constraints as params: `isLength` → `{ min, max }`), one of ours, or an INPUT_ERROR_REASON. A field error
 * of a DomainError without a reason carries the DomainErrorCode itself.
 */
export const VALIDATION_ERROR_CODES = [
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isIn',
  'isEmail',
  'isUuid',
  'isDefined',
  'isLength',
  'minLength',
  'maxLength',
  'min',
  'max',
  'arrayMaxSize',
  'arrayMinSize',
  'arrayUnique',
  'matches',
  'isIso8601',
  'isCalendarDate',
  'isAmount',
  'isCurrencyCode',
  'timezone',
  'nestedValidation',
  'whitelistValidation',
  'unknownValue',
  /** A body that is an array or a scalar where an object is expected (Nest's pipe, for DTOs with no required field). */
  'isObject',
  /** A null where the field cannot be cleared. */
  'notNullable',
  /** A whole number outside PostgreSQL's integer: params `{ min, max }`. */
  'integerRange',
  /** A NUL character or a lone UTF-16 surrogate. */
  'unsafeString',
  /** Nested deeper than the API reads: params `{ max }`. */
  'tooDeep',
] as const;
export type ValidationErrorCode = (typeof VALIDATION_ERROR_CODES)[number];

/** Every `code` a field error can carry. */
export const FIELD_ERROR_CODES: readonly string[] = [...VALIDATION_ERROR_CODES, ...INPUT_ERROR_REASONS, ...Object.values(DomainErrorCode)];
