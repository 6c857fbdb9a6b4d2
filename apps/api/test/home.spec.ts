import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TODO_KINDS, TODO_LIMITS } from '@common-ground/domain';
import {
  Client,
  createProcess,
  createWorkspace,
  joinWorkspace,
  type TestApp,
  startTestApp,
  uniqueEmail,
  withOwner,
  invitationToken,
} from './harness';
import { dialogue, makeTeam, member, planWith, type Team } from './implement-fixture';

const TODO = '/api/v1/me/todo';

interface Item {
  kind: string;
  id: string;
  title: string;
  workspaceId: string;
  workspaceName: string;
  processId: string | null;
  processTitle: string | null;
  dueOn: string | null;
  overdue: boolean;
  role: string | null;
  path: string | null;
}
interface Section {
  kind: string;
  total: number;
  items: Item[];
}

async function todo(client: Client): Promise<Record<string, Section>> {
  const reply = await client.get(TODO);
  expect(reply.status).toBe(200);
  expect(reply.body.sections.map((section: Section) => section.kind)).toEqual([...TODO_KINDS]);
  expect(reply.body.itemsPerSection).toBe(TODO_LIMITS.itemsPerSection);
  return Object.fromEntries((reply.body.sections as Section[]).map((section) => [section.kind, section]));
}

/** Every item of every section, as `kind: title` (to check what someone must never see). */
async function everything(client: Client): Promise<string[]> {
  return Object.values(await todo(client)).flatMap((section) =>
    section.items.map((item) => `${item.kind}: ${item.title} (${item.workspaceName})`),
  );
}

const idOf = (base: string) => base.split('/').pop() as string;
const workspaceOf = (base: string) => base.split('/')[4];

async function adoptCharter(by: Client, base: string): Promise<{ id: string; number: number }> {
  let version = (await by.post(`${base}/charter/versions`, {})).body;
  version = (await by.post(`${base}/charter/versions/${version.id}/propose`, { version: version.version })).body;
  version = (await by.post(`${base}/charter/versions/${version.id}/adopt`, { version: version.version })).body;
  expect(version.status).toBe('adopted');
  return version;
}

async function archive(by: Client, base: string): Promise<void> {
  const { version } = (await by.get(base)).body;
  expect((await by.post(`${base}/archive`, { version })).status).toBe(200);
}

