import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import type { Request } from 'express';
import { AuditRepository } from '../audit/audit.repository';
import type { Actor } from '../common/request-context';
import { Db } from '../database/db.service';
import { TWO_FACTOR_CHALLENGE_MS, TwoFactorCodes } from './two-factor.service';
import { TwoFactorRepository } from './two-factor.repository';

/**
 * The second step of signing in. After a right password, a person with two-factor on gets a fresh session
 * that is not signed in and only remembers who is expected, for a few minutes; a right code then signs it
 * in (passport regenerates the session id again).
 */
@Injectable()
export class TwoFactorSignIn {
  constructor(
    private readonly db: Db,
    private readonly repository: TwoFactorRepository,
    private readonly codes: TwoFactorCodes,
    private readonly audit: AuditRepository,
  ) {}

  /** True when the person must now send a code; the session then waits for it. */
  async challenge(request: Request, actor: Actor): Promise<boolean> {
    const enabled = await this.db.transaction({ userId: actor.id }, (em) => this.repository.isEnabled(em, actor.id));
    if (!enabled) return false;
    await new Promise<void>((resolve, reject) =>
      request.session.regenerate((error?: unknown) => (error ? reject(toError(error)) : resolve())),
    );
    request.session.twoFactorPending = { actor, expiresAt: Date.now() + TWO_FACTOR_CHALLENGE_MS };
    return true;
  }

  /** The actor once the code is right; the caller signs the session in. */
  async complete(request: Request, typed: string): Promise<Actor> {
    const pending = pendingOf(request);
    if (!pending) {
      delete request.session.twoFactorPending;
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Your sign-in has expired. Enter your e-mail and password again.');
    }
    const { actor } = pending;
    await this.db.transaction({ userId: actor.id }, async (em) => {
      const used = await this.codes.check(em, actor.id, typed);
      if (used === 'recovery') {
        const left = await this.repository.unusedRecoveryCodes(em, actor.id);
        await this.audit.appendAccountEvent(
          em,
          actor.id,
          { kind: 'two_factor_recovery_code_used', payload: { recoveryCodesLeft: left } },
          null,
        );
      }
    });
    delete request.session.twoFactorPending;
    return actor;
  }
}

/** The session's waiting sign-in, unless it has expired. */
export function pendingOf(request: Request): { actor: Actor; expiresAt: number } | null {
  const pending = request.session.twoFactorPending;
  return pending && pending.expiresAt > Date.now() ? pending : null;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
