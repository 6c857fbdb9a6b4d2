/** A timestamp as ISO 8601 for the wire; pg returns Date for entity columns and string inside json_build_object. */
export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

/** The same, for a column that may be empty. */
export function isoOrNull(value: Date | string | null | undefined): string | null {
  return value ? iso(value) : null;
}