describe('what I need to do', () => {
  let server: TestApp;
  let team: Team;

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
  });
  afterAll(() => server.close());

  it('answers 401 to someone not signed in', async () => {
    expect((await new Client(server.url).get(TODO)).status).toBe(401);
  });

  it('tells a brand-new person there is nothing yet, in every section', async () => {
    const newcomer = await new Client(server.url).signUp('Newcomer');
    const reply = await newcomer.get(TODO);
    expect(reply.body).toEqual({
      sections: TODO_KINDS.map((kind) => ({ kind, total: 0, items: [] })),
      itemsPerSection: TODO_LIMITS.itemsPerSection,
      workspaceCount: 0,
    });
  });

  it('lists the charter a participant has to sign, until they sign or decline it', async () => {
    const base = await dialogue(team, { title: 'Charter dialogue' });
    const version = await adoptCharter(team.convener, base);
    const path = `/w/${team.workspaceId}/p/${idOf(base)}/charter`;
    for (const participant of [team.amina, team.bilal]) {
      const { charter_signature: charters } = await todo(participant);
      expect(charters.items.filter((item) => item.processId === idOf(base))).toEqual([
        {
          kind: 'charter_signature',
          id: version.id,
          title: `Charter version ${version.number}`,
          workspaceId: team.workspaceId,
          workspaceName: 'Centre for Dialogue',
          processId: idOf(base),
          processTitle: 'Charter dialogue',
          dueOn: null,
          overdue: false,
          role: null,
          path,
        },
      ]);
    }
    // Only active participants sign: the convener, secretariat and observer are not asked.
    for (const other of [team.convener, team.secretariat, team.observer]) {
      expect((await todo(other)).charter_signature.items.filter((item) => item.processId === idOf(base))).toEqual([]);
    }
    expect((await team.amina.post(`${base}/charter/versions/${version.id}/signatures`)).status).toBe(201);
    expect((await team.bilal.post(`${base}/charter/versions/${version.id}/declines`, { reason: 'Not without the herders.' })).status).toBe(
      204,
    );
    for (const participant of [team.amina, team.bilal]) {
      expect((await todo(participant)).charter_signature.items.filter((item) => item.processId === idOf(base))).toEqual([]);
    }
  });

  it('lists the checklist of the participant’s stakeholder group while the process is in Initiate, until the group decides', async () => {
    const base = await dialogue(team, { title: 'Checklist dialogue' });
    const group = (await team.convener.post(`${base}/stakeholder-groups`, { name: 'Market traders' })).body.id as string;
    expect((await team.convener.request('PUT', `${base}/members/${team.amina.user?.id}/group`, { stakeholderGroupId: group })).status).toBe(
      204,
    );
    const { checklist } = await todo(team.amina);
    expect(checklist.items.filter((item) => item.processId === idOf(base))).toMatchObject([
      {
        kind: 'checklist',
        id: group,
        title: 'Market traders',
        processTitle: 'Checklist dialogue',
        path: `/w/${team.workspaceId}/p/${idOf(base)}/checklist`,
      },
    ]);
    // Bilal represents no group: nothing asked of him.
    expect((await todo(team.bilal)).checklist.items.filter((item) => item.processId === idOf(base))).toEqual([]);

    const answers = [{ questionId: 'interests', notes: 'Safer roads to the market.' }];
    const undecided = await team.amina.request('PUT', `${base}/initiation/my-checklist`, {
      answers,
      stance: 'undecided',
      sharedWithConveners: false,
      version: 0,
    });
    expect(undecided.status).toBe(200);
    expect((await todo(team.amina)).checklist.items.filter((item) => item.processId === idOf(base))).toHaveLength(1);
    const decided = await team.amina.request('PUT', `${base}/initiation/my-checklist`, {
      answers,
      stance: 'join',
      sharedWithConveners: false,
      version: undecided.body.version,
    });
    expect(decided.status).toBe(200);
    expect((await todo(team.amina)).checklist.items.filter((item) => item.processId === idOf(base))).toEqual([]);
  });

  it('lists the open actions of approved plans someone holds, overdue first, with the link to each', async () => {
    const base = await dialogue(team, { title: 'Action dialogue', timezone: 'UTC' });
    const group = (await team.convener.post(`${base}/stakeholder-groups`, { name: 'Transporters' })).body.id as string;
    expect((await team.convener.request('PUT', `${base}/members/${team.amina.user?.id}/group`, { stakeholderGroupId: group })).status).toBe(
      204,
    );
    const plan = await planWith(
      team.convener,
      base,
      [
        { title: 'Repair the Kousseri bridge', owner: member(team.amina), dueDate: '2099-03-01' },
        { title: 'Map the checkpoints', owner: member(team.amina), dueDate: '2020-02-01' },
        { title: 'Brief the transport unions', owner: { kind: 'stakeholder_group', id: group }, dueDate: '2099-01-15' },
        { title: 'Count the trucks', owner: member(team.amina), dueDate: '2020-01-10' },
        { title: 'Hire a surveyor', owner: member(team.amina), dueDate: '2099-02-01' },
        { title: 'Bilal’s errand', owner: member(team.bilal), dueDate: '2099-01-01' },
      ],
      true,
    );
    const surveyor = plan.actions.find((action: { title: string }) => action.title === 'Hire a surveyor');
    const done = await team.amina.request('PUT', `${base}/actions/${surveyor.id}/status`, { status: 'done', version: surveyor.version });
    expect(done.status).toBe(200);
    await planWith(team.convener, base, [{ title: 'A draft idea', owner: member(team.amina), dueDate: '2020-01-01' }]);

    const mine = (await todo(team.amina)).action.items.filter((item) => item.processId === idOf(base));
    expect(mine.map((item) => [item.title, item.dueOn, item.overdue])).toEqual([
      ['Count the trucks', '2020-01-10', true],
      ['Map the checkpoints', '2020-02-01', true],
      ['Brief the transport unions', '2099-01-15', false],
      ['Repair the Kousseri bridge', '2099-03-01', false],
    ]);
    const trucks = plan.actions.find((action: { title: string }) => action.title === 'Count the trucks');
    expect(mine[0]).toMatchObject({ id: trucks.id, path: `/w/${team.workspaceId}/p/${idOf(base)}/plan/${plan.id}/actions/${trucks.id}` });
    expect((await todo(team.bilal)).action.items.filter((item) => item.processId === idOf(base)).map((item) => item.title)).toEqual([
      'Bilal’s errand',
    ]);
  });

  it('lists the report-back a participant owes, overdue by their schedule', async () => {
    const base = await dialogue(team, { title: 'Report-back dialogue', timezone: 'UTC' });
    const saved = await team.secretariat.request('PUT', `${base}/accountability/${team.amina.user?.id}`, {
      accountableTo: 'Traders’ association',
      constituency: 'Market traders',
      channel: 'Monthly market meeting',
      frequency: 'monthly',
      lastReportedAt: '2026-01-31T09:00:00.000Z',
    });
    expect(saved.status).toBe(200);
    expect((await todo(team.amina)).report_back.items.filter((item) => item.processId === idOf(base))).toEqual([
      {
        kind: 'report_back',
        id: idOf(base),
        title: 'Traders’ association',
        workspaceId: team.workspaceId,
        workspaceName: 'Centre for Dialogue',
        processId: idOf(base),
        processTitle: 'Report-back dialogue',
        dueOn: '2026-02-28',
        overdue: true,
        role: null,
        path: `/w/${team.workspaceId}/p/${idOf(base)}/plan#report-backs-title`,
      },
    ]);
    expect((await todo(team.bilal)).report_back.items.filter((item) => item.processId === idOf(base))).toEqual([]);
  });

  it('lists the upcoming meetings a person has not answered, and the minutes they attended and have not reviewed', async () => {
    const base = await dialogue(team, { title: 'Meeting dialogue', timezone: 'Africa/Douala' });
    const schedule = async (title: string, startsAt: string, endsAt: string) => {
      const created = await team.secretariat.post(`${base}/meetings`, { kind: 'plenary', format: 'in_person', title, startsAt, endsAt });
      expect(created.status).toBe(201);
      const url = `${base}/meetings/${created.body.id}`;
      await team.secretariat.post(`${url}/invitations`, { memberIds: [team.amina.user?.id, team.bilal.user?.id] });
      return { id: created.body.id as string, version: created.body.version as number, url };
    };
    const soon = new Date(Date.now() + 48 * 3600_000);
    const upcoming = await schedule('Plenary to answer', soon.toISOString(), new Date(soon.getTime() + 3600_000).toISOString());
    const cancelled = await schedule('Called off', soon.toISOString(), new Date(soon.getTime() + 3600_000).toISOString());
    await team.secretariat.post(`${cancelled.url}/cancel`, { version: cancelled.version });
    const past = await schedule(
      'Held yesterday',
      new Date(Date.now() - 26 * 3600_000).toISOString(),
      new Date(Date.now() - 25 * 3600_000).toISOString(),
    );
    await team.secretariat.post(`${past.url}/attendance`, { memberIds: [team.amina.user?.id, team.bilal.user?.id] });
    await team.secretariat.post(`${past.url}/minutes/statements`, { text: 'We agreed on patrols.' });
    const minutes = (await team.secretariat.get(`${past.url}/minutes`)).body;
    expect((await team.secretariat.post(`${past.url}/minutes/submit`, { version: minutes.version })).status).toBe(200);

    const dayThere = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Douala' }).format(soon);
    const mine = (section: Section) => section.items.filter((item) => item.processId === idOf(base));
    const amina = await todo(team.amina);
    expect(mine(amina.meeting_rsvp)).toEqual([
      {
        kind: 'meeting_rsvp',
        id: upcoming.id,
        title: 'Plenary to answer',
        workspaceId: team.workspaceId,
        workspaceName: 'Centre for Dialogue',
        processId: idOf(base),
        processTitle: 'Meeting dialogue',
        dueOn: dayThere,
        overdue: false,
        role: null,
        path: `/w/${team.workspaceId}/p/${idOf(base)}/meetings/${upcoming.id}`,
      },
    ]);
    expect(mine(amina.minutes_review)).toEqual([
      expect.objectContaining({
        kind: 'minutes_review',
        id: past.id,
        title: 'Held yesterday',
        dueOn: null,
        path: `/w/${team.workspaceId}/p/${idOf(base)}/meetings/${past.id}#minutes`,
      }),
    ]);
    // Answered and reviewed: gone. Bilal, who did neither, still has both.
    expect((await team.amina.post(`${upcoming.url}/rsvp`, { response: 'maybe' })).status).toBe(200);
    expect((await team.amina.post(`${past.url}/minutes/reviews`, { verdict: 'object', comment: 'Not agreed yet.' })).status).toBe(200);
    const after = await todo(team.amina);
    expect(mine(after.meeting_rsvp)).toEqual([]);
    expect(mine(after.minutes_review)).toEqual([]);
    const bilal = await todo(team.bilal);
    expect(mine(bilal.meeting_rsvp).map((item) => item.title)).toEqual(['Plenary to answer']);
    expect(mine(bilal.minutes_review).map((item) => item.title)).toEqual(['Held yesterday']);
    // Nobody else sees them: the observer was not invited.
    expect(
      (await everything(team.observer)).filter((line) => line.includes('Plenary to answer') || line.includes('Held yesterday')),
    ).toEqual([]);
  });

  it('lists the invitations pending for the person’s proven e-mail address, never someone else’s, and drops them once accepted', async () => {
    const base = await dialogue(team, { title: 'Invitation dialogue' });
    const email = uniqueEmail('Invitee');
    const toProcess = await team.convener.post(`${base}/invitations`, { email, role: 'participant' });
    expect(toProcess.status).toBe(201);
    const toWorkspace = await team.convener.post(`/api/v1/workspaces/${team.workspaceId}/invitations`, {
      email: email.toUpperCase(),
      role: 'member',
    });
    expect(toWorkspace.status).toBe(201);
    const invitee = await new Client(server.url).signUp('Invitee', email);
    // Sign-up does not check the address: until the person uses a link mailed to it, nothing addressed to it shows.
    expect((await todo(invitee)).invitation.total).toBe(0);
    const otherDialogue = await dialogue(team, { title: 'Proving dialogue' });
    const proving = await team.convener.post(`${otherDialogue}/invitations`, { email, role: 'observer' });
    expect(proving.status).toBe(201);
    expect((await invitee.post(`/api/v1/invitations/${await invitationToken(proving.body.id)}/accept`)).status).toBe(200);

    const { invitation } = await todo(invitee);
    expect(invitation.total).toBe(2);
    expect(invitation.items.map((item) => [item.title, item.processTitle, item.role, item.workspaceName, item.path])).toEqual(
      expect.arrayContaining([
        ['Invitation dialogue', 'Invitation dialogue', 'participant', 'Centre for Dialogue', null],
        ['Centre for Dialogue', null, 'member', 'Centre for Dialogue', null],
      ]),
    );
    expect(invitation.items[0].dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Others see nothing of it: not the inviter, not a stranger.
    expect((await todo(team.convener)).invitation.total).toBe(0);
    expect((await todo(await new Client(server.url).signUp('Stranger'))).invitation.total).toBe(0);

    const token = await invitationToken(toProcess.body.id);
    expect((await invitee.post(`/api/v1/invitations/${token}/accept`)).status).toBe(200);
    const after = await todo(invitee);
    expect(after.invitation.items.map((item) => item.title)).toEqual(['Centre for Dialogue']);

    expect((await team.convener.delete(`/api/v1/workspaces/${team.workspaceId}/invitations/${toWorkspace.body.id}`)).status).toBe(204);
    expect((await todo(invitee)).invitation.total).toBe(0);
  });

  it('leaves out archived processes', async () => {
    const base = await dialogue(team, { title: 'Archived dialogue', timezone: 'UTC' });
    await adoptCharter(team.convener, base);
    await planWith(team.convener, base, [{ title: 'Archived errand', owner: member(team.amina), dueDate: '2020-01-01' }], true);
    const email = uniqueEmail('Late');
    expect((await team.convener.post(`${base}/invitations`, { email, role: 'participant' })).status).toBe(201);
    const late = await new Client(server.url).signUp('Late', email);
    // As if Late had opened a link mailed to the address (an account's invitations show only then).
    await withOwner((db) => db.query('update users set email_proven_at = now() where id = $1', [late.user?.id]));
    const before = await todo(team.amina);
    expect(before.charter_signature.items.some((item) => item.processId === idOf(base))).toBe(true);
    expect(before.action.items.some((item) => item.processId === idOf(base))).toBe(true);
    expect((await todo(late)).invitation.total).toBe(1);

    await archive(team.convener, base);
    const after = await todo(team.amina);
    for (const section of Object.values(after)) expect(section.items.filter((item) => item.processId === idOf(base))).toEqual([]);
    expect((await todo(late)).invitation.total).toBe(0);
  });

  it('shows each workspace’s items under its own name, and nothing of a workspace to anyone outside it', async () => {
    const stranger = await new Client(server.url).signUp('Stranger with a forum');
    const otherWorkspace = await createWorkspace(stranger, 'Lake Chad forum');
    const process = await createProcess(stranger, otherWorkspace, { title: 'Fisheries dialogue', timezone: 'UTC' });
    const otherBase = `/api/v1/workspaces/${otherWorkspace}/processes/${process.id}`;
    const carla = await new Client(server.url).signUp('Carla in both');
    await joinWorkspace(team.convener, carla, team.workspaceId);
    await joinWorkspace(stranger, carla, otherWorkspace);
    expect((await stranger.post(`${otherBase}/members`, { userId: carla.user?.id, role: 'participant' })).status).toBe(201);
    await planWith(stranger, otherBase, [{ title: 'Count the boats', owner: member(carla), dueDate: '2099-05-01' }], true);

    const base = await dialogue(team, { title: 'Home dialogue', timezone: 'UTC' });
    expect((await team.convener.post(`${base}/members`, { userId: carla.user?.id, role: 'participant' })).status).toBe(201);
    await planWith(team.convener, base, [{ title: 'Count the carts', owner: member(carla), dueDate: '2099-04-01' }], true);

    const both = await todo(carla);
    expect(both.action.items.map((item) => [item.title, item.workspaceName, item.workspaceId])).toEqual([
      ['Count the carts', 'Centre for Dialogue', team.workspaceId],
      ['Count the boats', 'Lake Chad forum', otherWorkspace],
    ]);
    expect((await team.convener.get(TODO)).body.workspaceCount).toBe(1);
    expect((await carla.get(TODO)).body.workspaceCount).toBe(2);
    // Neither side sees the other's things.
    expect((await everything(stranger)).filter((item) => item.includes('Centre for Dialogue'))).toEqual([]);
    for (const client of [team.amina, team.bilal, team.convener]) {
      expect((await everything(client)).filter((item) => item.includes('Lake Chad forum'))).toEqual([]);
    }

    // Removed from the workspace, Carla sees nothing of it, though her rows in its processes remain.
    await withOwner((db) =>
      db.query('delete from workspace_members where workspace_id = $1 and user_id = $2', [otherWorkspace, carla.user?.id]),
    );
    expect((await everything(carla)).filter((item) => item.includes('Lake Chad forum'))).toEqual([]);
    expect((await todo(carla)).action.items.map((item) => item.title)).toEqual(['Count the carts']);
    expect((await carla.get(TODO)).body.workspaceCount).toBe(1);
  });

  it('caps each section and counts the rest, for a person holding 5,000 actions', async () => {
    const base = await dialogue(team, { title: 'Busy dialogue', timezone: 'UTC' });
    const dina = await new Client(server.url).signUp('Dina with much to do');
    await joinWorkspace(team.convener, dina, team.workspaceId);
    expect((await team.convener.post(`${base}/members`, { userId: dina.user?.id, role: 'participant' })).status).toBe(201);
    const plan = await planWith(team.convener, base, [{ title: 'The first errand', owner: member(dina), dueDate: '2099-12-31' }], true);
    await withOwner((db) =>
      db.query(
        `insert into actions (workspace_id, process_id, plan_id, position, title, owner_user_id, due_date, created_by, status_changed_by)
         select $1, $2, $3, n, 'Errand ' || lpad(n::text, 4, '0'), $4, date '2020-01-01' + (n % 3000), $4, $4 from generate_series(1, 4999) n`,
        [team.workspaceId, idOf(base), plan.id, dina.user?.id],
      ),
    );
    const { action } = await todo(dina);
    expect(action.total).toBe(5000);
    expect(action.items).toHaveLength(TODO_LIMITS.itemsPerSection);
    expect(action.items.every((item) => item.overdue)).toBe(true);
    // The earliest due first: day 0 (n = 3000) then day 1 (n = 1 and 3001), by title.
    expect(action.items.slice(0, 3).map((item) => [item.title, item.dueOn])).toEqual([
      ['Errand 3000', '2020-01-01'],
      ['Errand 0001', '2020-01-02'],
      ['Errand 3001', '2020-01-02'],
    ]);
    expect(workspaceOf(base)).toBe(team.workspaceId);
  });
});
