import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError, DomainErrorCode, PASSWORD_RESET_TTL_MINUTES, passwordProblem } from '@common-ground/domain';
import { hash } from '@node-rs/argon2';
import { ARGON2 } from '../auth/auth.service';
import { emailKey } from '../auth/users.repository';
import { isUniqueViolation } from '../common/db/errors';
import { Db } from '../database/db.service';
import { queueMail } from '../mail/queue-mail';
import { newSecret, sha256, TOKEN_PATTERN } from './account-links';
import { AccountThrottle } from './account-throttle.service';
import { AccountRepository, type StoredToken } from './account.repository';
import type { AccountTokenPurpose } from './account-token.entity';
import type { SessionInfo } from './session-info.decorator';
import { SessionsRepository } from './sessions.repository';

const LINK_INVALID = 'This link is not valid any more. It may have been used already or have expired: ask for a new one.';

/**
 * The account links opened by someone who is not signed in: "forgot password" and the confirmation of a
 * new e-mail address. A reset request answers the same, after the same work, whether or not an account
 * has the address: the lookup and the mail happen after the answer is sent.
 */
@Injectable()
export class AccountLinksService implements OnApplicationShutdown {
  private readonly logger = new Logger(AccountLinksService.name);
  /** Reset requests still being handled after their answer; awaited at shutdown. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: AccountThrottle,
  ) {}

  async requestPasswordReset(email: string, session: SessionInfo): Promise<void> {
    await this.throttle.check('reset_request', emailKey(email), session.address, { note: true });
    const work = this.sendResetLink(email, session).catch((error: unknown) =>
      this.logger.error({ err: error }, 'Password reset request failed'),
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async sendResetLink(email: string, session: SessionInfo): Promise<void> {
    const user = await this.db.transaction({}, (em) => this.accounts.findUserByEmail(em, email));
    if (!user) return;
    const { token, hash: tokenHash } = newSecret();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000);
    await this.db.transaction({ userId: user.id }, async (em) => {
      await this.accounts.retireTokens(em, user.id, 'password_reset');
      const id = await this.accounts.insertToken(em, { userId: user.id, purpose: 'password_reset', tokenHash, newEmail: null, expiresAt });
      await queueMail(em, {
        key: `password-reset:${id}`,
        template: 'password-reset',
        params: { path: `/reset-password/${token}`, expiresAt: expiresAt.toISOString() },
        to: { address: user.email, userId: user.id },
        workspaceId: null,
      });
      await this.accounts.appendEvent(em, user.id, { kind: 'password_reset_requested' }, session.device);
    });
  }

  /** Sets the new password, uses up the link, cancels a pending e-mail change and ends every session of the person. */
  async resetPassword(token: string, password: string, session: SessionInfo): Promise<void> {
    const found = await this.validToken(token, 'password_reset', session);
    const user = await this.db.transaction({}, (em) => this.accounts.findUser(em, found.userId));
    if (!user) throw await this.invalidLink(session);
    const weakness = passwordProblem(password, user.email);
    if (weakness) {
      throw new DomainError(DomainErrorCode.WEAK_PASSWORD, weakness.message, 'password', undefined, {
        params: { weakness: weakness.weakness, ...weakness.params },
      });
    }
    const passwordHash = await hash(password, ARGON2);
    const used = await this.db.transaction({ userId: user.id }, async (em) => {
      // Locked and checked again: two tabs submitting the same link set the password once.
      const row = await this.accounts.findTokenForUpdate(em, sha256(token), 'password_reset');
      if (!row || !usable(row)) return false;
      await this.accounts.markTokenUsed(em, row.id);
      // Whoever held the account before the reset may have asked to move it to their own address.
      await this.accounts.retireTokens(em, user.id, 'email_change');
      await this.accounts.setPassword(em, user.id, passwordHash, { addressProven: true });
      const sessionsEnded = await this.sessions.end(em, user.id, { keepSid: null });
      await this.accounts.appendEvent(em, user.id, { kind: 'password_reset', payload: { sessionsEnded } }, session.device);
      return true;
    });
    if (!used) throw await this.invalidLink(session);
  }

  /** Makes the confirmed address the account's address; the link was sent to that address. */
  async confirmEmail(token: string, session: SessionInfo): Promise<{ email: string }> {
    const found = await this.validToken(token, 'email_change', session);
    try {
      const email = await this.db.transaction({ userId: found.userId }, async (em) => {
        const row = await this.accounts.findTokenForUpdate(em, sha256(token), 'email_change');
        const user = await this.accounts.findUser(em, found.userId);
        if (!row || !usable(row) || !row.newEmail || !user) return null;
        await this.accounts.markTokenUsed(em, row.id);
        await this.accounts.setEmail(em, user.id, row.newEmail);
        await this.sessions.refreshActor(em, user.id, { email: row.newEmail, displayName: user.displayName });
        await this.accounts.appendEvent(em, user.id, { kind: 'email_changed' }, session.device);
        return row.newEmail;
      });
      if (email === null) throw await this.invalidLink(session);
      return { email };
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new DomainError(
          DomainErrorCode.EMAIL_TAKEN,
          'Another account already uses this address, so it cannot become yours.',
          'email',
        );
      }
      throw error;
    }
  }

  /** The link's row if it can still be used; otherwise a counted failure and one answer for every reason. */
  private async validToken(token: string, purpose: AccountTokenPurpose, session: SessionInfo): Promise<StoredToken> {
    await this.throttle.check('link_failure', null, session.address, { note: false });
    const found = TOKEN_PATTERN.test(token)
      ? await this.db.transaction({}, (em) => this.accounts.findTokenForUpdate(em, sha256(token), purpose))
      : null;
    if (!found || !usable(found)) throw await this.invalidLink(session);
    return found;
  }

  private async invalidLink(session: SessionInfo): Promise<DomainError> {
    await this.throttle.note('link_failure', null, session.address);
    return new DomainError(DomainErrorCode.ACCOUNT_LINK_INVALID, LINK_INVALID, 'token');
  }
}

function usable(token: StoredToken): boolean {
  return token.usedAt === null && new Date(token.expiresAt).getTime() > Date.now();
}
