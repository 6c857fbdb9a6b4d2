import { api, unwrap, type Session, type SignInInput, type SignUpInput } from '../../../api';

export function signIn(input: SignInInput): Promise<Session> {
  return unwrap(api.POST('/api/v1/auth/sign-in', { body: input }));
}

export function signUp(input: SignUpInput): Promise<Session> {
  return unwrap(api.POST('/api/v1/auth/sign-up', { body: input }));
}
