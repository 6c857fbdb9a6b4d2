import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, startTestApp, type TestApp, withAppRole } from './harness';

const HOUR = 3600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

const AGENDA = [
  { title: 'Welcome and ground rules', minutes: 10 },
  {
    title: 'Market road security',
    minutes: 20,
    items: [
      { title: 'Police patrol plan', minutes: 15 },
      { title: 'Traders’ concerns', minutes: 15 },
    ],
  },
  { title: 'Next steps', minutes: 10 },
];

function plenary(extra: Record<string, unknown> = {}) {
  return {
    kind: 'plenary',
    format: 'in_person',
    title: 'Second plenary',
    startsAt: at(24 * HOUR),
    endsAt: at(26 * HOUR),
    agenda: AGENDA,
    ...extra,
  };
}

describe('meetings: scheduling, invitations, RSVP, attendance, quorum and minutes', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let secretariat: Client;
  let observer: Client;
  let stranger: Client;
  const participants: Client[] = [];
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    facilitator = await new Client(server.url).signUp('Facilitator');
    secretariat = await new Client(server.url).signUp('Secretariat');
    observer = await new Client(server.url).signUp('Observer');
    for (const client of [facilitator, secretariat, observer]) await joinWorkspace(convener, client, workspaceId);
    for (const name of ['Amina Police', 'Beatriz Women', 'Chen Youth', 'Dan Uninvited']) {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      participants.push(client);
    }
    stranger = await new Client(server.url).signUp('Stranger');
    await createWorkspace(stranger, 'Elsewhere');
  });
  afterAll(() => server.close());

  async function setUp(regime?: string) {
    const process = await createProcess(convener, workspaceId);
    const base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    const roles: [Client, string][] = [
      [facilitator, 'facilitator'],
      [secretariat, 'secretariat'],
      [observer, 'observer'],
      ...participants.map((client) => [client, 'participant'] as [Client, string]),
    ];
    for (const [client, role] of roles)
      expect((await convener.post(`${base}/members`, { userId: client.user?.id, role })).status).toBe(201);
    if (regime) {
      const saved = await convener.request('PUT', `${base}/confidentiality`, {
        defaultMode: regime,
        mediaSpokespeople: 'The co-conveners',
        externalCommunication: 'Agreed statements only',
        version: 0,
      });
      expect(saved.status).toBe(200);
    }
    return { base, process };
  }

  async function meetingWith(base: string, invitees: Client[], extra: Record<string, unknown> = {}) {
    const created = await secretariat.post(`${base}/meetings`, plenary(extra));
    expect(created.status).toBe(201);
    const meetings = `${base}/meetings/${created.body.id}`;
    if (invitees.length > 0) {
      const invited = await secretariat.post(`${meetings}/invitations`, { memberIds: invitees.map((client) => client.user?.id) });
      expect(invited.status).toBe(200);
    }
    return { meeting: created.body, url: meetings };
  }

  it('schedules a meeting with an agenda, edits it at its version (409 when stale), only ever makes its mode stricter, and cancels it', async () => {
    const { base } = await setUp('chatham_house');
    const created = await convener.post(`${base}/meetings`, plenary({ hosts: ['Ministry', ' Women’s Network '] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'plenary',
      mode: 'chatham_house',
      effectiveMode: 'chatham_house',
      state: 'upcoming',
      hosts: ['Ministry', 'Women’s Network'],
      minutesStatus: 'draft',
      rsvp: { yes: 0, no: 0, maybe: 0, pending: 0, alternates: 0 },
      myInvitation: null,
      version: 1,
    });
    expect(created.body.agenda[1].items[1]).toMatchObject({ title: 'Traders’ concerns', minutes: 15 });
    const url = `${base}/meetings/${created.body.id}`;

    const looser = await convener.post(`${base}/meetings`, plenary({ mode: 'on_the_record' }));
    expect(looser.status).toBe(400);
    expect(looser.body.reason).toBe('modeLooserThanRegime');

    const stricter = await facilitator.patch(url, { mode: 'off_the_record', title: 'Second plenary (closed)', version: 1 });
    expect(stricter.status).toBe(200);
    expect(stricter.body).toMatchObject({ mode: 'off_the_record', title: 'Second plenary (closed)', version: 2 });
    const back = await facilitator.patch(url, { mode: 'chatham_house', version: 2 });
    expect(back.status).toBe(400);
    expect(back.body.reason).toBe('modeLooserThanBefore');

    const stale = await secretariat.patch(url, { title: 'Stale', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await convener.get(url)).body.title).toBe('Second plenary (closed)');

    const inverted = await convener.patch(url, { startsAt: at(30 * HOUR), version: 2 });
    expect(inverted.body.reason).toBe('meetingEndsBeforeStart');
    const badAgenda = await convener.patch(url, { agenda: [{ title: 'x', minutes: 5, ownerId: stranger.user?.id }], version: 2 });
    expect(badAgenda.body.reason).toBe('agendaOwnerUnknown');
    const owned = await convener.patch(url, { agenda: [{ title: 'Patrols', minutes: 5, ownerId: participants[0].user?.id }], version: 2 });
    expect(owned.body.agenda).toEqual([{ title: 'Patrols', minutes: 5, ownerId: participants[0].user?.id }]);

    expect((await convener.post(`${url}/cancel`, { version: 1 })).status).toBe(409);
    const cancelled = await convener.post(`${url}/cancel`, { version: 3 });
    expect(cancelled.body).toMatchObject({ state: 'cancelled' });
    expect((await convener.patch(url, { title: 'Again', version: 4 })).body.reason).toBe('meetingCancelled');
    expect((await participants[0].post(`${url}/cancel`, { version: 4 })).status).toBe(403);
  });

  it('lists upcoming meetings soonest first and past ones newest first, page by page with a cursor', async () => {
    const { base } = await setUp();
    for (const days of [3, 1, 2])
      await secretariat.post(
        `${base}/meetings`,
        plenary({ title: `In ${days}`, startsAt: at(days * 24 * HOUR), endsAt: at(days * 24 * HOUR + HOUR) }),
      );
    for (const days of [2, 1])
      await secretariat.post(
        `${base}/meetings`,
        plenary({ title: `Ago ${days}`, startsAt: at(-days * 24 * HOUR), endsAt: at(-days * 24 * HOUR + HOUR) }),
      );
    const first = await secretariat.get(`${base}/meetings?limit=2`);
    expect(first.body.items.map((m: { title: string }) => m.title)).toEqual(['In 1', 'In 2']);
    const second = await secretariat.get(`${base}/meetings?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((m: { title: string }) => m.title)).toEqual(['In 3']);
    expect(second.body.nextCursor).toBeNull();
    const past = await secretariat.get(`${base}/meetings?when=past`);
    expect(past.body.items.map((m: { title: string; state: string }) => `${m.title}:${m.state}`)).toEqual(['Ago 1:ended', 'Ago 2:ended']);
    expect((await secretariat.get(`${base}/meetings?cursor=forged`)).body.reason).toBe('cursorInvalid');
    expect((await secretariat.get(`${base}/meetings?when=soon`)).status).toBe(400);
  });

  it('shows participants only the meetings they are invited to, observers only plenaries, and other workspaces nothing (in the query)', async () => {
    const { base } = await setUp();
    const [amina, , , dan] = participants;
    const invited = await meetingWith(base, [amina]);
    const consultation = await meetingWith(base, [amina], { kind: 'consultation', title: 'Police consultation' });
    const titles = async (client: Client) => (await client.get(`${base}/meetings`)).body.items?.map((m: { title: string }) => m.title);
    expect(await titles(amina)).toEqual(['Second plenary', 'Police consultation']);
    expect(await titles(dan)).toEqual([]);
    expect(await titles(observer)).toEqual(['Second plenary']);
    expect(await titles(convener)).toHaveLength(2);
    expect((await dan.get(invited.url)).status).toBe(404);
    expect((await dan.get(`${invited.url}/minutes`)).status).toBe(404);
    expect((await dan.post(`${invited.url}/rsvp`, { response: 'yes' })).status).toBe(404);
    expect((await observer.get(consultation.url)).status).toBe(404);
    expect((await observer.get(invited.url)).status).toBe(200);
    expect((await stranger.get(invited.url)).status).toBe(404);
    expect((await stranger.get(`${base}/meetings`)).status).toBe(404);
    expect((await amina.get(invited.url)).body.myInvitation).toMatchObject({ response: null });
    // Writes are the leads': a participant and an observer are refused even on a meeting they see.
    expect((await amina.post(`${base}/meetings`, plenary())).status).toBe(403);
    expect((await observer.patch(invited.url, { title: 'x', version: 1 })).status).toBe(403);
    expect((await amina.post(`${invited.url}/invitations`, { memberIds: [dan.user?.id] })).status).toBe(403);
    expect((await amina.post(`${invited.url}/attendance`, { memberIds: [amina.user?.id] })).status).toBe(403);
    expect((await convener.post(`${invited.url}/attendance`, { memberIds: [amina.user?.id] })).status).toBe(403);
    expect((await amina.post(`${invited.url}/minutes/statements`, { text: 'x' })).status).toBe(403);
    expect((await amina.post(`${invited.url}/attendance-code`)).status).toBe(403);
  });

  it('invites stakeholder groups and working groups as their members, takes RSVPs with alternates, and loses none of many at once', async () => {
    const { base } = await setUp();
    const [amina, beatriz, chen, dan] = participants;
    const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
    const women = (await convener.post(`${base}/stakeholder-groups`, { name: 'Women’s groups' })).body;
    expect((await convener.request('PUT', `${base}/members/${amina.user?.id}/group`, { stakeholderGroupId: police.id })).status).toBe(204);
    await convener.request('PUT', `${base}/members/${beatriz.user?.id}/group`, { stakeholderGroupId: women.id });
    const group = await convener.post(`${base}/working-groups`, {
      name: 'Youth task force',
      kind: 'task_force',
      mandate: 'Youth voices',
      leadUserId: null,
      memberIds: [chen.user?.id],
    });
    expect(group.status).toBe(201);
    const { url } = await meetingWith(base, []);
    const invited = await secretariat.post(`${url}/invitations`, {
      stakeholderGroupIds: [police.id, women.id],
      workingGroupIds: [group.body.id],
    });
    expect(invited.body.items.map((item: { member: { displayName: string } }) => item.member.displayName)).toEqual([
      'Amina Police',
      'Beatriz Women',
      'Chen Youth',
    ]);
    expect(invited.body.rsvp).toMatchObject({ pending: 3 });
    expect((await secretariat.post(`${url}/invitations`, { memberIds: [stranger.user?.id] })).body.reason).toBe('inviteeUnknown');
    expect((await secretariat.post(`${url}/invitations`, { stakeholderGroupIds: [group.body.id] })).body.reason).toBe(
      'stakeholderGroupUnknown',
    );

    // Three invitees answer at the same time: every answer lands.
    const answers = await Promise.all([
      amina.post(`${url}/rsvp`, { response: 'yes' }),
      beatriz.post(`${url}/rsvp`, { response: 'maybe' }),
      chen.post(`${url}/rsvp`, { response: 'no', alternateId: dan.user?.id }),
    ]);
    expect(answers.map((reply) => reply.status)).toEqual([200, 200, 200]);
    const meeting = (await secretariat.get(url)).body;
    expect(meeting.rsvp).toEqual({ yes: 1, no: 1, maybe: 1, pending: 0, alternates: 1 });
    expect((await chen.get(url)).body.myInvitation).toMatchObject({ response: 'no', alternateId: dan.user?.id });
    // The alternate now sees the meeting they attend instead of Chen.
    expect((await dan.get(url)).status).toBe(200);

    expect((await amina.post(`${url}/rsvp`, { response: 'yes', alternateId: dan.user?.id })).body.reason).toBe('alternateOnlyWhenAbsent');
    expect((await amina.post(`${url}/rsvp`, { response: 'no', alternateId: beatriz.user?.id })).body.reason).toBe('alternateIsInvitee');
    expect((await amina.post(`${url}/rsvp`, { response: 'no', alternateId: stranger.user?.id })).body.reason).toBe(
      'alternateNotParticipant',
    );
    expect((await amina.post(`${url}/rsvp`, { response: 'perhaps' })).status).toBe(400);
    // Withdrawing Beatriz's invitation: she no longer sees the meeting.
    const withdrawn = await secretariat.delete(`${url}/invitations/${beatriz.user?.id}`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.items).toHaveLength(2);
    expect((await beatriz.get(url)).status).toBe(404);
    expect((await secretariat.delete(`${url}/invitations/${beatriz.user?.id}`)).status).toBe(404);
    // A convener sees every meeting but answers only an invitation they have.
    expect((await convener.post(`${url}/rsvp`, { response: 'yes' })).status).toBe(403);
  });

  it('takes attendance by the secretariat and by code, once per person however many check in at once, and shows the live quorum', async () => {
    const { base } = await setUp();
    const [amina, beatriz, chen, dan] = participants;
    const police = (await convener.post(`${base}/stakeholder-groups`, { name: 'Police', indispensable: true })).body;
    await convener.request('PUT', `${base}/members/${amina.user?.id}/group`, { stakeholderGroupId: police.id });
    const { url } = await meetingWith(base, [amina, beatriz, chen], { startsAt: at(-10 * 60_000), endsAt: at(HOUR) });
    await chen.post(`${url}/rsvp`, { response: 'no', alternateId: dan.user?.id });

    const before = await secretariat.get(`${url}/attendance`);
    expect(before.body.quorum).toMatchObject({
      met: false,
      entitled: 3,
      attendance: { needed: 2, have: 0 },
      missingGroups: [{ id: police.id, name: 'Police' }],
    });

    expect((await beatriz.post(`${url}/check-in`, { code: 'ABCD-EFGH' })).body.reason).toBe('attendanceCodeWrong');
    const code = await facilitator.post(`${url}/attendance-code`);
    expect(code.status).toBe(201);
    expect(code.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(code.body.formatted).toBe(`${code.body.code.slice(0, 4)}-${code.body.code.slice(4)}`);
    expect((await secretariat.get(url)).body.hasAttendanceCode).toBe(true);
    expect((await beatriz.post(`${url}/check-in`, { code: 'ABCD-EFGH' })).body.reason).toBe('attendanceCodeWrong');

    // The same person checks in five times at once, Dan (Chen's alternate) too: one row each.
    const typed = code.body.formatted.toLowerCase();
    const replies = await Promise.all([
      ...Array.from({ length: 5 }, () => beatriz.post(`${url}/check-in`, { code: typed })),
      dan.post(`${url}/check-in`, { code: code.body.code }),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect((await beatriz.get(url)).body.attended).toBe(true);
    const racing = await Promise.all([
      secretariat.post(`${url}/attendance`, { memberIds: [amina.user?.id, beatriz.user?.id] }),
      facilitator.post(`${url}/attendance`, { memberIds: [amina.user?.id] }),
    ]);
    expect(racing.map((reply) => reply.status)).toEqual([200, 200]);
    const after = await secretariat.get(`${url}/attendance`);
    expect(
      after.body.items.map((item: { member: { displayName: string }; recordedHow: string; alternate: boolean }) => [
        item.member.displayName,
        item.recordedHow,
        item.alternate,
      ]),
    ).toEqual([
      ['Amina Police', 'secretariat', false],
      ['Beatriz Women', 'code', false],
      ['Dan Uninvited', 'code', true],
    ]);
    expect(after.body.quorum).toMatchObject({ met: true, attendance: { needed: 2, have: 3, met: true }, missingGroups: [] });
    const rows = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
      const result = await db.query('select count(*)::int as n from meeting_attendance where meeting_id = $1', [url.split('/').pop()]);
      await db.query('commit');
      return result.rows[0].n;
    });
    expect(rows).toBe(3);

    expect((await secretariat.post(`${url}/attendance`, { memberIds: [observer.user?.id] })).body.reason).toBe('attendeeNotInvited');
    // A correction: Dan was recorded by mistake, then again by his code; a second removal finds nothing.
    const corrected = await facilitator.delete(`${url}/attendance/${dan.user?.id}`);
    expect(corrected.status).toBe(200);
    expect(corrected.body.items).toHaveLength(2);
    expect((await facilitator.delete(`${url}/attendance/${dan.user?.id}`)).status).toBe(404);
    expect((await amina.delete(`${url}/attendance/${beatriz.user?.id}`)).status).toBe(403);
    expect((await dan.post(`${url}/check-in`, { code: code.body.code })).status).toBe(200);
    expect((await observer.post(`${url}/check-in`, { code: code.body.code })).status).toBe(403);
    // On the record, an invitee sees who attended; the observer (not invited) does not.
    expect((await amina.get(`${url}/attendance`)).status).toBe(200);
    expect((await amina.get(`${url}/invitations`)).status).toBe(200);
    expect((await observer.get(`${url}/attendance`)).status).toBe(403);

    const later = await meetingWith(base, [amina]);
    await facilitator.post(`${later.url}/attendance-code`);
    expect((await amina.post(`${later.url}/check-in`, { code: code.body.code })).body.reason).toBe('attendanceWindowClosed');
  });

  it('keeps attendance lists from attendees under the Chatham House Rule and off the record', async () => {
    const { base } = await setUp('chatham_house');
    const [amina] = participants;
    const { url } = await meetingWith(base, [amina]);
    expect((await amina.get(`${url}/attendance`)).status).toBe(403);
    expect((await amina.get(`${url}/invitations`)).status).toBe(403);
    expect((await convener.get(`${url}/attendance`)).status).toBe(200);
    expect((await secretariat.get(`${url}/invitations`)).status).toBe(200);
  });

  it('drafts minutes on the record in agenda order, reviews and approves them, then keeps them read-only', async () => {
    const { base } = await setUp();
    const [amina, beatriz] = participants;
    const { url } = await meetingWith(base, [amina, beatriz], { startsAt: at(-2 * HOUR), endsAt: at(-HOUR) });
    await secretariat.post(`${url}/attendance`, { memberIds: [amina.user?.id, beatriz.user?.id] });
    const first = await secretariat.post(`${url}/minutes/statements`, {
      text: 'Patrols start on market days.',
      agendaNumber: '2.1',
      quotedMemberId: amina.user?.id,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      ordinal: 1,
      agendaNumber: '2.1',
      quoted: { id: amina.user?.id, displayName: 'Amina Police' },
      quotedName: 'Amina Police',
    });
    await facilitator.post(`${url}/minutes/statements`, { text: 'Welcome.', agendaNumber: '1' });
    await secretariat.post(`${url}/minutes/statements`, { text: 'Traders ask for lighting.', agendaNumber: '2.2', quotedName: 'A trader' });
    await secretariat.post(`${url}/minutes/statements`, { text: 'General remark.' });
    expect((await secretariat.post(`${url}/minutes/statements`, { text: 'x', agendaNumber: '7' })).body.reason).toBe('agendaItemUnknown');
    expect((await secretariat.post(`${url}/minutes/statements`, { text: 'x', agendaNumber: 'seven' })).status).toBe(400);
    const point = await secretariat.post(`${url}/minutes/action-points`, { text: 'Police to share the patrol schedule' });
    expect(point.status).toBe(201);

    // Participants see no draft; the drafters do, in agenda order.
    const draftForAmina = await amina.get(`${url}/minutes`);
    expect(draftForAmina.body).toMatchObject({ status: 'draft', statementsVisible: false, statements: [] });
    const draft = await facilitator.get(`${url}/minutes`);
    expect(draft.body.statements.map((s: { text: string }) => s.text)).toEqual([
      'Welcome.',
      'Patrols start on market days.',
      'Traders ask for lighting.',
      'General remark.',
    ]);
    expect(draft.body.actionPoints).toEqual([expect.objectContaining({ ordinal: 5, text: 'Police to share the patrol schedule' })]);

    const edited = await secretariat.patch(`${url}/minutes/statements/${first.body.id}`, {
      text: 'Patrols start on market days, from May.',
      version: 1,
    });
    expect(edited.body).toMatchObject({ version: 2, text: 'Patrols start on market days, from May.' });
    expect((await facilitator.patch(`${url}/minutes/statements/${first.body.id}`, { text: 'Stale', version: 1 })).status).toBe(409);
    const general = draft.body.statements[3];
    expect((await secretariat.delete(`${url}/minutes/statements/${general.id}`)).status).toBe(204);

    expect((await secretariat.post(`${url}/minutes/submit`, { version: 99 })).status).toBe(409);
    expect((await amina.post(`${url}/minutes/reviews`, { verdict: 'approve' })).body.reason).toBe('minutesStateInvalid');
    const submitted = await secretariat.post(`${url}/minutes/submit`, { version: draft.body.version });
    expect(submitted.body).toMatchObject({ status: 'in_review', statementsVisible: true });
    expect((await amina.get(`${url}/minutes`)).body.statements).toHaveLength(3);
    expect((await secretariat.post(`${url}/minutes/statements`, { text: 'Late' })).body.reason).toBe('minutesNotEditable');
    expect((await secretariat.patch(`${url}/minutes/statements/${first.body.id}`, { text: 'Late', version: 2 })).body.reason).toBe(
      'minutesNotEditable',
    );
    expect((await secretariat.post(`${url}/minutes/action-points`, { text: 'Late' })).body.reason).toBe('minutesNotEditable');

    // An objection holds approval; reopening clears the reviews.
    const objected = await beatriz.post(`${url}/minutes/reviews`, { verdict: 'object', comment: 'Lighting was agreed, not asked.' });
    expect(objected.body).toMatchObject({ status: 'in_review' });
    expect(objected.body.reviews).toEqual([
      { member: { id: beatriz.user?.id, displayName: 'Beatriz Women' }, verdict: 'object', comment: 'Lighting was agreed, not asked.' },
    ]);
    expect((await observer.post(`${url}/minutes/reviews`, { verdict: 'approve' })).status).toBe(403);
    expect((await convener.post(`${url}/minutes/reviews`, { verdict: 'approve' })).status).toBe(403);
    const reopened = await secretariat.post(`${url}/minutes/reopen`, { version: submitted.body.version });
    expect(reopened.body).toMatchObject({ status: 'draft', reviews: [] });
    const resubmitted = await secretariat.post(`${url}/minutes/submit`, { version: reopened.body.version });

    // Two attendees approve at once: both reviews count and the minutes are approved exactly once.
    const approvals = await Promise.all([
      amina.post(`${url}/minutes/reviews`, { verdict: 'approve' }),
      beatriz.post(`${url}/minutes/reviews`, { verdict: 'approve' }),
    ]);
    expect(approvals.map((reply) => reply.status)).toEqual([200, 200]);
    const approved = await amina.get(`${url}/minutes`);
    expect(approved.body).toMatchObject({ status: 'approved', version: resubmitted.body.version + 1 });
    expect(approved.body.approvedAt).not.toBeNull();
    expect(approved.body.reviews).toHaveLength(2);
    expect((await secretariat.post(`${url}/minutes/reopen`, { version: approved.body.version })).body.reason).toBe('minutesStateInvalid');
    expect((await secretariat.delete(`${url}/minutes/statements/${first.body.id}`)).body.reason).toBe('minutesNotEditable');
    expect((await amina.post(`${url}/minutes/statements/${first.body.id}/quote-me`)).body.reason).toBe('quoteOnlyUnderChathamHouse');
  });

  it('keeps no statements off the record, in the API and in the database, but keeps action points', async () => {
    const { base } = await setUp('off_the_record');
    const { url, meeting } = await meetingWith(base, []);
    expect((await secretariat.post(`${url}/minutes/statements`, { text: 'Said off the record' })).body.reason).toBe(
      'minutesKeepNoStatements',
    );
    expect((await secretariat.post(`${url}/minutes/action-points`, { text: 'Agreed: a joint patrol' })).status).toBe(201);
    const direct = withAppRole(async (db) => {
      await db.query('begin');
      try {
        await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
        await db.query(`insert into minutes_statements (workspace_id, meeting_id, ordinal, text) values ($1, $2, 99, 'planted')`, [
          workspaceId,
          meeting.id,
        ]);
      } finally {
        await db.query('rollback');
      }
    });
    await expect(direct).rejects.toThrow(/off the record/);
  });

  it('refuses hostile input with a 400, never a 500', async () => {
    const { base } = await setUp();
    const many = Array.from({ length: 101 }, (_, index) => ({ title: `Item ${index}`, minutes: 1 }));
    const tooMany = await secretariat.post(`${base}/meetings`, plenary({ agenda: many }));
    expect(tooMany.status).toBe(400);
    const nest = (depth: number): Record<string, unknown> => ({
      title: `Level ${depth}`,
      minutes: 1,
      ...(depth > 1 ? { items: [nest(depth - 1)] } : {}),
    });
    const deep = await secretariat.post(`${base}/meetings`, plenary({ agenda: [nest(4)] }));
    expect(deep.body.reason).toBe('agendaTooDeep');
    const deeper = await secretariat.post(`${base}/meetings`, plenary({ agenda: [nest(40)] }));
    expect(deeper.status).toBe(400);
    const spread = Array.from({ length: 60 }, () => ({ title: 'x', minutes: 1, items: [{ title: 'y', minutes: 1 }] }));
    expect((await secretariat.post(`${base}/meetings`, plenary({ agenda: spread }))).body.reason).toBe('agendaTooLong');
    expect((await secretariat.post(`${base}/meetings`, plenary({ title: 'Plenary\u0000' }))).status).toBe(400);
    expect((await secretariat.post(`${base}/meetings`, plenary({ agenda: [{ title: 'Item \ud800', minutes: 5 }] }))).status).toBe(400);
    expect((await secretariat.post(`${base}/meetings`, plenary({ agenda: [{ title: 'Item', minutes: 2 ** 40 }] }))).status).toBe(400);
    expect((await secretariat.post(`${base}/meetings`, plenary({ startsAt: 'tomorrow' }))).status).toBe(400);
    expect((await secretariat.post(`${base}/meetings`, plenary({ endsAt: at(24 * HOUR + 8 * 24 * HOUR) }))).body.reason).toBe(
      'meetingTooLong',
    );
    expect((await secretariat.post(`${base}/meetings`, plenary({ link: 'javascript:alert(1)' }))).status).toBe(400);
    expect((await secretariat.post(`${base}/meetings`, plenary({ kind: 'party' }))).status).toBe(400);
    const { url } = await meetingWith(base, []);
    expect((await secretariat.post(`${url}/minutes/statements`, { text: 'Lone \udc00 surrogate' })).status).toBe(400);
    expect((await secretariat.post(`${url}/minutes/statements`, { text: 'x'.repeat(5001) })).status).toBe(400);
    expect((await secretariat.post(`${url}/check-in`, { code: 'A\u0000' })).status).toBe(400);
    expect((await secretariat.get(`${base}/meetings/not-a-uuid`)).status).toBe(400);
    expect((await secretariat.get(`${base}/meetings/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await secretariat.post(`${url}/attendance`, { memberIds: ['x'] })).status).toBe(400);
  });
});
