import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, parseTwoFactorCode, TWO_FACTOR, invalidInput } from '@common-ground/domain';
import { verify } from '@node-rs/argon2';
import type { EntityManager } from 'typeorm';
import { recordAccountEvent } from '../account/record-account-event';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import type { RecoveryCodesDto, TwoFactorEnrolmentDto, TwoFactorProofDto, TwoFactorStatusDto } from './dto/two-factor.dto';
import { TwoFactorSecrets } from './two-factor-secrets';
import { TwoFactorRepository } from './two-factor.repository';

const WRONG_CODE = 'This code is not right, or it was already used. Type the code your app shows now, or an unused recovery code.';

/**
 * Checks a code typed by a person with two-factor on: a TOTP code (each 30-second step accepted once) or an
 * unused recovery code (spent by the check). Wrong codes are counted per person in their own transaction,
 * so they stay counted when the request rolls back, and too many within the sign-in window are refused.
 */
@Injectable()
export class TwoFactorCodes {
  constructor(
    private readonly db: Db,
    private readonly repository: TwoFactorRepository,
    private readonly secrets: TwoFactorSecrets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(em: EntityManager, userId: string, typed: string, field = 'code'): Promise<'totp' | 'recovery'> {
    await this.refuseWhenThrottled(em, userId);
    const code = parseTwoFactorCode(typed);
    let used: 'totp' | 'recovery' | null = null;
    if (code?.kind === 'totp') {
      const row = await this.repository.find(em, userId);
      const step = row?.enabledAt ? this.secrets.stepOf(this.secrets.decrypt(row.secretCiphertext), code.code) : null;
      if (step !== null && (await this.repository.useStep(em, userId, step))) used = 'totp';
    } else if (code?.kind === 'recovery') {
      if (await this.repository.useRecoveryCode(em, userId, this.secrets.hashRecoveryCode(code.code))) used = 'recovery';
    }
    if (!used) return this.fail(userId, field, WRONG_CODE);
    await this.repository.clearFailures(em, userId);
    return used;
  }

  /** The first code of an enrolment, against the pending secret: its step becomes the last one used. */
  async checkEnrolment(em: EntityManager, userId: string, secret: string, typed: string): Promise<number> {
    await this.refuseWhenThrottled(em, userId);
    const code = parseTwoFactorCode(typed);
    const step = code?.kind === 'totp' ? this.secrets.stepOf(secret, code.code) : null;
    if (step === null) return this.fail(userId, 'code', 'This code is not right. Type the six digits your app shows now.');
    await this.repository.clearFailures(em, userId);
    return step;
  }

  /** A wrong password where a password may stand for a code: counted with the wrong codes. */
  async failPassword(userId: string): Promise<never> {
    return this.fail(userId, 'password', 'This password is not right.');
  }

  private async refuseWhenThrottled(em: EntityManager, userId: string): Promise<void> {
    const { maxPerAccount, windowMinutes } = this.config.signIn;
    const failures = await this.repository.countRecentFailures(em, userId, new Date(Date.now() - windowMinutes * 60_000));
    if (failures >= maxPerAccount) {
      throw new DomainError(
        DomainErrorCode.TOO_MANY_ATTEMPTS,
        `Too many wrong codes. Wait ${windowMinutes} minutes and try again.`,
        undefined,
        { retryAfterSeconds: windowMinutes * 60 },
      );
    }
  }

  private async fail(userId: string, field: string, message: string): Promise<never> {
    await this.db.transaction({ userId }, (em) => this.repository.recordFailure(em, userId));
    throw new DomainError(DomainErrorCode.INVALID_TWO_FACTOR_CODE, message, field);
  }
}

/** Turning one's own two-factor sign-in on and off, and renewing its recovery codes. */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly repository: TwoFactorRepository,
    private readonly secrets: TwoFactorSecrets,
    private readonly codes: TwoFactorCodes,
  ) {}

  async status(ctx: RequestContext): Promise<TwoFactorStatusDto> {
    const row = await this.repository.find(ctx.em, ctx.actor.id);
    const enabled = Boolean(row?.enabledAt);
    return {
      enabled,
      enabledAt: row?.enabledAt ? row.enabledAt.toISOString() : null,
      recoveryCodesLeft: enabled ? await this.repository.unusedRecoveryCodes(ctx.em, ctx.actor.id) : 0,
    };
  }

  /** A new secret, shown this once (and again only by starting over) until the first code confirms it. */
  async startEnrolment(ctx: RequestContext): Promise<TwoFactorEnrolmentDto> {
    const secret = this.secrets.newSecret();
    if (!(await this.repository.savePending(ctx.em, ctx.actor.id, this.secrets.encrypt(secret)))) {
      throw new DomainError(
        DomainErrorCode.TWO_FACTOR_ALREADY_ENABLED,
        'Two-factor sign-in is already on. Turn it off first to use another app.',
      );
    }
    recordAccountEvent(ctx, { kind: 'two_factor_enrolment_started' });
    const uri = this.secrets.uri(secret, ctx.actor.email);
    return { secret, otpauthUri: uri, qrCode: await this.secrets.qrCode(uri) };
  }

  async confirmEnrolment(ctx: RequestContext, code: string): Promise<RecoveryCodesDto> {
    const row = await this.repository.find(ctx.em, ctx.actor.id);
    if (row?.enabledAt) throw new DomainError(DomainErrorCode.TWO_FACTOR_ALREADY_ENABLED, 'Two-factor sign-in is already on.');
    if (!row) throw new DomainError(DomainErrorCode.TWO_FACTOR_NOT_ENABLED, 'Start again: scan a new QR code first.');
    const step = await this.codes.checkEnrolment(ctx.em, ctx.actor.id, this.secrets.decrypt(row.secretCiphertext), code);
    if (!(await this.repository.enable(ctx.em, ctx.actor.id, step))) {
      throw new DomainError(DomainErrorCode.TWO_FACTOR_ALREADY_ENABLED, 'Two-factor sign-in is already on.');
    }
    const recoveryCodes = await this.issueRecoveryCodes(ctx);
    recordAccountEvent(ctx, { kind: 'two_factor_enabled', payload: { recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  }

  async disable(ctx: RequestContext, proof: TwoFactorProofDto): Promise<void> {
    const method = await this.prove(ctx, proof);
    await this.repository.remove(ctx.em, ctx.actor.id);
    recordAccountEvent(ctx, { kind: 'two_factor_disabled', payload: { method } });
  }

  async renewRecoveryCodes(ctx: RequestContext, proof: TwoFactorProofDto): Promise<RecoveryCodesDto> {
    const method = await this.prove(ctx, proof);
    const recoveryCodes = await this.issueRecoveryCodes(ctx);
    recordAccountEvent(ctx, { kind: 'two_factor_recovery_codes_renewed', payload: { method, recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  }

  /** The person shows it is them: a current code (or a recovery code), or their password. */
  private async prove(ctx: RequestContext, proof: TwoFactorProofDto): Promise<'totp' | 'recovery' | 'password'> {
    if (!(await this.repository.isEnabled(ctx.em, ctx.actor.id))) {
      throw new DomainError(DomainErrorCode.TWO_FACTOR_NOT_ENABLED, 'Two-factor sign-in is not on.');
    }
    if (proof.code) return this.codes.check(ctx.em, ctx.actor.id, proof.code);
    if (proof.password) {
      const hash = await this.repository.passwordHash(ctx.em, ctx.actor.id);
      if (hash && (await verify(hash, proof.password))) return 'password';
      return this.codes.failPassword(ctx.actor.id);
    }
    throw invalidInput('twoFactorProofRequired', 'Type a code from your app, a recovery code or your password.', 'code');
  }

  private async issueRecoveryCodes(ctx: RequestContext): Promise<string[]> {
    const codes = this.secrets.newRecoveryCodes();
    await this.repository.replaceRecoveryCodes(
      ctx.em,
      ctx.actor.id,
      codes.map((code) => this.secrets.hashRecoveryCode(code)),
    );
    return this.secrets.display(codes);
  }
}

export const TWO_FACTOR_CHALLENGE_MS = TWO_FACTOR.challengeMinutes * 60_000;
