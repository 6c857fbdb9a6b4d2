import { api, unwrap, unwrapEmpty, type Session, type TwoFactorEnrolment, type TwoFactorProof, type TwoFactorStatus } from '../../../api';

/** The second step of signing in: the code of the app, or a recovery code. */
export function signInWithCode(code: string): Promise<Session> {
  return unwrap(api.POST('/api/v1/auth/two-factor', { body: { code } }));
}

export function getTwoFactor(signal?: AbortSignal): Promise<TwoFactorStatus> {
  return unwrap(api.GET('/api/v1/account/two-factor', { signal }));
}

export function startEnrolment(): Promise<TwoFactorEnrolment> {
  return unwrap(api.POST('/api/v1/account/two-factor/enrolment'));
}

export async function confirmEnrolment(code: string): Promise<string[]> {
  return (await unwrap(api.POST('/api/v1/account/two-factor/enrolment/confirm', { body: { code } }))).recoveryCodes;
}

export async function renewRecoveryCodes(proof: TwoFactorProof): Promise<string[]> {
  return (await unwrap(api.POST('/api/v1/account/two-factor/recovery-codes', { body: proof }))).recoveryCodes;
}

export function disableTwoFactor(proof: TwoFactorProof): Promise<void> {
  return unwrapEmpty(api.POST('/api/v1/account/two-factor/disable', { body: proof }));
}
