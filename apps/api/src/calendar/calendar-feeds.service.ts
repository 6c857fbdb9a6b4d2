import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CalendarEvent,
  can,
  DomainError,
  DomainErrorCode,
  isReadOnly,
  localDate,
  nextReportDue,
  type ReportFrequency,
  serializeCalendar,
} from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { applyScope, Db } from '../database/db.service';
import { CalendarFeedsRepository, type FeedEvents, type FeedOwner } from './calendar-feeds.repository';
import type { CalendarFeedDto } from './dto/calendar-feed.dto';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** What a token looks like: 32 random bytes, base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const noSuchFeed = () => new DomainError(DomainErrorCode.NOT_FOUND, 'No such calendar feed.');

export const FEED_PATH = '/api/v1/calendar-feeds';
const UID_DOMAIN = 'common-ground';

/**
 * Per-person secret calendar feeds (iCalendar, RFC 5545) of a process's milestones, the due dates of its
 * open actions and the person's own next report-back. Meetings join the feed when meetings exist.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly feeds: CalendarFeedsRepository,
    private readonly db: Db,
  ) {}

  async status(ctx: RequestContext): Promise<CalendarFeedDto> {
    const process = processOf(ctx);
    const feed = await this.feeds.find(ctx.em, process.id, ctx.actor.id);
    return { active: feed !== null, createdAt: feed ? new Date(feed.createdAt).toISOString() : null, url: null };
  }

  /** Makes a new secret URL (replacing any earlier one): `rotate` insists that one exists. */
  async issue(ctx: RequestContext, rotate: boolean): Promise<CalendarFeedDto> {
    const process = processOf(ctx);
    if (rotate && !(await this.feeds.find(ctx.em, process.id, ctx.actor.id))) throw noSuchFeed();
    const token = randomBytes(32).toString('base64url');
    const createdAt = await this.feeds.save(
      ctx.em,
      { workspaceId: process.workspaceId, processId: process.id, userId: ctx.actor.id },
      hashToken(token),
    );
    // One feed per person and process: the event names its owner, never the token or its hash.
    recordAudit(ctx, { objectType: 'calendar_feed', action: rotate ? 'rotated' : 'created', objectId: ctx.actor.id });
    return { active: true, createdAt: new Date(createdAt).toISOString(), url: `${ctx.origin}${FEED_PATH}/${token}` };
  }

  async revoke(ctx: RequestContext): Promise<void> {
    const process = processOf(ctx);
    await this.feeds.delete(ctx.em, process.id, ctx.actor.id);
    recordAudit(ctx, { objectType: 'calendar_feed', action: 'revoked', objectId: ctx.actor.id });
  }

  /**
   * The calendar a token opens, read in a transaction scoped to the feed's workspace and owner. 404 when
   * the token is unknown or revoked, or when its owner may no longer see the process's plans.
   */
  async calendar(token: string, origin: string): Promise<string> {
    if (!TOKEN.test(token)) throw noSuchFeed();
    const tokenHash = hashToken(token);
    return this.db.transaction({}, async (em) => {
      const owner = await this.feeds.findByToken(em, tokenHash);
      if (!owner) throw noSuchFeed();
      await applyScope(em, { workspaceId: owner.workspaceId, userId: owner.userId });
      const grants = await this.feeds.grantsOf(em, owner);
      if (!can(grants, 'calendar.subscribe') || !can(grants, 'plans.view')) throw noSuchFeed();
      const events = await this.feeds.events(em, owner);
      // A read-only (archived) process can no longer change, so nobody could revoke a leaked feed: it stops serving.
      if (!events || isReadOnly(events.processStatus)) throw noSuchFeed();
      return serializeCalendar({ name: events.processTitle, events: toEvents(events, owner, origin) }, new Date());
    });
  }
}

function toEvents(feed: FeedEvents, owner: FeedOwner, origin: string): CalendarEvent[] {
  const planUrl = (planId: string) => `${origin}/w/${owner.workspaceId}/p/${owner.processId}/plan/${planId}`;
  const milestones = feed.milestones.map((m) => ({
    uid: `milestone-${m.id}@${UID_DOMAIN}`,
    date: m.dueDate,
    summary: `${m.quickWin ? 'Quick win' : 'Milestone'}: ${m.title}`,
    description: `Plan: ${m.planTitle}\nTarget: ${m.target} ${m.unit}`,
    url: `${planUrl(m.planId)}/milestones/${m.id}`,
    categories: ['Milestone'],
  }));
  const actions = feed.actions.map((a) => ({
    uid: `action-${a.id}@${UID_DOMAIN}`,
    date: a.dueDate,
    summary: `Due: ${a.title}`,
    description: `Plan: ${a.planTitle}${a.ownerName ? `\nOwner: ${a.ownerName}` : ''}`,
    url: `${planUrl(a.planId)}/actions/${a.id}`,
    categories: ['Action'],
  }));
  const due = feed.reportBack ? nextReportDue(feed.reportBack.frequency as ReportFrequency, feed.reportBack.since) : null;
  const reportBack =
    feed.reportBack && due
      ? [
          {
            uid: `report-back-${owner.processId}-${owner.userId}@${UID_DOMAIN}`,
            date: localDate(due, feed.timezone),
            summary: `Report back to ${feed.reportBack.accountableTo}`,
            description: `Channel: ${feed.reportBack.channel}`,
            url: `${origin}/w/${owner.workspaceId}/p/${owner.processId}/plan#report-backs-title`,
            categories: ['Report-back'],
          },
        ]
      : [];
  const meetings = feed.meetings.map((m): CalendarEvent => ({
    uid: `meeting-${m.id}@${UID_DOMAIN}`,
    start: new Date(m.startsAt),
    end: new Date(m.endsAt),
    summary: m.title,
    location: m.place ?? m.link,
    description: [`${MEETING_KIND_NAMES[m.kind] ?? m.kind}`, ...(m.place && m.link ? [`Link: ${m.link}`] : [])].join('\n'),
    url: `${origin}/w/${owner.workspaceId}/p/${owner.processId}/meetings/${m.id}`,
    categories: ['Meeting'],
    cancelled: m.cancelled,
    sequence: m.version,
  }));
  return [...milestones, ...actions, ...reportBack, ...meetings];
}

/** The kind of meeting, as the feed's description names it (the feed is in English, like its other event titles). */
const MEETING_KIND_NAMES: Record<string, string> = {
  bilateral: 'Bilateral meeting',
  consultation: 'Consultation',
  plenary: 'Plenary',
  working_group: 'Working group meeting',
  report_back: 'Report-back session',
};
