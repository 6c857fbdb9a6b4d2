import { isCurrencyCode } from '@common-ground/domain';

const STORAGE_KEY = 'cg.currency';
const FALLBACK = 'USD';

/** The currency last chosen on this browser: the default of the next amount entered. */
export function lastCurrency(): string {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isCurrencyCode(stored) ? stored : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

export function rememberCurrency(code: string): void {
  if (!isCurrencyCode(code)) return;
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private windows may refuse storage; the default then stays USD.
  }
}
