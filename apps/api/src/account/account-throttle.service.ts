import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { sha256 } from './account-links';
import { AccountRepository, type AttemptKind } from './account.repository';

/**
 * The sign-in throttle's pattern for account links: attempts counted per account and per address over a
 * window, in PostgreSQL so every API instance sees them. Addresses are stored hashed and pruned.
 */
@Injectable()
export class AccountThrottle {
  constructor(
    private readonly db: Db,
    private readonly accounts: AccountRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses with 429 when the account or the address used up its attempts, else notes this one when `note`. */
  async check(kind: AttemptKind, key: string | null, address: string, options: { note: boolean }): Promise<void> {
    const { maxPerAccount, maxPerAddress, windowMinutes } = this.limitsOf(kind);
    const since = new Date(Date.now() - windowMinutes * 60_000);
    const addressHash = sha256(address);
    await this.db.transaction({}, async (em) => {
      const counted = await this.accounts.countAttempts(em, kind, key, addressHash, since);
      if ((key !== null && counted.account >= maxPerAccount) || counted.address >= maxPerAddress) {
        throw new DomainError(
          DomainErrorCode.TOO_MANY_ATTEMPTS,
          `Too many attempts. Wait ${windowMinutes} minutes and try again.`,
          undefined,
          {
            retryAfterSeconds: windowMinutes * 60,
          },
        );
      }
      if (options.note) await this.accounts.recordAttempt(em, kind, key, addressHash, since);
    });
  }

  async note(kind: AttemptKind, key: string | null, address: string): Promise<void> {
    const since = new Date(Date.now() - this.limitsOf(kind).windowMinutes * 60_000);
    await this.db.transaction({}, (em) => this.accounts.recordAttempt(em, kind, key, sha256(address), since));
  }

  /** A wrong current password is a failed sign-in in all but name: it gets the sign-in limits. */
  private limitsOf(kind: AttemptKind): AppConfig['signIn'] {
    return kind === 'password_failure' ? this.config.signIn : this.config.accountLinks;
  }
}
