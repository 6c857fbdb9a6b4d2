import { DomainErrorCode } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';

/**
 * One sentence per problem code the API answers with. The API's own sentence (`detail`) is English and often
 * more precise (it names the field or the limit), so English screens keep showing it; other languages show
 * these, and an unknown code falls back to the API's sentence.
 */
const domain: Record<DomainErrorCode, MessageDescriptor> = defineMessages({
  [DomainErrorCode.NOT_FOUND]: { id: 'errors.NOT_FOUND', defaultMessage: 'This was not found, or you do not have access to it.' },
  [DomainErrorCode.FORBIDDEN]: { id: 'errors.FORBIDDEN', defaultMessage: 'You are not allowed to do this.' },
  [DomainErrorCode.UNAUTHENTICATED]: { id: 'errors.UNAUTHENTICATED', defaultMessage: 'Sign in to continue.' },
  [DomainErrorCode.VERSION_CONFLICT]: {
    id: 'errors.VERSION_CONFLICT',
    defaultMessage: 'Someone else changed this meanwhile. Reload to see their version.',
  },
  [DomainErrorCode.PROCESS_ARCHIVED]: {
    id: 'errors.PROCESS_ARCHIVED',
    defaultMessage: 'This process is archived: it can be read but not changed.',
  },
  [DomainErrorCode.SAME_PHASE]: { id: 'errors.SAME_PHASE', defaultMessage: 'The process is already in that phase.' },
  [DomainErrorCode.PHASE_SKIPPED]: { id: 'errors.PHASE_SKIPPED', defaultMessage: 'Phases cannot be skipped: move to the next one first.' },
  [DomainErrorCode.REASON_REQUIRED]: { id: 'errors.REASON_REQUIRED', defaultMessage: 'Give a reason for this change.' },
  [DomainErrorCode.GATES_FAILED]: { id: 'errors.GATES_FAILED', defaultMessage: 'Some readiness checks are not met yet.' },
  [DomainErrorCode.EMAIL_TAKEN]: { id: 'errors.EMAIL_TAKEN', defaultMessage: 'An account already uses this e-mail address.' },
  [DomainErrorCode.WEAK_PASSWORD]: {
    id: 'errors.WEAK_PASSWORD',
    defaultMessage: 'This password is too easy to guess. Choose a longer one.',
  },
  [DomainErrorCode.INVALID_CREDENTIALS]: {
    id: 'errors.INVALID_CREDENTIALS',
    defaultMessage: 'The e-mail address or the password is not right.',
  },
  [DomainErrorCode.TOO_MANY_ATTEMPTS]: {
    id: 'errors.TOO_MANY_ATTEMPTS',
    defaultMessage: 'Too many attempts. Wait a few minutes and try again.',
  },
  [DomainErrorCode.INVITATION_INVALID]: {
    id: 'errors.INVITATION_INVALID',
    defaultMessage: 'This invitation is not valid: it may have expired, been used or been withdrawn.',
  },
  [DomainErrorCode.INVITATION_EMAIL_MISMATCH]: {
    id: 'errors.INVITATION_EMAIL_MISMATCH',
    defaultMessage: 'This invitation is for another e-mail address. Sign in with the address it was sent to.',
  },
  [DomainErrorCode.ALREADY_MEMBER]: { id: 'errors.ALREADY_MEMBER', defaultMessage: 'This person is already a member.' },
  [DomainErrorCode.NOT_WORKSPACE_MEMBER]: {
    id: 'errors.NOT_WORKSPACE_MEMBER',
    defaultMessage: 'This person is not a member of the workspace.',
  },
  [DomainErrorCode.LAST_CONVENER]: { id: 'errors.LAST_CONVENER', defaultMessage: 'A process needs at least one convener.' },
  [DomainErrorCode.CSRF_INVALID]: { id: 'errors.CSRF_INVALID', defaultMessage: 'Your session changed in another tab. Try again.' },
  [DomainErrorCode.INVALID_INPUT]: {
    id: 'errors.INVALID_INPUT',
    defaultMessage: 'Some of what you entered is not accepted. Check it and try again.',
  },
  [DomainErrorCode.CHARTER_STATE_INVALID]: {
    id: 'errors.CHARTER_STATE_INVALID',
    defaultMessage: 'This charter version is no longer in a state that allows this.',
  },
  [DomainErrorCode.CHARTER_VERSION_NOT_ADOPTED]: {
    id: 'errors.CHARTER_VERSION_NOT_ADOPTED',
    defaultMessage: 'This charter version has not been adopted yet.',
  },
  [DomainErrorCode.CHARTER_VERSION_STALE]: {
    id: 'errors.CHARTER_VERSION_STALE',
    defaultMessage: 'A newer charter version has replaced this one. Reload to see it.',
  },
  [DomainErrorCode.NOT_ACTIVE_PARTICIPANT]: {
    id: 'errors.NOT_ACTIVE_PARTICIPANT',
    defaultMessage: 'Only active participants of the process can do this.',
  },
  [DomainErrorCode.ALREADY_SIGNED]: { id: 'errors.ALREADY_SIGNED', defaultMessage: 'You have already signed.' },
  [DomainErrorCode.DECISION_NOT_OPEN]: {
    id: 'errors.DECISION_NOT_OPEN',
    defaultMessage: 'This decision is not open: positions can be taken only between its opening and closing times.',
  },
  [DomainErrorCode.ALREADY_VOTED]: { id: 'errors.ALREADY_VOTED', defaultMessage: 'You have already cast your ballot; it is counted once.' },
  [DomainErrorCode.PLAN_STATE_INVALID]: {
    id: 'errors.PLAN_STATE_INVALID',
    defaultMessage: 'The action plan is no longer in a state that allows this.',
  },
  [DomainErrorCode.PLAN_NOT_READY]: { id: 'errors.PLAN_NOT_READY', defaultMessage: 'The action plan is not ready for approval yet.' },
  [DomainErrorCode.WORKING_GROUP_HAS_ACTIONS]: {
    id: 'errors.WORKING_GROUP_HAS_ACTIONS',
    defaultMessage: 'This working group still owns actions. Give them to someone else first.',
  },
  [DomainErrorCode.DO_NO_HARM_INCOMPLETE]: {
    id: 'errors.DO_NO_HARM_INCOMPLETE',
    defaultMessage: 'Answer every do-no-harm question first.',
  },
  [DomainErrorCode.NO_STAKEHOLDER_GROUP]: {
    id: 'errors.NO_STAKEHOLDER_GROUP',
    defaultMessage: 'You do not represent a stakeholder group in this process.',
  },
  [DomainErrorCode.REGISTER_FULL]: { id: 'errors.REGISTER_FULL', defaultMessage: 'The stakeholder register is full.' },
  [DomainErrorCode.RELATIONSHIP_EXISTS]: { id: 'errors.RELATIONSHIP_EXISTS', defaultMessage: 'This relationship is already recorded.' },
  [DomainErrorCode.PROSPECT_TRANSITION_INVALID]: {
    id: 'errors.PROSPECT_TRANSITION_INVALID',
    defaultMessage: 'This change of status is not allowed.',
  },
  [DomainErrorCode.ACCOUNT_LINK_INVALID]: {
    id: 'errors.ACCOUNT_LINK_INVALID',
    defaultMessage: 'This link does not work any more: it may have expired or been used. Ask for a new one.',
  },
  [DomainErrorCode.LAST_OWNER]: { id: 'errors.LAST_OWNER', defaultMessage: 'A workspace needs at least one owner.' },
  [DomainErrorCode.TWO_FACTOR_REQUIRED]: {
    id: 'errors.TWO_FACTOR_REQUIRED',
    defaultMessage: 'This role needs two-factor sign-in. Turn it on in your account first.',
  },
  [DomainErrorCode.INVALID_TWO_FACTOR_CODE]: {
    id: 'errors.INVALID_TWO_FACTOR_CODE',
    defaultMessage: 'This code is wrong or has been used.',
  },
  [DomainErrorCode.TWO_FACTOR_ALREADY_ENABLED]: {
    id: 'errors.TWO_FACTOR_ALREADY_ENABLED',
    defaultMessage: 'Two-factor sign-in is already on.',
  },
  [DomainErrorCode.TWO_FACTOR_NOT_ENABLED]: { id: 'errors.TWO_FACTOR_NOT_ENABLED', defaultMessage: 'Two-factor sign-in is not on.' },
  [DomainErrorCode.PDF_UNAVAILABLE]: {
    id: 'errors.PDF_UNAVAILABLE',
    defaultMessage: 'The PDF cannot be made right now. Try again in a few minutes.',
  },
});

