/** A CHECK expression keeping a column to the values of a domain list, e.g. `"status" IN ('draft', 'agreed')`. */
export function sqlIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
