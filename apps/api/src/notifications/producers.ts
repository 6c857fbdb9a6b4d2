import { type ActionOwner, CHARTER_SECTIONS, disclosedName, notificationPaths, type ProcessRole } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { NotificationsRepository } from './notifications.repository';
import { notify } from './notify';

/**
 * What the services tell people, each called inside the transaction of the change. Each producer finds its
 * audience from the data and leaves names out where the process's confidentiality regime withholds them.
 */
const repository = new NotificationsRepository();

/** Who accepts or rejects amendments and hears that someone signed: those who run the charter. */
const CHARTER_RUNNERS: readonly ProcessRole[] = ['convener', 'facilitator'];

interface ProcessFacts {
  workspaceId: string;
  processId: string;
  processTitle: string;
}

const sectionLabel = (key: string): string => CHARTER_SECTIONS.find((section) => section.key === key)?.label ?? key;

/** A version was adopted: every active participant has it to sign. */
export async function notifyCharterToSign(
  em: EntityManager,
  process: ProcessFacts,
  version: { id: string; number: number },
  actorId: string,
): Promise<void> {
  await notify(em, {
    kind: 'charter_to_sign',
    params: { processTitle: process.processTitle, version: version.number },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'charter_version',
    objectId: version.id,
    path: notificationPaths.charter(process.workspaceId, process.processId),
    recipients: await repository.activeParticipants(em, process.processId),
    except: actorId,
  });
}

/** Someone signed: the conveners hear it, with the signer's name only where the regime allows names. */
export async function notifyCharterSigned(
  em: EntityManager,
  process: ProcessFacts,
  signature: { id: string; versionNumber: number },
  signer: { id: string; displayName: string },
): Promise<void> {
  const mode = await repository.confidentiality(em, process.processId);
  await notify(em, {
    kind: 'charter_signed',
    params: { processTitle: process.processTitle, version: signature.versionNumber, signerName: disclosedName(mode, signer.displayName) },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'charter_signature',
    objectId: signature.id,
    path: notificationPaths.charter(process.workspaceId, process.processId),
    recipients: await repository.withRoles(em, process.processId, ['convener']),
    except: signer.id,
  });
}

/** An amendment to a draft: those who decide amendments hear of it; who proposed it only where names are allowed. */
export async function notifyAmendmentProposed(
  em: EntityManager,
  process: ProcessFacts,
  amendment: { id: string; versionNumber: number; sectionKey: string },
  proposer: { id: string; displayName: string },
): Promise<void> {
  const mode = await repository.confidentiality(em, process.processId);
  await notify(em, {
    kind: 'amendment_proposed',
    params: {
      processTitle: process.processTitle,
      version: amendment.versionNumber,
      sectionLabel: sectionLabel(amendment.sectionKey),
      proposerName: disclosedName(mode, proposer.displayName),
    },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'charter_amendment',
    objectId: amendment.id,
    path: notificationPaths.charter(process.workspaceId, process.processId),
    recipients: await repository.withRoles(em, process.processId, CHARTER_RUNNERS),
    except: proposer.id,
  });
}

/** The amendment's author hears whether it was accepted or rejected (never who decided). */
export async function notifyAmendmentDecided(
  em: EntityManager,
  process: ProcessFacts,
  amendment: { id: string; versionNumber: number; sectionKey: string; authorId: string; outcome: 'accepted' | 'rejected' },
  deciderId: string,
): Promise<void> {
  await notify(em, {
    kind: 'amendment_decided',
    params: {
      processTitle: process.processTitle,
      version: amendment.versionNumber,
      sectionLabel: sectionLabel(amendment.sectionKey),
      outcome: amendment.outcome,
    },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'charter_amendment',
    objectId: amendment.id,
    path: notificationPaths.charter(process.workspaceId, process.processId),
    recipients: [amendment.authorId],
    except: deciderId,
  });
}

