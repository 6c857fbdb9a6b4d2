import { Injectable } from '@nestjs/common';
import type { AccountEvent, Locale } from '@common-ground/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { emailKey } from '../auth/users.repository';
import { AccountAttemptEntity } from './account-attempt.entity';
import { AccountEventEntity } from './account-event.entity';
import { type AccountTokenPurpose, AccountTokenEntity } from './account-token.entity';

export interface StoredToken {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  newEmail: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

export type AttemptKind = AccountAttemptEntity['kind'];

/** Account links, the security log, the throttle and the few account columns a person changes themselves. */
@Injectable()
export class AccountRepository {
  async findUser(em: EntityManager, userId: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id: userId } });
  }

  async findUserByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { emailKey: emailKey(email) } });
  }

  /** A token row by its hash; the transaction states the hash so row-level security lets it through. */
  async findTokenForUpdate(em: EntityManager, tokenHash: string, purpose: AccountTokenPurpose): Promise<StoredToken | null> {
    await em.query("select set_config('app.account_token_hash', $1, true)", [tokenHash]);
    const rows = await em.query<StoredToken[]>(
      `select id, user_id as "userId", purpose, new_email as "newEmail", expires_at as "expiresAt", used_at as "usedAt"
         from account_tokens where token_hash = $1 and purpose = $2 for update`,
      [tokenHash, purpose],
    );
    return rows[0] ?? null;
  }

  /** The e-mail change the person asked for and has not confirmed yet, if its link is still valid. */
  async pendingEmail(em: EntityManager, userId: string): Promise<string | null> {
    const rows = await em.query<{ newEmail: string }[]>(
      `select new_email as "newEmail" from account_tokens
        where user_id = $1 and purpose = 'email_change' and used_at is null and expires_at > now()
        order by created_at desc limit 1`,
      [userId],
    );
    return rows[0]?.newEmail ?? null;
  }

  async insertToken(
    em: EntityManager,
    token: Pick<AccountTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'newEmail' | 'expiresAt'>,
  ): Promise<string> {
    const saved = await em.save(AccountTokenEntity, em.create(AccountTokenEntity, token));
    return saved.id;
  }

  /** A new link supersedes the person's earlier unused links of the same purpose: only the last mail works. */
  async retireTokens(em: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await em.update(AccountTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  async markTokenUsed(em: EntityManager, id: string): Promise<void> {
    await em.update(AccountTokenEntity, { id }, { usedAt: new Date() });
  }

  /** The password, set from a link mailed to the account's address, which proves that address too. */
  async setPassword(em: EntityManager, userId: string, passwordHash: string, { addressProven = false } = {}): Promise<void> {
    await em.update(UserEntity, { id: userId }, { passwordHash, ...(addressProven ? { emailProvenAt: new Date() } : {}) });
  }

  async setDisplayName(em: EntityManager, userId: string, displayName: string): Promise<void> {
    await em.update(UserEntity, { id: userId }, { displayName });
  }

  async setTimeZone(em: EntityManager, userId: string, timeZone: string | null): Promise<void> {
    await em.update(UserEntity, { id: userId }, { timeZone });
  }

  async setLocale(em: EntityManager, userId: string, locale: Locale): Promise<void> {
    await em.update(UserEntity, { id: userId }, { locale });
  }

  /** A new address, confirmed from the link mailed to it: proven. */
  async setEmail(em: EntityManager, userId: string, email: string): Promise<void> {
    await em.update(UserEntity, { id: userId }, { email, emailKey: emailKey(email), emailProvenAt: new Date() });
  }

  async appendEvent(em: EntityManager, userId: string, event: AccountEvent, device: string | null): Promise<void> {
    await em.insert(AccountEventEntity, { userId, kind: event.kind, payload: { ...(event.payload ?? {}) }, device });
  }

  async listEvents(
    em: EntityManager,
    userId: string,
    limit: number,
  ): Promise<Pick<AccountEventEntity, 'id' | 'kind' | 'device' | 'occurredAt'>[]> {
    return em.query(
      `select id::text as id, kind, device, occurred_at as "occurredAt" from account_events where user_id = $1 order by id desc limit $2`,
      [userId, limit],
    );
  }

  /** Attempts of one kind in the window, for the account (when given) and for the address, in one statement. */
  async countAttempts(
    em: EntityManager,
    kind: AttemptKind,
    key: string | null,
    addressHash: string,
    since: Date,
  ): Promise<{ account: number; address: number }> {
    const rows = await em.query<{ account: number; address: number }[]>(
      `select count(*) filter (where email_key = $2)::int as account, count(*) filter (where address_hash = $3)::int as address
         from account_attempts where kind = $1 and attempted_at > $4 and (email_key = $2 or address_hash = $3)`,
      [kind, key, addressHash, since],
    );
    return rows[0];
  }

  /** Notes an attempt and forgets those older than the window: nothing about an address outlives it. */
  async recordAttempt(em: EntityManager, kind: AttemptKind, key: string | null, addressHash: string, since: Date): Promise<void> {
    await em.query('delete from account_attempts where attempted_at <= $1', [since]);
    await em.insert(AccountAttemptEntity, { kind, emailKey: key, addressHash });
  }
}
