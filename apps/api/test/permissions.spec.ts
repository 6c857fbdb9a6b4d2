import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Action, ACTIONS, can, DO_NO_HARM_QUESTIONS, type Grants, PROCESS_ROLES } from '@common-ground/domain';
import { Client, createProcess, createWorkspace, joinWorkspace, type Reply, startTestApp, type TestApp, uniqueEmail } from './harness';
import { routesOf } from './routes';

interface Subject {
  name: string;
  grants: Grants;
  client: Client;
}

interface Fixture {
  workspaceId: string;
  /** The API path of a fresh process. */
  process: string;
  founder: Client;
  spareUserId: string;
  /** The spare person's own session (a workspace member outside the process until a request adds them). */
  spare: Client;
}

const W = 'v1/workspaces/:workspaceId';
const P = `${W}/processes/:processId`;

const M = `${P}/meetings`;
const MEETING = {
  kind: 'plenary',
  format: 'in_person',
  title: 'Plenary',
  agenda: [{ title: 'Security of the market roads', minutes: 30 }],
};

/**
 * A plenary on now (so attendance codes work) created by the founder, with the subject invited when they take
 * part in the process (row-level: participants see only their meetings, observers plenaries), and the spare
 * person as the secretariat who takes attendance and drafts minutes. Under `mode` when given.
 */
async function meetingFor(f: Fixture, who: Client, mode?: string): Promise<{ url: string; id: string }> {
  const now = Date.now();
  const created = await f.founder.post(`${f.process}/meetings`, {
    ...MEETING,
    startsAt: new Date(now - 600_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
    ...(mode ? { mode } : {}),
  });
  expect(created.status).toBe(201);
  const url = `${f.process}/meetings/${created.body.id}`;
  const members = (await f.founder.get(`${f.process}/members`)).body.items as { userId: string }[];
  if (members.some((member) => member.userId === who.user?.id)) await f.founder.post(`${url}/invitations`, { memberIds: [who.user?.id] });
  if (!members.some((member) => member.userId === f.spareUserId)) {
    expect((await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'secretariat' })).status).toBe(201);
  }
  return { url, id: created.body.id as string };
}

/** The spare secretariat records the subject's attendance, writes one statement and, when asked, submits the minutes. */
async function minutesFor(
  f: Fixture,
  who: Client,
  mode: string | undefined,
  submit: boolean,
): Promise<{ url: string; statementId: string }> {
  const { url } = await meetingFor(f, who, mode);
  if (who.user) await f.spare.post(`${url}/attendance`, { memberIds: [who.user.id] });
  const statement = await f.spare.post(`${url}/minutes/statements`, { text: 'Patrols start in May.' });
  expect(statement.status).toBe(201);
  if (submit) expect((await f.spare.post(`${url}/minutes/submit`, { version: 1 })).status).toBe(200);
  return { url, statementId: statement.body.id as string };
}