/** An action got an owner (or a new one): whoever now holds it hears of it, once per owner. */
export async function notifyActionAssigned(
  em: EntityManager,
  process: ProcessFacts,
  action: { id: string; planId: string; title: string; dueDate: string | null; owner: ActionOwner },
  actorId: string,
): Promise<void> {
  await notify(em, {
    kind: 'action_assigned',
    params: { processTitle: process.processTitle, actionTitle: action.title, dueOn: action.dueDate },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'action',
    objectId: action.id,
    qualifier: `${action.owner.kind}:${action.owner.id}`,
    path: notificationPaths.action(process.workspaceId, process.processId, action.planId, action.id),
    recipients: await repository.holders(em, process.processId, action.owner),
    except: actorId,
  });
}

/** A meeting as its notices describe it: title, time in the process's zone, place or link. Never the agenda or who comes. */
export interface MeetingFacts {
  id: string;
  title: string;
  startsAt: Date;
  place: string | null;
  link: string | null;
  version?: number;
}

interface MeetingProcessFacts extends ProcessFacts {
  timeZone: string;
}

const notice = (process: MeetingProcessFacts, meeting: MeetingFacts) => ({
  processTitle: process.processTitle,
  meetingTitle: meeting.title,
  startsAt: meeting.startsAt.toISOString(),
  timeZone: process.timeZone,
  place: meeting.place,
  link: meeting.link,
});

/** New invitees hear of the meeting once (a withdrawn and renewed invitation is not news twice). */
export async function notifyMeetingInvited(
  em: EntityManager,
  process: MeetingProcessFacts,
  meeting: MeetingFacts,
  invitees: readonly string[],
  actorId: string,
): Promise<void> {
  await notify(em, {
    kind: 'meeting_invited',
    params: notice(process, meeting),
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'meeting',
    objectId: meeting.id,
    path: notificationPaths.meeting(process.workspaceId, process.processId, meeting.id),
    recipients: invitees,
    except: actorId,
  });
}

/**
 * The meeting moved, changed its place or link, or was cancelled: every invitee hears it, once per version of the
 * meeting (so each change is news, a retried one is not).
 */
export async function notifyMeetingChanged(
  em: EntityManager,
  process: MeetingProcessFacts,
  meeting: MeetingFacts & { version: number },
  change: 'updated' | 'cancelled',
  actorId: string,
): Promise<void> {
  await notify(em, {
    kind: 'meeting_changed',
    params: { ...notice(process, meeting), change },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'meeting',
    objectId: meeting.id,
    qualifier: change === 'cancelled' ? 'cancelled' : `v${meeting.version}`,
    path: notificationPaths.meeting(process.workspaceId, process.processId, meeting.id),
    recipients: await repository.meetingInvitees(em, meeting.id),
    except: actorId,
  });
}

/**
 * The minutes are submitted for review: the attendees hear it once per submission (the minutes' version). Nothing
 * of their content and nobody's name: under the Chatham House Rule not even who drafted them.
 */
export async function notifyMinutesToReview(
  em: EntityManager,
  process: MeetingProcessFacts,
  meeting: MeetingFacts,
  minutesVersion: number,
  actorId: string,
): Promise<void> {
  await notify(em, {
    kind: 'minutes_to_review',
    params: {
      processTitle: process.processTitle,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      timeZone: process.timeZone,
    },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'minutes',
    objectId: meeting.id,
    qualifier: `v${minutesVersion}`,
    path: notificationPaths.minutes(process.workspaceId, process.processId, meeting.id),
    recipients: await repository.meetingAttendees(em, meeting.id),
    except: actorId,
  });
}

/**
 * The minutes are approved: ONE notification per attendee for the whole batch — never one per statement, never a
 * speaker's or an author's name, whatever the meeting's mode. The reviewer whose approval completed it hears it too.
 */
export async function notifyMinutesApproved(em: EntityManager, process: MeetingProcessFacts, meeting: MeetingFacts): Promise<void> {
  await notify(em, {
    kind: 'minutes_approved',
    params: {
      processTitle: process.processTitle,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      timeZone: process.timeZone,
    },
    workspaceId: process.workspaceId,
    processId: process.processId,
    objectType: 'minutes',
    objectId: meeting.id,
    path: notificationPaths.minutes(process.workspaceId, process.processId, meeting.id),
    recipients: await repository.meetingAttendees(em, meeting.id),
  });
}
