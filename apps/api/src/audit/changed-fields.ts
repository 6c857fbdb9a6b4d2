/**
 * The names of the fields a write request set, for an audit payload: never their values, which may be
 * personal data or confidential text. The version a client sends is the lock, not a change.
 */
export function changedFields(dto: object): string[] {
  return Object.entries(dto)
    .filter(([key, value]) => key !== 'version' && value !== undefined)
    .map(([key]) => key)
    .sort();
}
