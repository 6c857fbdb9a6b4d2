/**
 * Two-factor sign-in with TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, as every authenticator app
 * reads it) and single-use recovery codes. The API and the web app share these shapes and limits.
 */
export const TWO_FACTOR = {
  digits: 6,
  periodSeconds: 30,
  /** Codes of one step before and after now are accepted (clock drift of phones). */
  window: 1,
  recoveryCodes: 10,
  /** A recovery code: 12 characters of an unambiguous alphabet, shown in three groups of four. */
  recoveryCodeLength: 12,
  /** Minutes between a right password and the code before the person must start again. */
  challengeMinutes: 5,
  /** The longest thing the code field takes (a recovery code with its dashes and some spaces). */
  codeMax: 24,
  issuer: 'Common Ground',
} as const;

/** Crockford-like base32 without I, L, O, U: nothing to misread on paper. */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type TwoFactorCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string };

/**
 * Reads what the person typed: six digits (spaces allowed, as apps show "123 456") are a TOTP code;
 * twelve characters of the recovery alphabet (dashes and spaces ignored, any case) a recovery code;
 * anything else null.
 */
export function parseTwoFactorCode(typed: string): TwoFactorCode | null {
  const compact = typed.replace(/[\s-]/g, '').toUpperCase();
  if (new RegExp(`^\\d{${TWO_FACTOR.digits}}$`).test(compact)) return { kind: 'totp', code: compact };
  if (compact.length === TWO_FACTOR.recoveryCodeLength && [...compact].every((c) => RECOVERY_ALPHABET.includes(c)))
    return { kind: 'recovery', code: compact };
  return null;
}

/** A recovery code as shown: `ABCD-EFGH-JKMN`. */
export function formatRecoveryCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
