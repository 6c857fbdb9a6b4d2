import type { Locale } from './locales';

/**
 * Self-service accounts: what a person's own security log records, how long account links live, and how
 * a session's device is described. Account events are not workspace events: a person's password or
 * sessions belong to no workspace, and a workspace's admins must not read them. They go to the person's
 * own append-only security log instead of a workspace's audit chain.
 */

/** A password-reset link lives one hour; an e-mail confirmation link a day. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
export const EMAIL_CHANGE_TTL_HOURS = 24;

/** Events of a person's security log. Payloads hold ids and counts only: never an address or a password. */
export type AccountEvent =
  | { kind: 'password_reset_requested'; payload?: undefined }
  | { kind: 'password_reset'; payload: { sessionsEnded: number } }
  | { kind: 'password_changed'; payload: { sessionsEnded: number } }
  | { kind: 'name_changed'; payload?: undefined }
  | { kind: 'locale_changed'; payload: { locale: Locale } }
  | { kind: 'time_zone_changed'; payload: { timeZone: string | null } }
  | { kind: 'email_change_requested'; payload?: undefined }
  | { kind: 'email_changed'; payload?: undefined }
  | { kind: 'session_revoked'; payload: { sessionId: string } }
  | { kind: 'other_sessions_revoked'; payload: { sessionsEnded: number } }
  | { kind: 'new_device_signed_in'; payload?: undefined }
  | { kind: 'two_factor_enrolment_started'; payload?: undefined }
  | { kind: 'two_factor_enabled'; payload: { recoveryCodes: number } }
  | { kind: 'two_factor_disabled'; payload: { method: 'totp' | 'recovery' | 'password' } }
  | { kind: 'two_factor_recovery_codes_renewed'; payload: { method: 'totp' | 'recovery' | 'password'; recoveryCodes: number } }
  | { kind: 'two_factor_recovery_code_used'; payload: { recoveryCodesLeft: number } };

export type AccountEventKind = AccountEvent['kind'];

/** Every kind, for the web app's wording: a kind added to the union and not here fails to compile. */
const KINDS_PRESENT: Record<AccountEventKind, true> = {
  password_reset_requested: true,
  password_reset: true,
  password_changed: true,
  name_changed: true,
  locale_changed: true,
  time_zone_changed: true,
  email_change_requested: true,
  email_changed: true,
  session_revoked: true,
  other_sessions_revoked: true,
  new_device_signed_in: true,
  two_factor_enrolment_started: true,
  two_factor_enabled: true,
  two_factor_disabled: true,
  two_factor_recovery_codes_renewed: true,
  two_factor_recovery_code_used: true,
};
export const ACCOUNT_EVENT_KINDS = Object.keys(KINDS_PRESENT) as AccountEventKind[];

const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(HeadlessChrome|Chromium)\//, 'Chromium'],
  [/\b(Chrome|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

/**
 * A short, friendly description of a user agent ("Chromium on Linux"), the only thing a session or a
 * new-device mail says about where someone signed in. Never the address: our users may be at risk.
 */
export function deviceDescription(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? '').slice(0, 512);
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return 'An unknown device';
}

/**
 * The parts of a description `deviceDescription` wrote (sessions and account events store the English words),
 * so that screens can say it in the reader's language: browser and system names are proper names and stay.
 */
export type DeviceParts =
  | { kind: 'browser_on_system'; browser: string; system: string }
  | { kind: 'browser'; browser: string }
  | { kind: 'system'; system: string }
  | { kind: 'unknown' };

const BROWSER_NAMES = new Set(BROWSERS.map(([, name]) => name));
const SYSTEM_NAMES = new Set(SYSTEMS.map(([, name]) => name));

/** Reads a stored device description back into its parts; null for words it did not write. */
export function deviceParts(description: string): DeviceParts | null {
  if (description === 'An unknown device') return { kind: 'unknown' };
  const anyBrowser = /^A browser on (.+)$/.exec(description);
  if (anyBrowser && SYSTEM_NAMES.has(anyBrowser[1])) return { kind: 'system', system: anyBrowser[1] };
  const both = /^(.+) on (.+)$/.exec(description);
  if (both && BROWSER_NAMES.has(both[1]) && SYSTEM_NAMES.has(both[2]))
    return { kind: 'browser_on_system', browser: both[1], system: both[2] };
  if (BROWSER_NAMES.has(description)) return { kind: 'browser', browser: description };
  return null;
}
