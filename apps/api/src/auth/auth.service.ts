import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, isLocale, passwordProblem } from '@common-ground/domain';
import { hash, verify } from '@node-rs/argon2';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import type { Actor } from '../common/request-context';
import type { SignInDto, SignUpDto } from './dto/auth.dto';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/** argon2id, 19 MiB, t=2, p=1: OWASP's minimum for argon2id. 2 is Algorithm.Argon2id (a const enum). */
export const ARGON2 = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;
const SAME_MESSAGE = 'Wrong e-mail or password.';

/** The session's actor for a user row; a stored language the app no longer speaks counts as not chosen. */
function actorOf(user: UserEntity): Actor {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: isLocale(user.locale) ? user.locale : null,
    timeZone: user.timeZone ?? null,
  };
}

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(dto: SignUpDto): Promise<Actor> {
    const weakness = passwordProblem(dto.password, dto.email);
    if (weakness) {
      throw new DomainError(DomainErrorCode.WEAK_PASSWORD, weakness.message, 'password', undefined, {
        params: { weakness: weakness.weakness, ...weakness.params },
      });
    }
    const passwordHash = await hash(dto.password, ARGON2);
    const user = await this.db.transaction({}, (em) =>
      this.users.insertUnlessTaken(em, { email: dto.email, displayName: dto.displayName, passwordHash, locale: dto.locale ?? null }),
    );
    if (!user) throw new DomainError(DomainErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists. Sign in instead.', 'email');
    return actorOf(user);
  }

  /** Throttled per account and per address; an unknown e-mail and a wrong password look the same. */
  async signIn(dto: SignInDto, address: string): Promise<Actor> {
    const { maxPerAccount, maxPerAddress, windowMinutes } = this.config.signIn;
    const since = new Date(Date.now() - windowMinutes * 60_000);
    const failures = await this.db.transaction({}, (em) => this.users.countRecentFailures(em, dto.email, address, since));
    if (failures.account >= maxPerAccount || failures.address >= maxPerAddress) {
      throw new DomainError(
        DomainErrorCode.TOO_MANY_ATTEMPTS,
        `Too many failed sign-ins. Wait ${windowMinutes} minutes and try again.`,
        undefined,
        { retryAfterSeconds: windowMinutes * 60 },
      );
    }
    const user = await this.db.transaction({}, (em) => this.users.findByEmail(em, dto.email));
    const valid = user ? await verify(user.passwordHash, dto.password) : await this.verifyDummy(dto.password);
    if (!user || !valid) {
      await this.db.transaction({}, (em) => this.users.recordFailure(em, dto.email, address));
      throw new DomainError(DomainErrorCode.INVALID_CREDENTIALS, SAME_MESSAGE);
    }
    if (failures.account > 0) await this.db.transaction({}, (em) => this.users.clearFailures(em, dto.email));
    return actorOf(user);
  }

  /** Spend the same time on an unknown e-mail as on a wrong password. */
  private async verifyDummy(password: string): Promise<boolean> {
    this.dummyHash ??= hash('not-a-real-password-for-timing', ARGON2);
    await verify(await this.dummyHash, password);
    return false;
  }
}
