import { LIMITS } from './process';

/** A few passwords that pass a length rule and are still guessed first. */
const COMMON = ['password', '123456', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'abc123'];

/** Why a password is refused, as a stable code that screens translate (`params` holds the limit). */
export const PASSWORD_WEAKNESSES = ['tooShort', 'tooLong', 'tooFewCharacters', 'tooCommon', 'containsEmail'] as const;
export type PasswordWeakness = (typeof PASSWORD_WEAKNESSES)[number];

export interface PasswordProblem {
  weakness: PasswordWeakness;
  params: { min?: number; max?: number };
  /** The English sentence, for API users and logs. */
  message: string;
}

/** Why a password is too weak, or null when it is acceptable (NIST 800-63B: length, not composition). */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < LIMITS.passwordMin) {
    return { weakness: 'tooShort', params: { min: LIMITS.passwordMin }, message: `Use at least ${LIMITS.passwordMin} characters.` };
  }
  if (password.length > LIMITS.passwordMax) {
    return { weakness: 'tooLong', params: { max: LIMITS.passwordMax }, message: `Use at most ${LIMITS.passwordMax} characters.` };
  }
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return { weakness: 'tooFewCharacters', params: {}, message: 'Use more than three different characters.' };
  if (COMMON.some((word) => lower.startsWith(word) && lower.replace(/[0-9!.]+$/, '') === word)) {
    return { weakness: 'tooCommon', params: {}, message: 'This password is too common.' };
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) {
    return { weakness: 'containsEmail', params: {}, message: 'Do not use your e-mail address in the password.' };
  }
  return null;
}

/** The English sentence of `passwordProblem`, or null when the password is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  return passwordProblem(password, email)?.message ?? null;
}
