import { Injectable } from '@nestjs/common';
import {
  canonicalZoneName,
  DomainError,
  DomainErrorCode,
  EMAIL_CHANGE_TTL_HOURS,
  invalidInput,
  isLocale,
  passwordProblem,
} from '@common-ground/domain';
import { hash, verify } from '@node-rs/argon2';
import { ARGON2 } from '../auth/auth.service';
import type { UserEntity } from '../auth/user.entity';
import { emailKey } from '../auth/users.repository';
import type { RequestContext } from '../common/request-context';
import { queueMail } from '../mail/queue-mail';
import { newSecret } from './account-links';
import { AccountThrottle } from './account-throttle.service';
import { AccountRepository } from './account.repository';
import type {
  AccountDto,
  ChangeEmailDto,
  ChangePasswordDto,
  EmailChangeRequestedDto,
  SetLocaleDto,
  SetTimeZoneDto,
  UpdateProfileDto,
} from './dto/account.dto';
import { recordAccountEvent } from './record-account-event';
import type { SessionInfo } from './session-info.decorator';
import { SessionsRepository } from './sessions.repository';

/** What a signed-in person changes about their own account: name, password, e-mail (confirmed by a link). */
@Injectable()
export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: AccountThrottle,
  ) {}

  async get(ctx: RequestContext): Promise<AccountDto> {
    const user = await this.user(ctx);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: isLocale(user.locale) ? user.locale : null,
      timeZone: user.timeZone,
      pendingEmail: await this.accounts.pendingEmail(ctx.em, user.id),
    };
  }

  async updateProfile(ctx: RequestContext, dto: UpdateProfileDto, session: SessionInfo): Promise<AccountDto> {
    const user = await this.user(ctx);
    if (user.displayName !== dto.displayName) {
      await this.accounts.setDisplayName(ctx.em, user.id, dto.displayName);
      await this.sessions.refreshActor(ctx.em, user.id, { email: user.email, displayName: dto.displayName });
      recordAccountEvent(ctx, { kind: 'name_changed' }, session.device);
    }
    return this.get(ctx);
  }

  /**
   * The language of the person's screens and e-mails. Every session of the person carries it, so their other
   * devices switch at their next page load. Setting the same language again is still recorded: it was asked for.
   */
  async setLocale(ctx: RequestContext, dto: SetLocaleDto, session: SessionInfo): Promise<AccountDto> {
    const user = await this.user(ctx);
    await this.accounts.setLocale(ctx.em, user.id, dto.locale);
    await this.sessions.refreshLocale(ctx.em, user.id, dto.locale);
    recordAccountEvent(ctx, { kind: 'locale_changed', payload: { locale: dto.locale } }, session.device);
    return this.get(ctx);
  }

  /**
   * The person's own time zone, shown as "your time" beside a process's times; null goes back to the device's zone.
   * Every session carries it, like the language. A zone under its former name is stored under today's.
   */
  async setTimeZone(ctx: RequestContext, dto: SetTimeZoneDto, session: SessionInfo): Promise<AccountDto> {
    const user = await this.user(ctx);
    const timeZone = dto.timeZone === null ? null : canonicalZoneName(dto.timeZone);
    await this.accounts.setTimeZone(ctx.em, user.id, timeZone);
    await this.sessions.refreshTimeZone(ctx.em, user.id, timeZone);
    recordAccountEvent(ctx, { kind: 'time_zone_changed', payload: { timeZone } }, session.device);
    return this.get(ctx);
  }

  /** Needs the current password; every other session of the person ends, this one stays signed in. */
  async changePassword(ctx: RequestContext, dto: ChangePasswordDto, session: SessionInfo): Promise<void> {
    const user = await this.checkPassword(ctx, dto.currentPassword, session);
    const weakness = passwordProblem(dto.newPassword, user.email);
    if (weakness) {
      throw new DomainError(DomainErrorCode.WEAK_PASSWORD, weakness.message, 'newPassword', undefined, {
        params: { weakness: weakness.weakness, ...weakness.params },
      });
    }
    await this.accounts.setPassword(ctx.em, user.id, await hash(dto.newPassword, ARGON2));
    const sessionsEnded = await this.sessions.end(ctx.em, user.id, { keepSid: session.sid });
    recordAccountEvent(ctx, { kind: 'password_changed', payload: { sessionsEnded } }, session.device);
  }

  /** Sends a confirmation link to the new address; the account's address changes only when it is opened. */
  async requestEmailChange(ctx: RequestContext, dto: ChangeEmailDto, session: SessionInfo): Promise<EmailChangeRequestedDto> {
    const user = await this.checkPassword(ctx, dto.currentPassword, session);
    if (emailKey(dto.newEmail) === user.emailKey) {
      throw invalidInput('sameEmail', 'This is already your e-mail address.', 'newEmail');
    }
    if (await this.accounts.findUserByEmail(ctx.em, dto.newEmail)) {
      throw new DomainError(DomainErrorCode.EMAIL_TAKEN, 'Another account already uses this address.', 'newEmail');
    }
    const { token, hash: tokenHash } = newSecret();
    const expiresAt = new Date(Date.now() + EMAIL_CHANGE_TTL_HOURS * 3600_000);
    await this.accounts.retireTokens(ctx.em, user.id, 'email_change');
    const id = await this.accounts.insertToken(ctx.em, {
      userId: user.id,
      purpose: 'email_change',
      tokenHash,
      newEmail: dto.newEmail,
      expiresAt,
    });
    await queueMail(ctx.em, {
      key: `email-change:${id}`,
      template: 'email-change',
      params: { path: `/confirm-email/${token}`, newAddress: dto.newEmail, expiresAt: expiresAt.toISOString() },
      to: { address: dto.newEmail, userId: user.id },
      workspaceId: null,
    });
    recordAccountEvent(ctx, { kind: 'email_change_requested' }, session.device);
    return { pendingEmail: dto.newEmail, expiresAt: expiresAt.toISOString() };
  }

  /** The current password, throttled per account: a borrowed session cannot guess its way to the password. */
  private async checkPassword(ctx: RequestContext, password: string, session: SessionInfo): Promise<UserEntity> {
    const user = await this.user(ctx);
    await this.throttle.check('password_failure', user.emailKey, session.address, { note: false });
    if (!(await verify(user.passwordHash, password))) {
      await this.throttle.note('password_failure', user.emailKey, session.address);
      throw invalidInput('wrongPassword', 'This is not your current password.', 'currentPassword');
    }
    return user;
  }

  private async user(ctx: RequestContext): Promise<UserEntity> {
    const user = await this.accounts.findUser(ctx.em, ctx.actor.id);
    if (!user) throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
    return user;
  }
}
