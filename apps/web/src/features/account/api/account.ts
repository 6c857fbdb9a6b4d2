import type { Locale } from '@common-ground/domain';
import { api, unwrap, unwrapEmpty } from '../../../api';
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];
export type Account = Schemas['AccountDto'];
export type AccountSession = Schemas['AccountSessionDto'];
export type AccountEvent = Schemas['AccountEventDto'];
export type EmailChangeRequested = Schemas['EmailChangeRequestedDto'];

export function getAccount(signal?: AbortSignal): Promise<Account> {
  return unwrap(api.GET('/api/v1/account', { signal }));
}

export function updateProfile(displayName: string): Promise<Account> {
  return unwrap(api.PATCH('/api/v1/account/profile', { body: { displayName } }));
}

/** The language of the person's screens and e-mails, kept on the account. */
export function setAccountLocale(locale: Locale): Promise<Account> {
  return unwrap(api.PUT('/api/v1/account/locale', { body: { locale } }));
}

/** The person's own time zone for "your time"; null goes back to the device's zone. */
export function setAccountTimeZone(timeZone: string | null): Promise<Account> {
  return unwrap(api.PUT('/api/v1/account/time-zone', { body: { timeZone } }));
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return unwrapEmpty(api.POST('/api/v1/account/password', { body: { currentPassword, newPassword } }));
}

export function requestEmailChange(newEmail: string, currentPassword: string): Promise<EmailChangeRequested> {
  return unwrap(api.POST('/api/v1/account/email', { body: { newEmail, currentPassword } }));
}

export function confirmEmail(token: string): Promise<{ email: string }> {
  return unwrap(api.POST('/api/v1/account/email/confirm', { body: { token } }));
}

export async function requestPasswordReset(email: string): Promise<string> {
  return (await unwrap(api.POST('/api/v1/account/password-reset', { body: { email } }))).message;
}

export function resetPassword(token: string, password: string): Promise<void> {
  return unwrapEmpty(api.POST('/api/v1/account/password-reset/confirm', { body: { token, password } }));
}

export async function listSessions(signal?: AbortSignal): Promise<AccountSession[]> {
  return (await unwrap(api.GET('/api/v1/account/sessions', { signal }))).items;
}

export function revokeSession(sessionId: string): Promise<void> {
  return unwrapEmpty(api.DELETE('/api/v1/account/sessions/{sessionId}', { params: { path: { sessionId } } }));
}

export async function revokeOtherSessions(): Promise<number> {
  return (await unwrap(api.POST('/api/v1/account/sessions/revoke-others'))).ended;
}

export async function listAccountEvents(signal?: AbortSignal): Promise<AccountEvent[]> {
  return (await unwrap(api.GET('/api/v1/account/events', { signal }))).items;
}
