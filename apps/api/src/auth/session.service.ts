import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccountSessionsService } from '../account/account-sessions.service';
import { csrfTokenOf } from '../common/csrf';
import type { Actor } from '../common/request-context';
import type { SessionDto } from './dto/auth.dto';
import { pendingOf } from './two-factor-sign-in.service';

/** Session life cycle over passport: a new session id at every sign-in, the row deleted at sign-out. */
@Injectable()
export class SessionService {
  constructor(private readonly accountSessions: AccountSessionsService) {}

  describe(request: Request): SessionDto {
    const user = request.user ?? null;
    return {
      user: user && {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        locale: user.locale ?? null,
        timeZone: user.timeZone ?? null,
      },
      csrfToken: csrfTokenOf(request),
      twoFactorPending: !user && pendingOf(request) !== null,
    };
  }

  /** `newAccount`: the browser that signed up is the account's first known device (no new-device mail). */
  async start(request: Request, actor: Actor, options: { newAccount?: boolean } = {}): Promise<SessionDto> {
    // passport ≥ 0.6 regenerates the session on login, so a planted session id never becomes authenticated.
    await new Promise<void>((resolve, reject) => request.login(actor, (error?: unknown) => (error ? reject(toError(error)) : resolve())));
    // Whose session this is (for "my sessions") and whether this browser is new to the account.
    await this.accountSessions.signedIn(request, actor, { newAccount: options.newAccount === true });
    return this.describe(request);
  }

  async end(request: Request): Promise<void> {
    if (request.user) {
      await new Promise<void>((resolve, reject) => request.logout((error?: unknown) => (error ? reject(toError(error)) : resolve())));
    }
    await new Promise<void>((resolve, reject) =>
      request.session.destroy((error?: unknown) => (error ? reject(toError(error)) : resolve())),
    );
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
