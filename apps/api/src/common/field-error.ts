/**
 * One field's problem in a 400 answer; shared by the validation pipe and the problem filter (neither imports the
 * other for it). `code` is one of FIELD_ERROR_CODES (libs/domain/src/errors.ts), `params` what a translated
 * message needs (`isLength` → `{ min, max }`); `message` is the English sentence for API users and logs.
 */
export interface FieldError {
  field: string;
  code: string;
  params: Record<string, unknown>;
  message: string;
}
