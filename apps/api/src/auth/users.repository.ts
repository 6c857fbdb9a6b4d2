import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { UserEntity } from './user.entity';

export const emailKey = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersRepository {
  findByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { emailKey: emailKey(email) } });
  }

  /** Inserts the user unless the e-mail is taken; null means taken. */
  async insertUnlessTaken(
    em: EntityManager,
    user: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash' | 'locale'>,
  ): Promise<UserEntity | null> {
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ ...user, emailKey: emailKey(user.email) })
      .orIgnore()
      .returning(['id', 'email', 'displayName', 'locale'])
      .execute();
    const row = result.raw as { id: string; email: string; display_name: string; locale: string | null }[];
    return row[0]
      ? Object.assign(new UserEntity(), { id: row[0].id, email: row[0].email, displayName: row[0].display_name, locale: row[0].locale })
      : null;
  }

  /** Recent failures for the account and for the address, in one statement. */
  async countRecentFailures(em: EntityManager, email: string, address: string, since: Date): Promise<{ account: number; address: number }> {
    const rows = await em.query<{ account: number; address: number }[]>(
      `select count(*) filter (where email_key = $1)::int as account, count(*) filter (where address = $2)::int as address
         from sign_in_failures where attempted_at > $3 and (email_key = $1 or address = $2)`,
      [emailKey(email), address, since],
    );
    return rows[0];
  }

  async recordFailure(em: EntityManager, email: string, address: string): Promise<void> {
    await em.insert(SignInFailureEntity, { emailKey: emailKey(email), address });
  }

  async clearFailures(em: EntityManager, email: string): Promise<void> {
    await em.delete(SignInFailureEntity, { emailKey: emailKey(email) });
  }
}
