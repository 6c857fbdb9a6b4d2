import { Injectable } from '@nestjs/common';
import type { Locale } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { UserSessionEntity } from './user-session.entity';

export interface LiveSession {
  id: string;
  sid: string;
  device: string;
  createdAt: Date;
  lastActiveAt: Date;
}

/**
 * A person's sessions: `user_sessions` says whose each connect-pg-simple row is; ending a session deletes
 * its store row, so its cookie is signed out at its next request, on any API instance.
 */
@Injectable()
export class SessionsRepository {
  async insert(em: EntityManager, row: Pick<UserSessionEntity, 'sid' | 'userId' | 'device'>): Promise<void> {
    await em.insert(UserSessionEntity, row);
  }

  /** The person's sessions that are still in the store and not expired, newest activity first. */
  async listLive(em: EntityManager, userId: string): Promise<LiveSession[]> {
    return em.query(
      `select us.id, us.sid, us.device, us.created_at as "createdAt", us.last_active_at as "lastActiveAt"
         from user_sessions us join sessions s on s.sid = us.sid
        where us.user_id = $1 and s.expire > now()
        order by us.last_active_at desc, us.created_at desc`,
      [userId],
    );
  }

  /** Forgets sessions that signed out or expired. */
  async pruneDead(em: EntityManager, userId: string): Promise<void> {
    await em.query(
      `delete from user_sessions us where us.user_id = $1
          and not exists (select 1 from sessions s where s.sid = us.sid and s.expire > now())`,
      [userId],
    );
  }

  /**
   * Ends the person's sessions except `keepSid` (null: all of them), or only the one with `onlyId`. Store rows
   * are matched by the side table and by the session's own passport user, so sessions started before the
   * side table existed end too. Returns how many sessions ended.
   */
  async end(em: EntityManager, userId: string, options: { keepSid: string | null; onlyId?: string }): Promise<number> {
    const rows = await em.query<{ ended: number }[]>(
      `with ended as (
         delete from sessions s
          where s.sid is distinct from $2
            and (s.sid in (select us.sid from user_sessions us where us.user_id = $1 and ($3::uuid is null or us.id = $3::uuid))
                 or ($3::uuid is null and (s.sess -> 'passport' -> 'user' ->> 'id') = $1::text))
         returning s.sid),
       forgotten as (delete from user_sessions us where us.user_id = $1 and us.sid in (select sid from ended))
       select count(*)::int as ended from ended`,
      [userId, options.keepSid, options.onlyId ?? null],
    );
    return rows[0].ended;
  }

  async findId(em: EntityManager, userId: string, id: string): Promise<{ id: string; sid: string } | null> {
    const rows = await em.query<{ id: string; sid: string }[]>('select id, sid from user_sessions where user_id = $1 and id = $2', [
      userId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Rewrites the name and e-mail kept in each of the person's sessions, so every device shows the new ones. */
  async refreshActor(em: EntityManager, userId: string, actor: { email: string; displayName: string }): Promise<void> {
    await em.query(
      `update sessions set sess = jsonb_set(jsonb_set(sess::jsonb, '{passport,user,email}', to_jsonb($2::text)), '{passport,user,displayName}', to_jsonb($3::text))::json
        where (sess -> 'passport' -> 'user' ->> 'id') = $1::text`,
      [userId, actor.email, actor.displayName],
    );
  }

  /** The language in every session of the person, so GET /auth/session answers it on each device. */
  async refreshLocale(em: EntityManager, userId: string, locale: Locale): Promise<void> {
    await em.query(
      `update sessions set sess = jsonb_set(sess::jsonb, '{passport,user,locale}', to_jsonb($2::text))::json
        where (sess -> 'passport' -> 'user' ->> 'id') = $1::text`,
      [userId, locale],
    );
  }

  /** The time zone in every session of the person (null when they go back to their device's zone). */
  async refreshTimeZone(em: EntityManager, userId: string, timeZone: string | null): Promise<void> {
    // jsonb_set with a SQL null would null the whole session: store a JSON null instead.
    await em.query(
      `update sessions set sess = jsonb_set(sess::jsonb, '{passport,user,timeZone}', coalesce(to_jsonb($2::text), 'null'::jsonb))::json
        where (sess -> 'passport' -> 'user' ->> 'id') = $1::text`,
      [userId, timeZone],
    );
  }

  async touch(em: EntityManager, sid: string): Promise<void> {
    await em.query(`update user_sessions set last_active_at = now() where sid = $1`, [sid]);
  }

  async isKnownDevice(em: EntityManager, userId: string, tokenHash: string): Promise<boolean> {
    const rows = await em.query<unknown[]>('select 1 from known_devices where user_id = $1 and token_hash = $2', [userId, tokenHash]);
    return rows.length > 0;
  }

  async addKnownDevice(em: EntityManager, userId: string, tokenHash: string): Promise<void> {
    // The same browser signing in twice at once: the second insert is a no-op.
    await em.query('insert into known_devices (user_id, token_hash) values ($1, $2) on conflict do nothing', [userId, tokenHash]);
  }
}