/** Codes the API's exception filter answers outside the domain's list. */
const transport = defineMessages({
  VALIDATION: { id: 'errors.VALIDATION', defaultMessage: 'Some of what you entered is not accepted. Check it and try again.' },
  BODY_TOO_LARGE: { id: 'errors.BODY_TOO_LARGE', defaultMessage: 'This is too large to send.' },
  MALFORMED_BODY: { id: 'errors.MALFORMED_BODY', defaultMessage: 'The request was not accepted.' },
  DATABASE_CONFLICT: {
    id: 'errors.DATABASE_CONFLICT',
    defaultMessage: 'Someone else saved a conflicting change at the same time; reload and try again.',
  },
  DATABASE_REJECTED_INPUT: { id: 'errors.DATABASE_REJECTED_INPUT', defaultMessage: 'Some of what you entered cannot be stored.' },
  INTERNAL: { id: 'errors.INTERNAL', defaultMessage: 'Something went wrong on our side; it has been logged.' },
  TOO_MANY_REQUESTS: { id: 'errors.TOO_MANY_REQUESTS', defaultMessage: 'Too many attempts. Wait a little and try again.' },
});

export const CODE_MESSAGES: Readonly<Record<string, MessageDescriptor>> = { ...domain, ...transport };

/** The sentences the web app says itself: no answer, an answer without a problem body, a field the API refused. */
export const clientMessages = defineMessages({
  status400: { id: 'errors.status.400', defaultMessage: 'The request was not accepted.' },
  status401: { id: 'errors.status.401', defaultMessage: 'Please sign in.' },
  status403: { id: 'errors.status.403', defaultMessage: 'You are not allowed to do this.' },
  status404: { id: 'errors.status.404', defaultMessage: 'Not found.' },
  status409: { id: 'errors.status.409', defaultMessage: 'This was changed by someone else.' },
  status413: { id: 'errors.status.413', defaultMessage: 'The request is too large.' },
  status429: { id: 'errors.status.429', defaultMessage: 'Too many attempts. Wait a little and try again.' },
  server: { id: 'errors.server', defaultMessage: 'Something went wrong on the server. Try again later.' },
  network: { id: 'errors.network', defaultMessage: 'Could not reach Common Ground. Check your connection and try again.' },
  unknown: { id: 'errors.unknown', defaultMessage: 'Something went wrong. Try again.' },
  retryLater: { id: 'errors.retryLater', defaultMessage: 'Too many attempts. Wait a few minutes and try again.' },
  retryIn: {
    id: 'errors.retryIn',
    defaultMessage: 'Too many attempts. Try again in {minutes, plural, one {a minute} other {# minutes}}.',
  },
  field: { id: 'errors.field', defaultMessage: 'This value is not accepted.' },
});

export const STATUS_MESSAGES: Readonly<Record<number, MessageDescriptor>> = {
  400: clientMessages.status400,
  401: clientMessages.status401,
  403: clientMessages.status403,
  404: clientMessages.status404,
  409: clientMessages.status409,
  413: clientMessages.status413,
  429: clientMessages.status429,
};