function meetingRequests(): Record<string, (who: Client, f: Fixture) => Promise<Reply>> {
  return {
    [`GET ${M}`]: (who, f) => who.get(`${f.process}/meetings?when=upcoming`),
    [`POST ${M}`]: (who, f) =>
      who.post(`${f.process}/meetings`, { ...MEETING, startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T12:00:00Z' }),
    [`GET ${M}/:meetingId`]: async (who, f) => who.get((await meetingFor(f, who)).url),
    [`PATCH ${M}/:meetingId`]: async (who, f) => who.patch((await meetingFor(f, who)).url, { title: 'Renamed plenary', version: 1 }),
    [`POST ${M}/:meetingId/cancel`]: async (who, f) => who.post(`${(await meetingFor(f, who)).url}/cancel`, { version: 1 }),
    // Row-level: on the record, an invitee sees who is invited and who attended.
    [`GET ${M}/:meetingId/invitations`]: async (who, f) => who.get(`${(await meetingFor(f, who)).url}/invitations`),
    [`POST ${M}/:meetingId/invitations`]: async (who, f) => who.post(`${(await meetingFor(f, who)).url}/invitations`, { memberIds: [] }),
    [`DELETE ${M}/:meetingId/invitations/:memberId`]: async (who, f) => {
      const { url } = await meetingFor(f, who);
      await f.founder.post(`${url}/invitations`, { memberIds: [f.spareUserId] });
      return who.delete(`${url}/invitations/${f.spareUserId}`);
    },
    [`DELETE ${M}/:meetingId/attendance/:memberId`]: async (who, f) => {
      const { url } = await meetingFor(f, who);
      await f.founder.post(`${url}/invitations`, { memberIds: [f.spareUserId] });
      await f.spare.post(`${url}/attendance`, { memberIds: [f.spareUserId] });
      return who.delete(`${url}/attendance/${f.spareUserId}`);
    },
    [`POST ${M}/:meetingId/rsvp`]: async (who, f) => who.post(`${(await meetingFor(f, who)).url}/rsvp`, { response: 'yes' }),
    [`POST ${M}/:meetingId/attendance-code`]: async (who, f) => who.post(`${(await meetingFor(f, who)).url}/attendance-code`),
    [`GET ${M}/:meetingId/attendance`]: async (who, f) => who.get(`${(await meetingFor(f, who)).url}/attendance`),
    [`POST ${M}/:meetingId/attendance`]: async (who, f) => who.post(`${(await meetingFor(f, who)).url}/attendance`, { memberIds: [] }),
    [`POST ${M}/:meetingId/check-in`]: async (who, f) => {
      const { url } = await meetingFor(f, who);
      const code = await f.spare.post(`${url}/attendance-code`);
      return who.post(`${url}/check-in`, { code: code.body.code });
    },
    [`GET ${M}/:meetingId/minutes`]: async (who, f) => who.get(`${(await meetingFor(f, who)).url}/minutes`),
    [`POST ${M}/:meetingId/minutes/statements`]: async (who, f) =>
      who.post(`${(await meetingFor(f, who)).url}/minutes/statements`, { text: 'The road is unsafe at night.' }),
    [`PATCH ${M}/:meetingId/minutes/statements/:statementId`]: async (who, f) => {
      const { url, statementId } = await minutesFor(f, who, undefined, false);
      return who.patch(`${url}/minutes/statements/${statementId}`, { text: 'Patrols start in June.', version: 1 });
    },
    [`DELETE ${M}/:meetingId/minutes/statements/:statementId`]: async (who, f) => {
      const { url, statementId } = await minutesFor(f, who, undefined, false);
      return who.delete(`${url}/minutes/statements/${statementId}`);
    },
    // Row-level: the subject attended a Chatham House meeting whose minutes are in review.
    [`POST ${M}/:meetingId/minutes/statements/:statementId/quote-me`]: async (who, f) => {
      const { url, statementId } = await minutesFor(f, who, 'chatham_house', true);
      return who.post(`${url}/minutes/statements/${statementId}/quote-me`);
    },
    [`POST ${M}/:meetingId/minutes/action-points`]: async (who, f) =>
      who.post(`${(await meetingFor(f, who)).url}/minutes/action-points`, { text: 'Share the patrol schedule' }),
    [`POST ${M}/:meetingId/minutes/submit`]: async (who, f) => who.post(`${(await meetingFor(f, who)).url}/minutes/submit`, { version: 1 }),
    [`POST ${M}/:meetingId/minutes/reopen`]: async (who, f) => {
      const { url } = await minutesFor(f, who, undefined, true);
      return who.post(`${url}/minutes/reopen`, { version: 2 });
    },
    // Row-level: the subject attended and the minutes are in review.
    [`POST ${M}/:meetingId/minutes/reviews`]: async (who, f) => {
      const { url } = await minutesFor(f, who, undefined, true);
      return who.post(`${url}/minutes/reviews`, { verdict: 'approve', comment: 'Accurate.' });
    },
  };
}

/**
 * One request per guarded endpoint (method and route as Nest declares them). A new endpoint must add its
 * row here or the coverage test fails; the expected answer of each cell comes from the matrix itself.
 */
const REQUESTS: Record<string, (who: Client, f: Fixture) => Promise<Reply>> = {
  [`GET ${W}`]: (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}`),
  [`PATCH ${W}`]: async (who, f) => {
    const current = await f.founder.get(`/api/v1/workspaces/${f.workspaceId}`);
    return who.patch(`/api/v1/workspaces/${f.workspaceId}`, { name: 'Renamed', version: current.body.version });
  },
  [`GET ${W}/members`]: (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/members`),
  // A fresh member per cell, so no subject's own role changes under the other cells.
  [`PATCH ${W}/members/:userId`]: async (who, f) =>
    who.patch(`/api/v1/workspaces/${f.workspaceId}/members/${await freshMember(f)}`, { role: 'admin' }),
  [`DELETE ${W}/members/:userId`]: async (who, f) => who.delete(`/api/v1/workspaces/${f.workspaceId}/members/${await freshMember(f)}`),
  // Turning the requirement off: on, it would lock out the founder, who convenes every process here.
  [`PUT ${W}/security`]: (who, f) =>
    who.request('PUT', `/api/v1/workspaces/${f.workspaceId}/security`, { requireTwoFactorForLeads: false }),
  [`GET ${W}/invitations`]: (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/invitations`),
  [`POST ${W}/invitations`]: (who, f) =>
    who.post(`/api/v1/workspaces/${f.workspaceId}/invitations`, { email: uniqueEmail('guest'), role: 'member' }),
  [`DELETE ${W}/invitations/:invitationId`]: async (who, f) => {
    const invitation = await f.founder.post(`/api/v1/workspaces/${f.workspaceId}/invitations`, {
      email: uniqueEmail('revoked'),
      role: 'member',
    });
    return who.delete(`/api/v1/workspaces/${f.workspaceId}/invitations/${invitation.body.id}`);
  },
  [`GET ${W}/processes`]: (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/processes`),
  [`POST ${W}/processes`]: (who, f) =>
    who.post(`/api/v1/workspaces/${f.workspaceId}/processes`, {
      title: 'New',
      level: 'local',
      wheelAreas: [],
      ownershipTarget: 'information_sharing',
      timezone: 'UTC',
    }),
  [`GET ${P}`]: (who, f) => who.get(f.process),
  [`PATCH ${P}`]: (who, f) => who.patch(f.process, { title: 'Edited', version: 1 }),
  [`POST ${P}/archive`]: (who, f) => who.post(`${f.process}/archive`, { version: 1 }),
  [`GET ${P}/readiness`]: (who, f) => who.get(`${f.process}/readiness`),
  [`GET ${P}/transitions`]: (who, f) => who.get(`${f.process}/transitions`),
  [`POST ${P}/transitions`]: (who, f) =>
    who.post(`${f.process}/transitions`, { toPhase: 'design', version: 1, justification: 'Matrix test override.' }),
  [`GET ${P}/members`]: (who, f) => who.get(`${f.process}/members`),
  [`POST ${P}/members`]: (who, f) => who.post(`${f.process}/members`, { userId: f.spareUserId, role: 'observer' }),
  [`PATCH ${P}/members/:userId`]: async (who, f) => {
    await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'observer' });
    return who.patch(`${f.process}/members/${f.spareUserId}`, { role: 'secretariat' });
  },
  [`GET ${P}/charter`]: (who, f) => who.get(`${f.process}/charter`),
  [`POST ${P}/charter/versions`]: (who, f) => who.post(`${f.process}/charter/versions`, {}),
  [`GET ${P}/charter/versions/:versionId`]: async (who, f) => who.get(`${f.process}/charter/versions/${(await charterAt(f, 'draft')).id}`),
  [`PATCH ${P}/charter/versions/:versionId`]: async (who, f) => {
    const draft = await charterAt(f, 'draft');
    return who.patch(`${f.process}/charter/versions/${draft.id}`, { content: draft.content, version: draft.version });
  },
  [`POST ${P}/charter/versions/:versionId/propose`]: async (who, f) => {
    const draft = await charterAt(f, 'draft');
    return who.post(`${f.process}/charter/versions/${draft.id}/propose`, { version: draft.version });
  },
  [`POST ${P}/charter/versions/:versionId/withdraw`]: async (who, f) => {
    const proposed = await charterAt(f, 'proposed');
    return who.post(`${f.process}/charter/versions/${proposed.id}/withdraw`, { version: proposed.version });
  },
  [`POST ${P}/charter/versions/:versionId/adopt`]: async (who, f) => {
    const proposed = await charterAt(f, 'proposed');
    return who.post(`${f.process}/charter/versions/${proposed.id}/adopt`, { version: proposed.version });
  },
  [`GET ${P}/charter/versions/:versionId/signatures`]: async (who, f) =>
    who.get(`${f.process}/charter/versions/${(await charterAt(f, 'adopted')).id}/signatures`),
  [`POST ${P}/charter/versions/:versionId/signatures`]: async (who, f) =>
    who.post(`${f.process}/charter/versions/${(await charterAt(f, 'adopted')).id}/signatures`),
  [`GET ${P}/charter/versions/:versionId/verify`]: async (who, f) =>
    who.get(`${f.process}/charter/versions/${(await charterAt(f, 'adopted')).id}/verify`),
  [`GET ${P}/charter/versions/:versionId/comments`]: async (who, f) =>
    who.get(`${f.process}/charter/versions/${(await charterAt(f, 'draft')).id}/comments`),
  [`POST ${P}/charter/versions/:versionId/comments`]: async (who, f) =>
    who.post(`${f.process}/charter/versions/${(await charterAt(f, 'draft')).id}/comments`, {
      sectionKey: 'goal_mandate',
      body: 'Looks right.',
    }),
  [`GET ${P}/charter/versions/:versionId/amendments`]: async (who, f) =>
    who.get(`${f.process}/charter/versions/${(await charterAt(f, 'draft')).id}/amendments`),
  [`POST ${P}/charter/versions/:versionId/amendments`]: async (who, f) =>
    who.post(`${f.process}/charter/versions/${(await charterAt(f, 'draft')).id}/amendments`, {
      sectionKey: 'goal_mandate',
      proposedText: 'Better text',
    }),
  [`POST ${P}/charter/amendments/:amendmentId/accept`]: async (who, f) =>
    who.post(`${f.process}/charter/amendments/${await openAmendment(f)}/accept`, {}),
  [`POST ${P}/charter/amendments/:amendmentId/reject`]: async (who, f) =>
    who.post(`${f.process}/charter/amendments/${await openAmendment(f)}/reject`, { reason: 'Not agreed.' }),
  [`POST ${P}/charter/versions/:versionId/declines`]: async (who, f) =>
    who.post(`${f.process}/charter/versions/${(await charterAt(f, 'adopted')).id}/declines`, {
      reason: 'My institution has not mandated me.',
    }),
  [`GET ${P}/charter/versions/:versionId/board`]: async (who, f) =>
    who.get(`${f.process}/charter/versions/${(await charterAt(f, 'adopted')).id}/board`),
  [`PUT ${P}/charter/rule`]: (who, f) =>
    who.request('PUT', `${f.process}/charter/rule`, { everyIndispensableGroup: true, shareNumerator: 3, shareDenominator: 4 }),
  [`GET ${P}/charter/versions/:versionId/pdf`]: async (who, f) =>
    who.get(`${f.process}/charter/versions/${(await charterAt(f, 'adopted')).id}/pdf`),
  [`GET ${P}/decision-rules`]: (who, f) => who.get(`${f.process}/decision-rules`),
  [`PUT ${P}/decision-rules/:questionKind`]: (who, f) =>
    who.request('PUT', `${f.process}/decision-rules/general`, {
      method: 'straw_poll',
      quorum: { attendance: null, ballots: null, sectorBalanced: false },
      threshold: 'simple_majority',
      secretBallotAllowed: false,
      version: 0,
    }),
  [`GET ${P}/decisions`]: (who, f) => who.get(`${f.process}/decisions`),
  [`POST ${P}/decisions`]: (who, f) =>
    who.post(`${f.process}/decisions`, { questionKind: 'general', title: 'Next venue', question: '', closesAt: inMinutes(60) }),
  [`GET ${P}/decisions/:decisionId`]: async (who, f) => who.get(`${f.process}/decisions/${(await decisionOf(f)).id}`),
  [`PATCH ${P}/decisions/:decisionId`]: async (who, f) => {
    const decision = await decisionOf(f);
    return who.patch(`${f.process}/decisions/${decision.id}`, { title: 'Renamed', version: decision.version });
  },
  [`POST ${P}/decisions/:decisionId/close`]: async (who, f) => {
    const decision = await decisionOf(f);
    return who.post(`${f.process}/decisions/${decision.id}/close`, { version: decision.version });
  },
  [`PUT ${P}/decisions/:decisionId/outcome`]: async (who, f) => {
    const decision = await decisionOf(f);
    const closed = (await f.founder.post(`${f.process}/decisions/${decision.id}/close`, { version: decision.version })).body;
    return who.request('PUT', `${f.process}/decisions/${decision.id}/outcome`, {
      outcomeStatement: 'Agreed',
      reviewOn: null,
      version: closed.version,
    });
  },
  [`PUT ${P}/decisions/:decisionId/position`]: async (who, f) =>
    who.request('PUT', `${f.process}/decisions/${(await decisionOf(f)).id}/position`, { position: 'agree' }),
  [`POST ${P}/decisions/:decisionId/ballot`]: async (who, f) => {
    await f.founder.request('PUT', `${f.process}/decision-rules/general`, {
      method: 'vote',
      quorum: { attendance: null, ballots: null, sectorBalanced: false },
      threshold: 'simple_majority',
      secretBallotAllowed: true,
      version: 0,
    });
    const decision = await decisionOf(f, { options: ['Yes', 'No'], secretBallot: true });
    return who.post(`${f.process}/decisions/${decision.id}/ballot`, { choice: 0 });
  },
  [`GET ${P}/objections`]: (who, f) => who.get(`${f.process}/objections`),
  [`PUT ${P}/objections/:objectionId/answer`]: async (who, f) =>
    who.request('PUT', `${f.process}/objections/${await objectionBy(f, f.spare, f.spareUserId)}/answer`, { note: 'Answered', version: 0 }),
  [`PUT ${P}/objections/:objectionId/withdrawal`]: async (who, f) =>
    who.request('PUT', `${f.process}/objections/${await objectionBy(f, who)}/withdrawal`, { note: 'Withdrawn', version: 0 }),
  [`GET ${P}/ground-rules`]: (who, f) => who.get(`${f.process}/ground-rules`),
  [`POST ${P}/ground-rules`]: (who, f) => who.post(`${f.process}/ground-rules`, { text: 'Start on time' }),
  [`POST ${P}/ground-rules/samples`]: (who, f) => who.post(`${f.process}/ground-rules/samples`),
  [`POST ${P}/ground-rules/adopt`]: async (who, f) => {
    const rule = (await f.founder.post(`${f.process}/ground-rules`, { text: 'Listen' })).body;
    return who.post(`${f.process}/ground-rules/adopt`, { ruleIds: [rule.id], decision: 'By consensus' });
  },
  [`PATCH ${P}/ground-rules/:ruleId`]: async (who, f) => {
    const rule = (await f.founder.post(`${f.process}/ground-rules`, { text: 'Listen' })).body;
    return who.patch(`${f.process}/ground-rules/${rule.id}`, { text: 'Listen to each other', version: rule.version });
  },
  [`POST ${P}/ground-rules/:ruleId/retire`]: async (who, f) => {
    const rule = (await f.founder.post(`${f.process}/ground-rules`, { text: 'Listen' })).body;
    return who.post(`${f.process}/ground-rules/${rule.id}/retire`, { version: rule.version, note: 'Merged' });
  },
  [`GET ${P}/ground-rules/:ruleId/comments`]: async (who, f) => {
    const rule = (await f.founder.post(`${f.process}/ground-rules`, { text: 'Listen' })).body;
    return who.get(`${f.process}/ground-rules/${rule.id}/comments`);
  },
  [`POST ${P}/ground-rules/:ruleId/comments`]: async (who, f) => {
    const rule = (await f.founder.post(`${f.process}/ground-rules`, { text: 'Listen' })).body;
    return who.post(`${f.process}/ground-rules/${rule.id}/comments`, { body: 'Agreed, and phones off too.' });
  },
  [`GET ${P}/accountability`]: (who, f) => who.get(`${f.process}/accountability`),
  [`PUT ${P}/accountability/:userId`]: async (who, f) => {
    await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'participant' });
    return who.request('PUT', `${f.process}/accountability/${f.spareUserId}`, {
      accountableTo: 'Ministry',
      constituency: 'Officers',
      channel: 'Briefing',
      frequency: 'monthly',
    });
  },
  [`GET ${P}/grievance-procedure`]: (who, f) => who.get(`${f.process}/grievance-procedure`),
  [`PUT ${P}/grievance-procedure`]: (who, f) => who.request('PUT', `${f.process}/grievance-procedure`, GRIEVANCE),
  [`GET ${P}/confidentiality`]: (who, f) => who.get(`${f.process}/confidentiality`),
  [`PUT ${P}/confidentiality`]: (who, f) =>
    who.request('PUT', `${f.process}/confidentiality`, {
      defaultMode: 'chatham_house',
      mediaSpokespeople: 'The convener',
      externalCommunication: 'No attribution.',
      version: 0,
    }),
  [`GET ${P}/stakeholder-groups`]: (who, f) => who.get(`${f.process}/stakeholder-groups`),
  [`POST ${P}/stakeholder-groups`]: (who, f) => who.post(`${f.process}/stakeholder-groups`, { name: 'Police', indispensable: true }),
  [`POST ${P}/stakeholder-groups/starter`]: (who, f) => who.post(`${f.process}/stakeholder-groups/starter`),
  [`PATCH ${P}/stakeholder-groups/:groupId`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/stakeholder-groups`, { name: 'Youth' })).body;
    return who.patch(`${f.process}/stakeholder-groups/${group.id}`, { indispensable: true });
  },
  [`DELETE ${P}/stakeholder-groups/:groupId`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/stakeholder-groups`, { name: 'Youth' })).body;
    return who.delete(`${f.process}/stakeholder-groups/${group.id}`);
  },
  [`PUT ${P}/members/:userId/alternate`]: async (who, f) => {
    await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'participant' });
    return who.request('PUT', `${f.process}/members/${f.spareUserId}/alternate`, { alternateFor: null });
  },
  [`PUT ${P}/members/:userId/group`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/stakeholder-groups`, { name: 'Youth' })).body;
    await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'participant' });
    return who.request('PUT', `${f.process}/members/${f.spareUserId}/group`, { stakeholderGroupId: group.id });
  },
  [`GET ${P}/framing`]: (who, f) => who.get(`${f.process}/framing`),
  [`POST ${P}/problem-statement/versions`]: (who, f) =>
    who.post(`${f.process}/problem-statement/versions`, { text: 'Robberies on market roads', baseVersion: 0 }),
  [`GET ${P}/problem-statement/versions/:number`]: async (who, f) => {
    await f.founder.post(`${f.process}/problem-statement/versions`, { text: 'Robberies on market roads', baseVersion: 0 });
    return who.get(`${f.process}/problem-statement/versions/1`);
  },
  [`PUT ${P}/problem-statement/agreement`]: async (who, f) => {
    await f.founder.post(`${f.process}/problem-statement/versions`, { text: 'Robberies on market roads', baseVersion: 0 });
    return who.request('PUT', `${f.process}/problem-statement/agreement`, { version: 1, agreedOn: '2026-03-02' });
  },
  [`POST ${P}/visions`]: (who, f) => who.post(`${f.process}/visions`, { kind: 'joint', text: 'Markets open every day.' }),
  [`PATCH ${P}/visions/:visionId`]: async (who, f) => {
    const vision = (await f.founder.post(`${f.process}/visions`, { kind: 'joint', text: 'Markets open every day.' })).body;
    return who.patch(`${f.process}/visions/${vision.id}`, { agreedOn: '2026-03-02', version: vision.version });
  },
  [`DELETE ${P}/visions/:visionId`]: async (who, f) => {
    const vision = (await f.founder.post(`${f.process}/visions`, { kind: 'perspective', perspective: 'Traders', text: 'Safe roads.' }))
      .body;
    return who.delete(`${f.process}/visions/${vision.id}`);
  },
  [`GET ${P}/working-groups`]: (who, f) => who.get(`${f.process}/working-groups`),
  [`POST ${P}/working-groups`]: (who, f) => who.post(`${f.process}/working-groups`, WORKING_GROUP),
  [`PUT ${P}/working-groups/:groupId`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/working-groups`, WORKING_GROUP)).body;
    return who.request('PUT', `${f.process}/working-groups/${group.id}`, {
      ...WORKING_GROUP,
      mandate: 'Until the rains',
      version: group.version,
    });
  },
  [`DELETE ${P}/working-groups/:groupId`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/working-groups`, WORKING_GROUP)).body;
    return who.delete(`${f.process}/working-groups/${group.id}`);
  },
  [`GET ${P}/plans`]: (who, f) => who.get(`${f.process}/plans`),
  [`POST ${P}/plans`]: (who, f) => who.post(`${f.process}/plans`, PLAN),
  [`GET ${P}/plans/:planId`]: async (who, f) => who.get(`${f.process}/plans/${(await planAt(f, 'draft')).id}`),
  [`PATCH ${P}/plans/:planId`]: async (who, f) => {
    const plan = await planAt(f, 'draft');
    return who.patch(`${f.process}/plans/${plan.id}`, { goal: 'Markets open every day', version: plan.version });
  },
  [`DELETE ${P}/plans/:planId`]: async (who, f) => who.delete(`${f.process}/plans/${(await planAt(f, 'draft')).id}`),
  [`POST ${P}/plans/:planId/propose`]: async (who, f) => {
    const plan = await planAt(f, 'draft');
    return who.post(`${f.process}/plans/${plan.id}/propose`, { version: plan.version });
  },
  [`POST ${P}/plans/:planId/withdraw`]: async (who, f) => {
    const plan = await planAt(f, 'proposed');
    return who.post(`${f.process}/plans/${plan.id}/withdraw`, { version: plan.version });
  },
  [`POST ${P}/plans/:planId/approve`]: async (who, f) => {
    const plan = await planAt(f, 'proposed');
    return who.post(`${f.process}/plans/${plan.id}/approve`, { version: plan.version });
  },
  [`POST ${P}/plans/:planId/reopen`]: async (who, f) => {
    const plan = await planAt(f, 'approved');
    return who.post(`${f.process}/plans/${plan.id}/reopen`, { version: plan.version });
  },
  [`POST ${P}/plans/:planId/actions`]: async (who, f) =>
    who.post(`${f.process}/plans/${(await planAt(f, 'draft')).id}/actions`, { title: 'Map the hotspots' }),
  [`PATCH ${P}/actions/:actionId`]: async (who, f) => {
    const action = (await planAt(f, 'draft')).actions[0];
    return who.patch(`${f.process}/actions/${action.id}`, { wheelArea: 'joint_assessment', version: action.version });
  },
  // The status route's row-level check: the action is the subject's own, so the matrix alone decides.
  [`PUT ${P}/actions/:actionId/status`]: async (who, f) => {
    const action = (await planAt(f, 'approved', who.user?.id)).actions[0];
    return who.request('PUT', `${f.process}/actions/${action.id}/status`, { status: 'in_progress', version: action.version });
  },
  [`DELETE ${P}/actions/:actionId`]: async (who, f) => who.delete(`${f.process}/actions/${(await planAt(f, 'draft')).actions[0].id}`),
  [`GET ${P}/my-actions`]: (who, f) => who.get(`${f.process}/my-actions`),
  [`GET ${P}/selection/criteria`]: (who, f) => who.get(`${f.process}/selection/criteria`),
  [`PUT ${P}/selection/criteria`]: (who, f) =>
    who.request('PUT', `${f.process}/selection/criteria`, {
      criteria: 'One representative per district.',
      everyIndispensableGroup: true,
      ageBandMinimums: {},
      version: 0,
    }),
  [`GET ${P}/selection/do-no-harm`]: (who, f) => who.get(`${f.process}/selection/do-no-harm`),
  [`PUT ${P}/selection/do-no-harm`]: (who, f) => who.request('PUT', `${f.process}/selection/do-no-harm`, { answers: [], version: 0 }),
  [`POST ${P}/selection/do-no-harm/complete`]: async (who, f) => {
    const answered = await f.founder.request('PUT', `${f.process}/selection/do-no-harm`, { answers: DO_NO_HARM_ANSWERS, version: 0 });
    return who.post(`${f.process}/selection/do-no-harm/complete`, { version: answered.body.version });
  },
  [`GET ${P}/concept-note`]: (who, f) => who.get(`${f.process}/concept-note`),
  [`GET ${P}/concept-note/versions`]: (who, f) => who.get(`${f.process}/concept-note/versions`),
  [`GET ${P}/concept-note/versions/:number`]: async (who, f) => {
    await f.founder.post(`${f.process}/concept-note/versions`, { body: '# Purpose', baseVersion: 0 });
    return who.get(`${f.process}/concept-note/versions/1`);
  },
  [`POST ${P}/concept-note/versions`]: (who, f) => who.post(`${f.process}/concept-note/versions`, { body: '# Purpose', baseVersion: 0 }),
  [`GET ${P}/invitations`]: (who, f) => who.get(`${f.process}/invitations`),
  [`POST ${P}/invitations`]: (who, f) => who.post(`${f.process}/invitations`, { email: uniqueEmail('invitee'), role: 'observer' }),
  [`DELETE ${P}/invitations/:invitationId`]: async (who, f) => {
    const invitation = await f.founder.post(`${f.process}/invitations`, { email: uniqueEmail('revoked'), role: 'participant' });
    return who.delete(`${f.process}/invitations/${invitation.body.id}`);
  },
  [`GET ${P}/demographics/me`]: (who, f) => who.get(`${f.process}/demographics/me`),
  [`PUT ${P}/demographics/me`]: (who, f) => who.request('PUT', `${f.process}/demographics/me`, { gender: 'woman', wheelAreas: [] }),
  [`GET ${P}/inclusion`]: (who, f) => who.get(`${f.process}/inclusion`),
  [`GET ${P}/stakeholders`]: (who, f) => who.get(`${f.process}/stakeholders`),
  [`POST ${P}/stakeholders`]: (who, f) => who.post(`${f.process}/stakeholders`, STAKEHOLDER),
  [`GET ${P}/stakeholders/:stakeholderId`]: async (who, f) => who.get(`${f.process}/stakeholders/${(await stakeholderOf(f)).id}`),
  [`PATCH ${P}/stakeholders/:stakeholderId`]: async (who, f) => {
    const stakeholder = await stakeholderOf(f);
    return who.patch(`${f.process}/stakeholders/${stakeholder.id}`, { influence: 4, version: stakeholder.version });
  },
  [`DELETE ${P}/stakeholders/:stakeholderId`]: async (who, f) => who.delete(`${f.process}/stakeholders/${(await stakeholderOf(f)).id}`),
  [`GET ${P}/stakeholder-relationships`]: (who, f) => who.get(`${f.process}/stakeholder-relationships`),
  [`POST ${P}/stakeholder-relationships`]: async (who, f) => {
    const [a, b] = [await stakeholderOf(f, 'Police'), await stakeholderOf(f, 'Youth council')];
    return who.post(`${f.process}/stakeholder-relationships`, { fromId: a.id, toId: b.id, kind: 'tension', strength: 2 });
  },
  [`PATCH ${P}/stakeholder-relationships/:relationshipId`]: async (who, f) =>
    who.patch(`${f.process}/stakeholder-relationships/${await relationshipOf(f)}`, { strength: 3 }),
  [`DELETE ${P}/stakeholder-relationships/:relationshipId`]: async (who, f) =>
    who.delete(`${f.process}/stakeholder-relationships/${await relationshipOf(f)}`),
  [`GET ${P}/stakeholder-map`]: (who, f) => who.get(`${f.process}/stakeholder-map`),
  [`GET ${P}/prospects`]: (who, f) => who.get(`${f.process}/prospects`),
  [`POST ${P}/prospects`]: (who, f) => who.post(`${f.process}/prospects`, { name: 'Amina Diallo', organisation: 'Women’s network' }),
  [`GET ${P}/prospects/:prospectId`]: async (who, f) => who.get(`${f.process}/prospects/${(await prospectOf(f)).id}`),
  [`PATCH ${P}/prospects/:prospectId`]: async (who, f) => {
    const prospect = await prospectOf(f);
    return who.patch(`${f.process}/prospects/${prospect.id}`, { organisation: 'Youth forum', version: prospect.version });
  },
  [`POST ${P}/prospects/:prospectId/status`]: async (who, f) => {
    const prospect = await prospectOf(f);
    return who.post(`${f.process}/prospects/${prospect.id}/status`, { status: 'consulted', version: prospect.version });
  },
  [`DELETE ${P}/prospects/:prospectId`]: async (who, f) => who.delete(`${f.process}/prospects/${(await prospectOf(f)).id}`),
  [`POST ${P}/prospects/:prospectId/consultations`]: async (who, f) =>
    who.post(`${f.process}/prospects/${(await prospectOf(f)).id}/consultations`, {
      heldOn: '2026-01-15',
      channel: 'meeting',
      interest: 'high',
    }),
  [`DELETE ${P}/prospects/:prospectId/consultations/:consultationId`]: async (who, f) => {
    const prospect = await prospectOf(f);
    const logged = await f.founder.post(`${f.process}/prospects/${prospect.id}/consultations`, {
      heldOn: '2026-01-15',
      channel: 'phone',
      interest: 'low',
    });
    return who.delete(`${f.process}/prospects/${prospect.id}/consultations/${logged.body.consultationLog[0].id}`);
  },
  [`GET ${P}/actions`]: (who, f) => who.get(`${f.process}/actions?filter=overdue`),
  [`GET ${P}/actions/:actionId`]: async (who, f) => who.get(`${f.process}/actions/${(await planAt(f, 'draft')).actions[0].id}`),
  [`GET ${P}/plans/:planId/export.csv`]: async (who, f) => who.get(`${f.process}/plans/${(await planAt(f, 'draft')).id}/export.csv`),
  [`GET ${P}/plans/:planId/milestones`]: async (who, f) => who.get(`${f.process}/plans/${(await planAt(f, 'draft')).id}/milestones`),
  [`POST ${P}/plans/:planId/milestones`]: async (who, f) =>
    who.post(`${f.process}/plans/${(await planAt(f, 'draft')).id}/milestones`, MILESTONE),
  [`GET ${P}/milestones`]: (who, f) => who.get(`${f.process}/milestones?due=due`),
  [`GET ${P}/milestones/:milestoneId`]: async (who, f) => who.get(`${f.process}/milestones/${(await milestoneOf(f)).id}`),
  [`PATCH ${P}/milestones/:milestoneId`]: async (who, f) => {
    const milestone = await milestoneOf(f);
    return who.patch(`${f.process}/milestones/${milestone.id}`, { quickWin: true, version: milestone.version });
  },
  [`DELETE ${P}/milestones/:milestoneId`]: async (who, f) => {
    const plan = await planAt(f, 'draft');
    const milestone = (await f.founder.post(`${f.process}/plans/${plan.id}/milestones`, MILESTONE)).body;
    return who.delete(`${f.process}/milestones/${milestone.id}`);
  },
  // Row-level check: the milestone belongs to an action the subject holds, so the matrix alone decides.
  [`POST ${P}/milestones/:milestoneId/values`]: async (who, f) =>
    who.post(`${f.process}/milestones/${(await milestoneOf(f, who.user?.id)).id}/values`, { value: 12, measuredOn: '2026-01-15' }),
  [`GET ${P}/actions/:actionId/cost-lines`]: async (who, f) =>
    who.get(`${f.process}/actions/${(await planAt(f, 'draft')).actions[0].id}/cost-lines`),
  [`POST ${P}/actions/:actionId/cost-lines`]: async (who, f) =>
    who.post(`${f.process}/actions/${(await planAt(f, 'draft')).actions[0].id}/cost-lines`, COST_LINE),
  [`PATCH ${P}/cost-lines/:costLineId`]: async (who, f) => {
    const line = await costLineOf(f);
    return who.patch(`${f.process}/cost-lines/${line.id}`, { status: 'pledged', version: line.version });
  },
  [`DELETE ${P}/cost-lines/:costLineId`]: async (who, f) => who.delete(`${f.process}/cost-lines/${(await costLineOf(f)).id}`),
  [`GET ${P}/plans/:planId/costs`]: async (who, f) => who.get(`${f.process}/plans/${(await planAt(f, 'draft')).id}/costs`),
  [`GET ${P}/actions/:actionId/progress`]: async (who, f) =>
    who.get(`${f.process}/actions/${(await planAt(f, 'draft')).actions[0].id}/progress`),
  // Row-level check: the action is the subject's own, so the matrix alone decides.
  [`POST ${P}/actions/:actionId/progress`]: async (who, f) =>
    who.post(`${f.process}/actions/${(await planAt(f, 'approved', who.user?.id)).actions[0].id}/progress`, {
      text: 'Started',
      percent: 10,
    }),
  [`GET ${P}/report-backs`]: (who, f) => who.get(`${f.process}/report-backs`),
  // Row-level check: a participant records their own report-back, everyone else the spare participant's.
  [`POST ${P}/report-backs/:userId`]: async (who, f) =>
    who.post(`${f.process}/report-backs/${await reportingParticipant(f, who.user?.id)}`, { reportedOn: '2026-01-15' }),
  [`GET ${P}/dashboard`]: (who, f) => who.get(`${f.process}/dashboard`),
  [`GET ${W}/audit/events`]: (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/audit/events`),
  [`GET ${W}/audit/verification`]: (who, f) => who.get(`/api/v1/workspaces/${f.workspaceId}/audit/verification`),
  [`GET ${P}/audit/events`]: (who, f) => who.get(`${f.process}/audit/events`),
  [`GET ${P}/audit/verification`]: (who, f) => who.get(`${f.process}/audit/verification`),
  [`GET ${P}/calendar-feed`]: (who, f) => who.get(`${f.process}/calendar-feed`),
  [`POST ${P}/calendar-feed`]: (who, f) => who.post(`${f.process}/calendar-feed`),
  [`POST ${P}/calendar-feed/rotate`]: async (who, f) => {
    await who.post(`${f.process}/calendar-feed`);
    return who.post(`${f.process}/calendar-feed/rotate`);
  },
  [`DELETE ${P}/calendar-feed`]: (who, f) => who.delete(`${f.process}/calendar-feed`),
  [`DELETE ${P}/members/:userId`]: async (who, f) => {
    await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'observer' });
    return who.delete(`${f.process}/members/${f.spareUserId}`);
  },
  [`GET ${P}/initiation`]: (who, f) => who.get(`${f.process}/initiation`),
  [`GET ${P}/initiation/key-questions`]: (who, f) => who.get(`${f.process}/initiation/key-questions`),
  [`PUT ${P}/initiation/key-questions`]: (who, f) =>
    who.request('PUT', `${f.process}/initiation/key-questions`, {
      answers: [{ questionId: 'funding', risk: 'high', notes: 'One donor.' }],
      version: 0,
    }),
  [`GET ${P}/initiation/hosting`]: (who, f) => who.get(`${f.process}/initiation/hosting`),
  [`PUT ${P}/initiation/hosting`]: (who, f) =>
    who.request('PUT', `${f.process}/initiation/hosting`, {
      model: 'co_hosts',
      hosts: ['Ministry', 'Women’s Network'],
      rotationNote: '',
      version: 0,
    }),
  [`GET ${P}/initiation/mou`]: (who, f) => who.get(`${f.process}/initiation/mou`),
  [`PUT ${P}/initiation/mou`]: (who, f) =>
    who.request('PUT', `${f.process}/initiation/mou`, { text: 'We commit…', status: 'draft', agreedOn: null, parties: [], version: 0 }),
  [`GET ${P}/initiation/reality-check`]: (who, f) => who.get(`${f.process}/initiation/reality-check`),
  [`PUT ${P}/initiation/reality-check`]: (who, f) =>
    who.request('PUT', `${f.process}/initiation/reality-check`, { contingencyPlan: 'Meet online.', version: 0 }),
  ...initiationListRequests(),
  [`GET ${P}/initiation/my-checklist`]: (who, f) => who.get(`${f.process}/initiation/my-checklist`),
  [`PUT ${P}/initiation/my-checklist`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/stakeholder-groups`, { name: 'Youth' })).body;
    if (who.user) await f.founder.request('PUT', `${f.process}/members/${who.user.id}/group`, { stakeholderGroupId: group.id });
    return who.request('PUT', `${f.process}/initiation/my-checklist`, CHECKLIST);
  },
  [`GET ${P}/initiation/checklists`]: (who, f) => who.get(`${f.process}/initiation/checklists`),
  [`GET ${P}/initiation/checklists/:groupId`]: async (who, f) => {
    const group = (await f.founder.post(`${f.process}/stakeholder-groups`, { name: 'Youth' })).body;
    await f.founder.post(`${f.process}/members`, { userId: f.spareUserId, role: 'participant' });
    await f.founder.request('PUT', `${f.process}/members/${f.spareUserId}/group`, { stakeholderGroupId: group.id });
    expect((await f.spare.request('PUT', `${f.process}/initiation/my-checklist`, CHECKLIST)).status).toBe(200);
    return who.get(`${f.process}/initiation/checklists/${group.id}`);
  },
  ...meetingRequests(),
};

/** Someone who just joined the workspace as a member, for a cell to change or remove. */
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function decisionOf(f: Fixture, extra: Record<string, unknown> = {}): Promise<any> {
  const created = await f.founder.post(`${f.process}/decisions`, {
    questionKind: 'general',
    title: 'Venue',
    question: '',
    closesAt: inMinutes(60),
    ...extra,
  });
  expect(created.status).toBe(201);
  return created.body;
}

/**
 * A standing objection (a block on a closed consensus) by `objector`, who is made a participant when their
 * user id is given; where the objector may not take positions, the id of no objection (the guard answers first).
 */
async function objectionBy(f: Fixture, objector: Client, makeParticipant?: string): Promise<string> {
  if (makeParticipant)
    expect((await f.founder.post(`${f.process}/members`, { userId: makeParticipant, role: 'participant' })).status).toBe(201);
  const decision = await decisionOf(f);
  await objector.request('PUT', `${f.process}/decisions/${decision.id}/position`, { position: 'block', reason: 'Not yet' });
  await f.founder.post(`${f.process}/decisions/${decision.id}/close`, { version: decision.version });
  const register = await f.founder.get(`${f.process}/objections`);
  return register.body.items[0]?.objectionId ?? '00000000-0000-4000-8000-000000000000';
}

async function freshMember(f: Fixture): Promise<string> {
  const person = await new Client(f.founder.baseUrl).signUp('Fresh');
  return joinWorkspace(f.founder, person, f.workspaceId, 'member');
}

const CHECKLIST = {
  answers: [{ questionId: 'interests', notes: 'Safer markets.' }],
  stance: 'join',
  sharedWithConveners: true,
  version: 0,
};

/** Each initiation list: read, add, edit at a version and remove one row (the founder, a convener, adds it). */
function initiationListRequests(): typeof REQUESTS {
  const rows: Record<string, Record<string, unknown>> = {
    champions: { name: 'Amina Diallo', affiliation: 'UNDP', reason: 'Trusted by the police' },
    'core-group': { name: 'Ben Okello', organisation: 'Women’s Network', contribution: 'Two days a month' },
    'facilitation-resources': { kind: 'venue', description: 'Town hall', secured: true },
    'cost-lines': { item: 'Venue hire', amount: '1200.50', currency: 'USD' },
    'funding-sources': { funder: 'Peace Fund', amount: '1000', currency: 'USD', status: 'pledged' },
  };
  const requests: typeof REQUESTS = {};
  for (const [list, row] of Object.entries(rows)) {
    const added = async (f: Fixture) => (await f.founder.post(`${f.process}/initiation/${list}`, row)).body;
    requests[`GET ${P}/initiation/${list}`] = (who, f) => who.get(`${f.process}/initiation/${list}?q=a&limit=5`);
    requests[`POST ${P}/initiation/${list}`] = (who, f) => who.post(`${f.process}/initiation/${list}`, row);
    requests[`PUT ${P}/initiation/${list}/:itemId`] = async (who, f) => {
      const item = await added(f);
      return who.request('PUT', `${f.process}/initiation/${list}/${item.id}`, { ...row, version: item.version });
    };
    requests[`DELETE ${P}/initiation/${list}/:itemId`] = async (who, f) =>
      who.delete(`${f.process}/initiation/${list}/${(await added(f)).id}`);
  }
  return requests;
}

/** The founder (a convener) brings a fresh charter version to the given state. */
async function charterAt(f: Fixture, state: 'draft' | 'proposed' | 'adopted'): Promise<any> {
  let version = (await f.founder.post(`${f.process}/charter/versions`, {})).body;
  if (state === 'draft') return version;
  version = (await f.founder.post(`${f.process}/charter/versions/${version.id}/propose`, { version: version.version })).body;
  if (state === 'proposed') return version;
  return (await f.founder.post(`${f.process}/charter/versions/${version.id}/adopt`, { version: version.version })).body;
}

async function openAmendment(f: Fixture): Promise<string> {
  const draft = await charterAt(f, 'draft');
  return (
    await f.founder.post(`${f.process}/charter/versions/${draft.id}/amendments`, { sectionKey: 'roles', proposedText: 'Clearer roles' })
  ).body.id as string;
}

const WORKING_GROUP = {
  name: 'Market roads task force',
  kind: 'task_force',
  mandate: 'Patrol plan for market days',
  leadUserId: null,
  memberIds: [],
};
const PLAN = { title: 'Safer market roads', goal: 'Traders reach the markets safely' };

/**
 * The founder (a convener) makes a plan with one action in the given state. The action is owned by
 * `ownerId` when that person takes part in the process, otherwise by the founder.
 */
async function planAt(f: Fixture, state: 'draft' | 'proposed' | 'approved', ownerId?: string): Promise<any> {
  let plan = (await f.founder.post(`${f.process}/plans`, PLAN)).body;
  const members = (await f.founder.get(`${f.process}/members`)).body.items as { userId: string }[];
  const owner = members.some((member) => member.userId === ownerId) ? ownerId : f.founder.user?.id;
  await f.founder.post(`${f.process}/plans/${plan.id}/actions`, {
    title: 'Patrol on market days',
    owner: { kind: 'member', id: owner },
    dueDate: '2026-06-30',
  });
  plan = (await f.founder.get(`${f.process}/plans/${plan.id}`)).body;
  if (state === 'draft') return plan;
  plan = (await f.founder.post(`${f.process}/plans/${plan.id}/propose`, { version: plan.version })).body;
  if (state === 'proposed') return plan;
  return (await f.founder.post(`${f.process}/plans/${plan.id}/approve`, { version: plan.version })).body;
}
const DO_NO_HARM_ANSWERS = DO_NO_HARM_QUESTIONS.map((question) => ({
  key: question.key,
  rating: 'low',
  mitigation: 'Meetings away from barracks.',
}));
const STAKEHOLDER = { kind: 'organisation', name: 'District police command', influence: 5, interest: 3, stance: 'neutral' };

async function stakeholderOf(f: Fixture, name = 'District police command'): Promise<any> {
  return (await f.founder.post(`${f.process}/stakeholders`, { ...STAKEHOLDER, name })).body;
}

async function relationshipOf(f: Fixture): Promise<string> {
  const [a, b] = [await stakeholderOf(f, 'Police'), await stakeholderOf(f, 'Ministry')];
  return (await f.founder.post(`${f.process}/stakeholder-relationships`, { fromId: a.id, toId: b.id, kind: 'dependency', strength: 3 }))
    .body.id as string;
}

async function prospectOf(f: Fixture): Promise<any> {
  return (await f.founder.post(`${f.process}/prospects`, { name: 'Joseph Ngono', email: 'joseph@example.org' })).body;
}

const MILESTONE = {
  title: 'Robberies halved',
  dueDate: '2026-12-31',
  unit: 'robberies a month',
  baseline: 40,
  target: 20,
  direction: 'decrease',
};
const COST_LINE = { item: 'Fuel', amount: '150.00', currency: 'USD', fundingSource: 'Embassy', status: 'needed' };

/** A milestone of an approved plan, linked to its action (owned by `ownerId` when they take part, as in planAt). */
async function milestoneOf(f: Fixture, ownerId?: string): Promise<any> {
  const plan = await planAt(f, 'approved', ownerId);
  return (await f.founder.post(`${f.process}/plans/${plan.id}/milestones`, { ...MILESTONE, actionId: plan.actions[0].id })).body;
}

async function costLineOf(f: Fixture): Promise<any> {
  const plan = await planAt(f, 'draft');
  return (await f.founder.post(`${f.process}/actions/${plan.actions[0].id}/cost-lines`, COST_LINE)).body;
}

/** The participant whose report-back is recorded: the subject when they are one, otherwise the spare person. Their entry exists. */
async function reportingParticipant(f: Fixture, subjectId?: string): Promise<string> {
  const members = (await f.founder.get(`${f.process}/members`)).body.items as { userId: string; role: string }[];
  const userId = members.some((member) => member.userId === subjectId && member.role === 'participant')
    ? (subjectId as string)
    : f.spareUserId;
  if (userId === f.spareUserId) await f.founder.post(`${f.process}/members`, { userId, role: 'participant' });
  await f.founder.request('PUT', `${f.process}/accountability/${userId}`, {
    accountableTo: 'Ministry',
    constituency: 'Officers',
    channel: 'Briefing',
    frequency: 'monthly',
  });
  return userId;
}

const GRIEVANCE = {
  handlers: 'A panel of two participants not party to the grievance, chosen by the facilitator',
  acknowledgeDays: 3,
  respondDays: 14,
  escalationPath: 'To the co-conveners, then to the steering group',
  appealProcedure: 'Within 14 days to the steering group, whose decision is final',
  inactiveParticipantProcedure: 'After two missed meetings the facilitator asks the constituency to confirm or replace the representative',
  underminingBehaviourProcedure: 'A private conversation with the facilitator, then the group decides',
  version: 0,
};

describe('permission matrix, cell by cell, through HTTP', () => {
  let server: TestApp;
  let founder: Client;
  let workspaceId: string;
  let spareUserId: string;
  let spare: Client;
  const subjects: Subject[] = [];

  beforeAll(async () => {
    server = await startTestApp();
    founder = await new Client(server.url).signUp('Founder');
    workspaceId = await createWorkspace(founder, 'Matrix');
    for (const role of ['owner', 'admin', 'member'] as const) {
      const client = await new Client(server.url).signUp(`ws-${role}`);
      await joinWorkspace(founder, client, workspaceId, role);
      subjects.push({ name: `workspace ${role} outside the process`, grants: { workspaceRole: role }, client });
    }
    for (const role of PROCESS_ROLES) {
      const client = await new Client(server.url).signUp(`p-${role}`);
      await joinWorkspace(founder, client, workspaceId, 'member');
      subjects.push({ name: `${role} (workspace member)`, grants: { workspaceRole: 'member', processRole: role }, client });
    }
    spare = await new Client(server.url).signUp('Spare');
    spareUserId = await joinWorkspace(founder, spare, workspaceId, 'member');
    const stranger = await new Client(server.url).signUp('Stranger');
    await createWorkspace(stranger, 'Elsewhere');
    subjects.push({ name: 'member of another workspace', grants: {}, client: stranger });
  });
  afterAll(() => server.close());

  it('has a request for every endpoint of a workspace or process action', () => {
    const scoped = routesOf(server.app).filter((route) => route.action && ACTIONS[route.action].scope !== 'user');
    expect(Object.keys(REQUESTS).sort()).toEqual(scoped.map((route) => route.signature).sort());
  });

  it.each(Object.keys(REQUESTS))('enforces %s for every role', async (signature) => {
    const action = routesOf(server.app).find((route) => route.signature === signature)?.action as Action;
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const subject of subjects) {
      // A fresh process per cell, so one cell's change (archive, transition) cannot decide another's.
      const created = await createProcess(founder, workspaceId);
      const process = `/api/v1/workspaces/${workspaceId}/processes/${created.id}`;
      if (subject.grants.processRole) {
        const added = await founder.post(`${process}/members`, { userId: subject.client.user?.id, role: subject.grants.processRole });
        expect(added.status).toBe(201);
      }
      const reply = await REQUESTS[signature](subject.client, { workspaceId, process, founder, spareUserId, spare });
      const allowed = can(subject.grants, action);
      const hidden = !subject.grants.workspaceRole || (ACTIONS[action].scope === 'process' && !can(subject.grants, 'process.view'));
      expected.push(`${subject.name}: ${allowed ? 'allowed' : hidden ? 404 : 403}`);
      outcomes.push(`${subject.name}: ${reply.status < 300 ? 'allowed' : reply.status}`);
    }
    expect(outcomes).toEqual(expected);
  });
});

describe('default deny', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.close());

  it('finds a @Permission or @Public declaration on every route', () => {
    const routes = routesOf(server.app);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => !route.declared).map((route) => route.signature)).toEqual([]);
  });
});
