/**
 * Length and range limits that the API's DTOs enforce and the web forms check before sending, so a
 * person learns about a limit next to the field instead of from a 400. Capabilities whose rules
 * already live in their own module keep their limits there (PLAN_LIMITS, FRAMING_LIMITS,
 * REGISTER_LIMITS, KEY_QUESTION_NOTES_MAX, …); these are the ones that were numbers in the DTOs.
 */

/** The charter (`apps/api/src/charters/dto/charter.dto.ts`). */
export const CHARTER_LIMITS = {
  sectionMax: 20000,
  consentStatementMax: 2000,
  commentMax: 4000,
  rationaleMax: 4000,
  /** A decision on an amendment, or a refusal to sign. */
  reasonMax: 2000,
  shareMax: 100,
} as const;

/** Ground rules, accountability, grievance procedure and confidentiality (`apps/api/src/agreements/dto/agreements.dto.ts`). */
export const AGREEMENT_LIMITS = {
  ruleMax: 500,
  adoptMaxRules: 50,
  decisionMax: 2000,
  noteMax: 2000,
  accountabilityFieldMax: 200,
  handlersMax: 1000,
  acknowledgeDaysMax: 90,
  respondDaysMax: 365,
  procedureMax: 2000,
  spokespeopleMax: 1000,
  externalCommunicationMax: 4000,
  commentMax: 4000,
} as const;
