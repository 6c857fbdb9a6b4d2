/** One field's problem in a 400 answer; shared by the validation pipe and the problem filter (neither imports the other for it). */
export interface FieldError {
  field: string;
  message: string;
}
