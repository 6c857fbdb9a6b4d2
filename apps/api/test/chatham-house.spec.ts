import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client, createProcess, createWorkspace, joinWorkspace, type Reply, startTestApp, type TestApp, withAppRole } from './harness';

/**
 * Issue 12: under the Chatham House Rule nobody — a convener included, or someone reading the database as the
 * app's own role — can tell who wrote a statement. Several people write statements; then every table the app
 * role can read, the API answers and the audit trail are searched for anything that ties one to its author.
 */

const PASSWORD = 'a long enough passphrase';
const HOUR = 3600_000;
const ISO = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?/g;

interface Written {
  id: string;
  ordinal: number;
  text: string;
  author: Person;
  /** The request's span on this machine's clock (the database's clock too). */
  window: [number, number];
}

interface Person {
  id: string;
  email: string;
  displayName: string;
}

interface Finding {
  table: string;
  why: string;
  row: string;
}

/** Every instant written in a row, whether a column's value or inside text or JSON. */
function instantsIn(text: string): number[] {
  return [...text.matchAll(ISO)].map((match) => Date.parse(match[0].replace(' ', 'T'))).filter((time) => !Number.isNaN(time));
}

function mentions(text: string, person: Person): boolean {
  return text.includes(person.id) || text.toLowerCase().includes(person.email.toLowerCase()) || text.includes(person.displayName);
}

/**
 * The search. A row betrays an author when it holds a statement (id, meeting id with ordinal, or text) and the
 * author; or the author in a row written by the same transaction as a statement (equal xmin); or the author
 * next to an instant inside the time a statement was being written.
 */
function attributions(
  table: string,
  rows: Record<string, unknown>[],
  statements: Written[],
  xmins: Map<string, Written>,
  meetingId: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const { __xmin, ...rest } = row as { __xmin: string };
    const text = JSON.stringify(rest);
    for (const statement of statements) {
      const author = statement.author;
      if (!mentions(text, author)) continue;
      const holdsStatement =
        text.includes(statement.id) ||
        text.includes(statement.text) ||
        (text.includes(meetingId) && new RegExp(`"ordinal":${statement.ordinal}\\b`).test(text));
      if (holdsStatement) findings.push({ table, why: `statement ${statement.ordinal} with its author`, row: text });
      if (xmins.get(__xmin) === statement)
        findings.push({ table, why: `author in the transaction of statement ${statement.ordinal}`, row: text });
      const [from, to] = statement.window;
      if (instantsIn(text).some((time) => time >= from && time <= to)) {
        findings.push({ table, why: `author next to the time of statement ${statement.ordinal}`, row: text });
      }
    }
  }
  return findings;
}

