import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, DomainErrorCode, invalidInput } from '@common-ground/domain';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Actor, RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { queueMail } from '../mail/queue-mail';
import { newSecret, sha256, TOKEN_PATTERN } from './account-links';
import { AccountRepository } from './account.repository';
import type { AccountEventListDto, AccountSessionListDto, SessionsEndedDto } from './dto/account.dto';
import { recordAccountEvent } from './record-account-event';
import { type SessionInfo, sessionInfoOf } from './session-info.decorator';
import { SessionsRepository } from './sessions.repository';

export const DEVICE_COOKIE = 'cg.device';
const DEVICE_COOKIE_DAYS = 400;
const EVENTS_SHOWN = 50;
/** Last activity is written at most this often per session and API instance: reads stay read-only otherwise. */
const TOUCH_EVERY_MS = 5 * 60_000;
const TOUCHED_REMEMBERED = 10_000;

/** A person's own sessions and devices: list and end them, note new devices, keep "last active" roughly true. */
@Injectable()
export class AccountSessionsService {
  private readonly logger = new Logger(AccountSessionsService.name);
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly accounts: AccountRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(ctx: RequestContext, session: SessionInfo): Promise<AccountSessionListDto> {
    await this.sessions.pruneDead(ctx.em, ctx.actor.id);
    const rows = await this.sessions.listLive(ctx.em, ctx.actor.id);
    // This device first, then the others by last activity.
    rows.sort((a, b) => Number(b.sid === session.sid) - Number(a.sid === session.sid));
    return {
      items: rows.map((row) => ({
        id: row.id,
        device: row.device,
        createdAt: new Date(row.createdAt).toISOString(),
        lastActiveAt: new Date(row.lastActiveAt).toISOString(),
        current: row.sid === session.sid,
      })),
    };
  }

  async revoke(ctx: RequestContext, sessionId: string, session: SessionInfo): Promise<void> {
    const found = await this.sessions.findId(ctx.em, ctx.actor.id, sessionId);
    if (!found) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such session: it may have ended already.');
    if (found.sid === session.sid) {
      throw invalidInput('currentSession', 'This is the session you are using: sign out instead.', 'sessionId');
    }
    await this.sessions.end(ctx.em, ctx.actor.id, { keepSid: session.sid, onlyId: sessionId });
    recordAccountEvent(ctx, { kind: 'session_revoked', payload: { sessionId } }, session.device);
  }

  async revokeOthers(ctx: RequestContext, session: SessionInfo): Promise<SessionsEndedDto> {
    const ended = await this.sessions.end(ctx.em, ctx.actor.id, { keepSid: session.sid });
    recordAccountEvent(ctx, { kind: 'other_sessions_revoked', payload: { sessionsEnded: ended } }, session.device);
    return { ended };
  }

  async events(ctx: RequestContext): Promise<AccountEventListDto> {
    const rows = await this.accounts.listEvents(ctx.em, ctx.actor.id, EVENTS_SHOWN);
    return {
      items: rows.map((row) => ({ id: row.id, kind: row.kind, device: row.device, occurredAt: new Date(row.occurredAt).toISOString() })),
    };
  }

  /**
   * Called once a session is signed in: notes whose session it is and, unless this browser has signed in to
   * the account before (its device cookie is known), queues the 'new-device' security mail. A new account's
   * first browser is known from the start.
   */
  async signedIn(request: Request, actor: Actor, options: { newAccount: boolean }): Promise<void> {
    const session = sessionInfoOf(request);
    const presented = deviceCookieOf(request);
    const device = presented ?? newSecret().token;
    const deviceHash = sha256(device);
    await this.db.transaction({ userId: actor.id }, async (em) => {
      await this.sessions.insert(em, { sid: request.sessionID, userId: actor.id, device: session.device });
      if (await this.sessions.isKnownDevice(em, actor.id, deviceHash)) return;
      await this.sessions.addKnownDevice(em, actor.id, deviceHash);
      if (options.newAccount) return;
      await queueMail(em, {
        key: `new-device:${actor.id}:${deviceHash}`,
        template: 'new-device',
        params: { at: new Date().toISOString(), device: session.device, path: '/account' },
        to: { address: actor.email, userId: actor.id },
        workspaceId: null,
      });
      await this.accounts.appendEvent(em, actor.id, { kind: 'new_device_signed_in' }, session.device);
    });
    if (!presented) {
      request.res?.cookie(DEVICE_COOKIE, device, {
        httpOnly: true,
        secure: this.config.env === 'production',
        sameSite: 'lax',
        path: '/api/v1/auth',
        maxAge: DEVICE_COOKIE_DAYS * 24 * 3600_000,
      });
    }
  }

  /** Notes a signed-in request's activity, at most every few minutes per session; never delays the request. */
  touch(request: Request): void {
    const user = request.user;
    if (!user) return;
    const sid = request.sessionID;
    const now = Date.now();
    if (now - (this.touched.get(sid) ?? 0) < TOUCH_EVERY_MS) return;
    if (this.touched.size >= TOUCHED_REMEMBERED) this.touched.clear();
    this.touched.set(sid, now);
    this.db
      .transaction({ userId: user.id }, (em) => this.sessions.touch(em, sid))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Could not note session activity'));
  }
}

/** The device cookie, read from the header (no cookie parser runs for the API); anything malformed is ignored. */
function deviceCookieOf(request: Request): string | null {
  for (const part of (request.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === DEVICE_COOKIE) {
      const token = value.join('=');
      return TOKEN_PATTERN.test(token) ? token : null;
    }
  }
  return null;
}
