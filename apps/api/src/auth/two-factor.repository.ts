import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RecoveryCodeEntity, TwoFactorFailureEntity, UserTwoFactorEntity } from './two-factor.entity';

/** TypeORM answers an UPDATE run through `query()` with `[rows, rowCount]`: whether it changed a row. */
function updated(result: unknown): boolean {
  return Array.isArray(result) && typeof result[1] === 'number' && result[1] > 0;
}

export interface TwoFactorRow {
  secretCiphertext: string;
  enabledAt: Date | null;
}

/** Every statement runs in a transaction acting for the person (row-level security on app_user_id()). */
@Injectable()
export class TwoFactorRepository {
  async find(em: EntityManager, userId: string): Promise<TwoFactorRow | null> {
    const rows = await em.query<TwoFactorRow[]>(
      'select secret_ciphertext as "secretCiphertext", enabled_at as "enabledAt" from user_two_factor where user_id = $1',
      [userId],
    );
    return rows[0] ?? null;
  }

  async isEnabled(em: EntityManager, userId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>('select 1 from user_two_factor where user_id = $1 and enabled_at is not null', [userId]);
    return rows.length > 0;
  }

  /** Starts (or restarts) an enrolment; false when two-factor is already on. */
  async savePending(em: EntityManager, userId: string, secretCiphertext: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `insert into user_two_factor (user_id, secret_ciphertext) values ($1, $2)
       on conflict (user_id) do update set secret_ciphertext = excluded.secret_ciphertext, created_at = now()
        where user_two_factor.enabled_at is null
       returning user_id`,
      [userId, secretCiphertext],
    );
    return rows.length > 0;
  }

  /** Turns the pending enrolment on with its first code's step; false when it is no longer pending. */
  async enable(em: EntityManager, userId: string, step: number): Promise<boolean> {
    return updated(
      await em.query('update user_two_factor set enabled_at = now(), last_used_step = $2 where user_id = $1 and enabled_at is null', [
        userId,
        step,
      ]),
    );
  }

  /**
   * Spends a code's step: true only if no code of this step or a later one was accepted before. One
   * statement, so two requests with the same code cannot both pass.
   */
  async useStep(em: EntityManager, userId: string, step: number): Promise<boolean> {
    return updated(
      await em.query(
        `update user_two_factor set last_used_step = $2
          where user_id = $1 and enabled_at is not null and (last_used_step is null or last_used_step < $2)`,
        [userId, step],
      ),
    );
  }

  async remove(em: EntityManager, userId: string): Promise<void> {
    await em.delete(RecoveryCodeEntity, { userId });
    await em.delete(UserTwoFactorEntity, { userId });
  }

  async replaceRecoveryCodes(em: EntityManager, userId: string, hashes: readonly string[]): Promise<void> {
    await em.delete(RecoveryCodeEntity, { userId });
    await em.insert(
      RecoveryCodeEntity,
      hashes.map((codeHash) => ({ userId, codeHash })),
    );
  }

  /** Marks the unused code with this hash used; false when there is none. */
  async useRecoveryCode(em: EntityManager, userId: string, codeHash: string): Promise<boolean> {
    return updated(
      await em.query('update two_factor_recovery_codes set used_at = now() where user_id = $1 and code_hash = $2 and used_at is null', [
        userId,
        codeHash,
      ]),
    );
  }

  async unusedRecoveryCodes(em: EntityManager, userId: string): Promise<number> {
    const rows = await em.query<{ count: number }[]>(
      'select count(*)::int as count from two_factor_recovery_codes where user_id = $1 and used_at is null',
      [userId],
    );
    return rows[0]?.count ?? 0;
  }

  async passwordHash(em: EntityManager, userId: string): Promise<string | null> {
    const rows = await em.query<{ passwordHash: string }[]>('select password_hash as "passwordHash" from users where id = $1', [userId]);
    return rows[0]?.passwordHash ?? null;
  }

  async countRecentFailures(em: EntityManager, userId: string, since: Date): Promise<number> {
    const rows = await em.query<{ count: number }[]>(
      'select count(*)::int as count from two_factor_failures where user_id = $1 and attempted_at > $2',
      [userId, since],
    );
    return rows[0]?.count ?? 0;
  }

  async recordFailure(em: EntityManager, userId: string): Promise<void> {
    await em.insert(TwoFactorFailureEntity, { userId });
  }

  async clearFailures(em: EntityManager, userId: string): Promise<void> {
    await em.delete(TwoFactorFailureEntity, { userId });
  }
}
