import { LIMITS } from './process';

/** A few passwords that pass a length rule and are still guessed first. */
const COMMON = ['password', '123456', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'abc123'];

/** Why a password is too weak, or null when it is acceptable (NIST 800-63B: length, not composition). */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < LIMITS.passwordMin) return `Use at least ${LIMITS.passwordMin} characters.`;
  if (password.length > LIMITS.passwordMax) return `Use at most ${LIMITS.passwordMax} characters.`;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return 'Use more than three different characters.';
  if (COMMON.some((word) => lower.startsWith(word) && lower.replace(/[0-9!.]+$/, '') === word)) {
    return 'This password is too common.';
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'Do not use your e-mail address in the password.';
  return null;
}