describe('Chatham House Rule: a statement cannot be attributed', () => {
  let server: TestApp;
  let convener: Client;
  let facilitator: Client;
  let secretariatA: Client;
  let secretariatB: Client;
  const participants: Client[] = [];
  let workspaceId: string;
  let base: string;
  let meetingUrl: string;
  let meetingId: string;
  const written: Written[] = [];

  const person = (client: Client): Person => client.user as Person;

  /** A fresh session: its first signed-in request is a statement, the moment a session would note activity. */
  async function freshSession(client: Client): Promise<Client> {
    const fresh = new Client(server.url);
    const reply = await fresh.post('/api/v1/auth/sign-in', { email: client.user?.email, password: PASSWORD });
    expect(reply.status).toBe(200);
    fresh.user = client.user;
    return fresh;
  }

  async function write(author: Client, text: string, agendaNumber: string | null): Promise<void> {
    const session = await freshSession(author);
    const from = Date.now();
    const reply = await session.post(`${meetingUrl}/minutes/statements`, { text, agendaNumber });
    const to = Date.now();
    expect(reply.status).toBe(201);
    written.push({ id: reply.body.id, ordinal: reply.body.ordinal, text, author: person(author), window: [from - 2, to + 2] });
  }

  beforeAll(async () => {
    server = await startTestApp();
    convener = await new Client(server.url).signUp('Convener Carla');
    workspaceId = await createWorkspace(convener);
    facilitator = await new Client(server.url).signUp('Facilitator Femi');
    secretariatA = await new Client(server.url).signUp('Secretary Sara');
    secretariatB = await new Client(server.url).signUp('Secretary Tomas');
    for (const client of [facilitator, secretariatA, secretariatB]) await joinWorkspace(convener, client, workspaceId);
    for (const name of ['Amina Police', 'Beatriz Women', 'Chen Youth']) {
      const client = await new Client(server.url).signUp(name);
      await joinWorkspace(convener, client, workspaceId);
      participants.push(client);
    }
    const process = await createProcess(convener, workspaceId);
    base = `/api/v1/workspaces/${workspaceId}/processes/${process.id}`;
    for (const [client, role] of [
      [facilitator, 'facilitator'],
      [secretariatA, 'secretariat'],
      [secretariatB, 'secretariat'],
      ...participants.map((client) => [client, 'participant']),
    ] as [Client, string][]) {
      expect((await convener.post(`${base}/members`, { userId: client.user?.id, role })).status).toBe(201);
    }
    await convener.request('PUT', `${base}/confidentiality`, {
      defaultMode: 'chatham_house',
      mediaSpokespeople: 'The co-conveners',
      externalCommunication: 'Agreed statements only',
      version: 0,
    });
    const meeting = await secretariatA.post(`${base}/meetings`, {
      kind: 'plenary',
      format: 'hybrid',
      title: 'Third plenary',
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + HOUR).toISOString(),
      agenda: [
        { title: 'Security of the market roads', minutes: 30 },
        { title: 'Youth employment', minutes: 30 },
      ],
    });
    expect(meeting.body.effectiveMode).toBe('chatham_house');
    meetingId = meeting.body.id;
    meetingUrl = `${base}/meetings/${meetingId}`;
    await secretariatA.post(`${meetingUrl}/invitations`, { memberIds: participants.map((client) => client.user?.id) });
    await secretariatA.post(`${meetingUrl}/attendance`, { memberIds: participants.map((client) => client.user?.id) });

    await write(secretariatA, 'The police cannot patrol the northern road without more fuel.', '1');
    await write(facilitator, 'Young people are recruited by armed groups because there is no work.', '2');
    await write(secretariatB, 'Some officers take money at the checkpoints.', '1');
    await write(secretariatA, 'Traders would fund lighting if the council matched it.', '1');
    await write(facilitator, 'The council has not paid teachers for three months.', '2');
    await write(secretariatB, 'A joint patrol with community watch groups could start in May.', '1');
    // An edit by someone else is a write too: the first statement now carries Tomas's transaction.
    const session = await freshSession(secretariatB);
    const first = written[0];
    const from = Date.now();
    const edited = await session.patch(`${meetingUrl}/minutes/statements/${first.id}`, {
      text: 'The police cannot patrol the northern road without more fuel and two more vehicles.',
      version: 1,
    });
    const to = Date.now();
    expect(edited.status).toBe(200);
    written.push({ ...first, text: edited.body.text, author: person(secretariatB), window: [from - 2, to + 2] });
  });
  afterAll(() => server.close());

  it('serves statements with no writer, in agenda order, to the secretariat while drafting and to attendees only once approved', async () => {
    const draft = await secretariatB.get(`${meetingUrl}/minutes`);
    expect(draft.body.statements.map((s: { ordinal: number }) => s.ordinal)).toEqual([1, 3, 4, 6, 2, 5]);
    for (const statement of draft.body.statements)
      expect(Object.keys(statement).sort()).toEqual(['agendaNumber', 'id', 'ordinal', 'quoted', 'quotedName', 'text', 'version']);
    expect(draft.body.statements.every((s: { quoted: unknown; quotedName: unknown }) => s.quoted === null && s.quotedName === null)).toBe(
      true,
    );
    // Under the rule the drafters may not name a speaker.
    const named = await secretariatA.post(`${meetingUrl}/minutes/statements`, { text: 'Named', quotedMemberId: participants[0].user?.id });
    expect(named.body.reason).toBe('speakerNotNamedHere');
    expect((await secretariatA.post(`${meetingUrl}/minutes/statements`, { text: 'Named', quotedName: 'Amina' })).body.reason).toBe(
      'speakerNotNamedHere',
    );
    // No live view: attendees and the convener see no statement while drafting or in review.
    expect((await participants[0].get(`${meetingUrl}/minutes`)).body).toMatchObject({ statementsVisible: false, statements: [] });
    expect((await convener.get(`${meetingUrl}/minutes`)).body).toMatchObject({ statementsVisible: false, statements: [] });
  });

  it('leaves no row the app role can read that ties a statement, or the time it was written, to its writer', async () => {
    const authors = [person(secretariatA), person(secretariatB), person(facilitator)];
    const { findings, searched, statementXmins } = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
      const tables = (
        await db.query<{ schema: string; name: string }>(
          `select table_schema as schema, table_name as name from information_schema.tables
            where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
        )
      ).rows;
      const xmins = new Map<string, Written>();
      for (const row of (await db.query<{ id: string; xmin: string }>('select id, xmin::text as xmin from minutes_statements')).rows) {
        const statement = written.filter((candidate) => candidate.id === row.id).pop();
        if (statement) xmins.set(row.xmin, statement);
      }
      const found: Finding[] = [];
      const read: string[] = [];
      // Per-person tables open to a transaction that names the person: read them as each writer, too.
      for (const userId of [null, ...authors.map((author) => author.id)]) {
        await db.query("select set_config('app.user_id', $1, true)", [userId ?? '']);
        for (const table of tables) {
          const name = `"${table.schema}"."${table.name}"`;
          await db.query('savepoint probe');
          try {
            const rows = (await db.query(`select xmin::text as __xmin, * from ${name}`)).rows as Record<string, unknown>[];
            await db.query('release savepoint probe');
            if (!read.includes(name)) read.push(name);
            found.push(...attributions(name, rows, written, xmins, meetingId));
          } catch {
            await db.query('rollback to savepoint probe');
          }
        }
      }
      await db.query('commit');
      return { findings: found, searched: read, statementXmins: xmins };
    });
    expect(searched).toEqual(
      expect.arrayContaining([
        '"public"."minutes_statements"',
        '"public"."audit_events"',
        '"public"."user_sessions"',
        '"public"."sessions"',
        '"public"."meeting_attendance"',
        '"public"."minutes"',
      ]),
    );
    expect(searched.length).toBeGreaterThan(40);
    expect(statementXmins.size).toBe(new Set(written.map((statement) => statement.id)).size);
    expect(findings).toEqual([]);
  });

  it('proves the search finds an attribution where one exists (a charter comment, with its author and time)', async () => {
    const version = (await convener.post(`${base}/charter/versions`, {})).body;
    const from = Date.now();
    const comment = await secretariatA.post(`${base}/charter/versions/${version.id}/comments`, {
      sectionKey: 'roles',
      body: 'Who takes the minutes?',
    });
    const to = Date.now();
    expect(comment.status).toBe(201);
    const probe: Written = {
      id: comment.body.id,
      ordinal: 0,
      text: 'Who takes the minutes?',
      author: person(secretariatA),
      window: [from - 2, to + 2],
    };
    const rows = await withAppRole(async (db) => {
      await db.query('begin');
      await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
      const result = (await db.query('select xmin::text as __xmin, * from charter_comments')).rows as Record<string, unknown>[];
      await db.query('commit');
      return result;
    });
    const xmins = new Map([[String(rows[0].__xmin), probe]]);
    expect(attributions('charter_comments', rows, [probe], xmins, meetingId).map((finding) => finding.why)).toEqual([
      'statement 0 with its author',
      'author in the transaction of statement 0',
      'author next to the time of statement 0',
    ]);
  });

  it('keeps the writers out of the audit trail: statement events have no actor and only the meeting and the ordinal', async () => {
    const events: {
      objectType: string;
      actorId: string | null;
      actorName: string | null;
      payload: Record<string, unknown>;
      objectId: string;
    }[] = [];
    let cursor: string | null = null;
    do {
      const page: Reply = await convener.get(`${base}/audit/events?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      events.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    const statementEvents = events.filter((event) => event.objectType === 'minutes_statement');
    expect(statementEvents).toHaveLength(written.length);
    for (const event of statementEvents) {
      expect(event.actorId).toBeNull();
      expect(event.actorName).toBeNull();
      expect(Object.keys(event.payload).sort()).toEqual(['meetingId', 'ordinal']);
      expect(event.payload.meetingId).toBe(meetingId);
    }
    const text = JSON.stringify(statementEvents);
    for (const author of [person(secretariatA), person(secretariatB), person(facilitator)]) expect(mentions(text, author)).toBe(false);
    for (const statement of written) expect(text).not.toContain(statement.text);
  });

  it('publishes the statements to attendees as one batch on approval, with no name, and lets a speaker opt in to be quoted for one statement', async () => {
    const [amina, beatriz, chen] = participants;
    const draft = (await secretariatA.get(`${meetingUrl}/minutes`)).body;
    expect((await amina.post(`${meetingUrl}/minutes/statements/${written[0].id}/quote-me`)).body.reason).toBe('minutesStateInvalid');
    const submitted = await secretariatB.post(`${meetingUrl}/minutes/submit`, { version: draft.version });
    expect(submitted.body).toMatchObject({ status: 'in_review' });
    expect((await amina.get(`${meetingUrl}/minutes`)).body).toMatchObject({ statementsVisible: false, statements: [] });
    for (const reviewer of [amina, beatriz])
      expect((await reviewer.post(`${meetingUrl}/minutes/reviews`, { verdict: 'approve' })).status).toBe(200);
    const approved = await chen.get(`${meetingUrl}/minutes`);
    expect(approved.body).toMatchObject({ status: 'approved', statementsVisible: true });
    expect(approved.body.statements).toHaveLength(6);
    // Reviews are attendance: under the rule, attendees do not see who reviewed.
    expect(approved.body.reviews).toEqual([]);

    const answers: Reply[] = [
      approved,
      await convener.get(`${meetingUrl}/minutes`),
      await convener.get(meetingUrl),
      await convener.get(`${meetingUrl}/attendance`),
      await convener.get(`${base}/meetings?when=upcoming`),
      await amina.get(meetingUrl),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const text = JSON.stringify(answer.body);
      for (const author of [person(secretariatA), person(secretariatB), person(facilitator)]) expect(mentions(text, author)).toBe(false);
    }
    for (const client of [amina, chen, convener, secretariatA, secretariatB, facilitator]) {
      const notifications = await client.get('/api/v1/me/notifications');
      for (const statement of written) expect(JSON.stringify(notifications.body)).not.toContain(statement.text);
    }
    expect((await amina.get(`${meetingUrl}/attendance`)).status).toBe(403);

    // Amina opts in for one statement; nobody else may then claim it, and every other statement stays unnamed.
    const quoted = await amina.post(`${meetingUrl}/minutes/statements/${written[1].id}/quote-me`);
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({ quoted: { id: amina.user?.id, displayName: 'Amina Police' }, quotedName: 'Amina Police' });
    expect((await beatriz.post(`${meetingUrl}/minutes/statements/${written[1].id}/quote-me`)).body.reason).toBe('statementAlreadyQuoted');
    expect((await convener.post(`${meetingUrl}/minutes/statements/${written[2].id}/quote-me`)).status).toBe(403);
    const after = (await chen.get(`${meetingUrl}/minutes`)).body.statements as { id: string; quotedName: string | null }[];
    expect(after.filter((statement) => statement.quotedName !== null).map((statement) => statement.id)).toEqual([written[1].id]);
    // Approved minutes are read-only for the drafters.
    expect((await secretariatA.post(`${meetingUrl}/minutes/statements`, { text: 'Afterthought' })).body.reason).toBe('minutesNotEditable');
  });
});
