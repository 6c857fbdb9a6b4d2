import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import fc from 'fast-check';
import { FIELD_ERROR_CODES, PROBLEM_CODES } from '@common-ground/domain';
import { DATABASE_CONFLICT, DATABASE_REJECTED_INPUT } from '../src/common/problem.filter';
import { OPENAPI_FILE } from '../src/openapi/contract';
import { Client, createProcess, createWorkspace, type Reply, startTestApp, type TestApp } from './harness';
import { dialogue, makeTeam, planWith, type Team } from './implement-fixture';

/**
 * Every operation of the OpenAPI document, sent hostile and schema-shaped input by a signed-in convener
 * and workspace owner: no answer may be 5xx, nor a database refusal the validation should have caught
 * (problem.filter's last line of defence). Each run draws a new seed: set FUZZ_SEED to replay one.
 */

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | null;
}

interface Input {
  path: Record<string, string>;
  query: [string, string][];
  body: unknown;
}

const doc = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};

const RUNS = Number(process.env.FUZZ_RUNS ?? 16);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const DEEP = '@@deep@@';
const DEEP_JSON = '['.repeat(3000) + ']'.repeat(3000);
const P = '/api/v1/workspaces/{workspaceId}/processes/{processId}';

function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop() as string]);
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), nullable: schema.nullable };
  return schema;
}

// ---- hostile values -------------------------------------------------------------------------------

const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 12 });
const hostileStrings = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  '\ud800',
  'tail \udfff',
  '\udc00\ud800',
  '',
  ' ',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '9999-99-99',
  '2026-02-30',
  '+275760-09-13T00:00:00.000Z',
  '1e308',
  '-1',
  '2147483648',
  "'; drop table users; --",
  '%00',
  '__proto__',
  'x'.repeat(5_000),
  'é'.repeat(30_000),
);
const hostileNumbers = fc.constantFrom(
  1e308,
  -1e308,
  -1,
  0,
  0.5,
  -0.5,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  Number.MIN_VALUE,
);
const hostileShapes = fc.constantFrom<unknown>(
  null,
  true,
  false,
  {},
  [],
  [null],
  { a: 1 },
  DEEP,
  JSON.parse('{"__proto__":{"polluted":true}}'),
  ['\u0000'],
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileStrings, hostileNumbers, hostileShapes, anyCodeUnits);

/** Path segments, already percent-encoded: some are not valid UTF-8 once decoded. */
const hostileSegments = fc.constantFrom(
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF',
  '%C0%AE',
  '1e308',
  '2147483648',
  '99999999999999999999',
  '-1',
  '0',
  'NaN',
  'null',
  'x'.repeat(500),
  '%20',
  'ABCDEF01-2345-6789-ABCD-EF0123456789',
  '00000000-0000-0000-0000-000000000000',
);

// ---- schema-shaped values ---------------------------------------------------------------------------

/** One of the ids known when the value is drawn (a fresh uuid while there are none). */
const pick = (ids: () => string[]) =>
  fc.tuple(fc.nat(), fc.uuid()).map(([index, fallback]) => {
    const known = ids();
    return known.length > 0 ? known[index % known.length] : fallback;
  });

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function validValue(schema: Schema, ids: () => string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  let arbitrary: fc.Arbitrary<unknown>;
  if (s.enum) arbitrary = fc.constantFrom(...s.enum);
  else if (s.type === 'string' && s.format === 'uuid')
    arbitrary = fc.oneof({ arbitrary: pick(ids), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 });
  else if (s.type === 'string' && s.format === 'date') arbitrary = fc.integer({ min: -400, max: 800 }).map(day);
  else if (s.type === 'string' && s.format === 'date-time')
    arbitrary = fc.integer({ min: -400, max: 800 }).map((offset) => `${day(offset)}T10:00:00.000Z`);
  else if (s.type === 'string' && s.pattern)
    arbitrary = fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
      .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
  else if (s.type === 'string') {
    const maxLength = Math.min(s.maxLength ?? 60, 60);
    arbitrary = fc.string({ minLength: Math.min(s.minLength ?? 0, maxLength), maxLength, unit: 'grapheme' });
  } else if (s.type === 'number' || s.type === 'integer') {
    const min = s.minimum ?? 0;
    const max = s.maximum ?? min + 5;
    arbitrary = fc.oneof(fc.integer({ min, max: Math.min(max, min + 5) }), fc.integer({ min, max }));
  } else if (s.type === 'boolean') arbitrary = fc.boolean();
  else if (s.type === 'array')
    arbitrary = fc.array(validValue(s.items ?? {}, ids, depth + 1), {
      minLength: s.minItems ?? 0,
      maxLength: Math.min(s.maxItems ?? 3, 3),
    });
  else if (s.properties && depth < 4) arbitrary = objectValue(s, ids, depth + 1);
  else arbitrary = fc.constant({});
  return s.nullable ? fc.oneof({ arbitrary, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : arbitrary;
}

/** A value of the schema, or (one time in five) a hostile one in its place. */
function fuzzedValue(schema: Schema, ids: () => string[], depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: validValue(schema, ids, depth), weight: 4 }, { arbitrary: hostileValue, weight: 1 });
}

function objectValue(schema: Schema, ids: () => string[], depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [name, fuzzedValue(property, ids, depth)]),
  );
  const record = fc.record(properties, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
  return fc.oneof(
    { arbitrary: record, weight: 8 },
    {
      arbitrary: fc
        .tuple(record, fc.string({ maxLength: 8 }), hostileValue)
        .map(([value, key, extra]) => ({ ...value, [key || 'extra']: extra })),
      weight: 1,
    },
  );
}

function bodyValue(schema: Schema, ids: () => string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: validValue(schema, ids), weight: 6 },
    { arbitrary: objectValue(resolve(schema), ids, 0), weight: 3 },
    { arbitrary: hostileValue, weight: 1 },
  );
}

// ---- the operations --------------------------------------------------------------------------------

function operations(): Operation[] {
  const all: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      all.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  // Lists and creations first (they fill the id pools), then reads and edits of one object, destruction last.
  const rank = (operation: Operation) => {
    if (/\/(archive|transitions|sign-out)$/.test(operation.path) && operation.method === 'POST') return 5;
    if (operation.method === 'DELETE') return 4;
    const hasId = /\{(?!workspaceId|processId)\w+\}/.test(operation.path);
    if (!hasId) return operation.method === 'GET' ? 0 : 1;
    return operation.method === 'GET' ? 2 : 3;
  };
  return all.sort((a, b) => rank(a) - rank(b));
}

/** Path segments that a parameter follows (`plans` in `…/plans/{planId}`): the id pools are keyed by them. */
const COLLECTIONS = new Set(
  Object.keys(doc.paths).flatMap((path) => {
    const segments = path.split('/');
    return segments.filter((segment, index) => !segment.startsWith('{') && segments[index + 1]?.startsWith('{'));
  }),
);

/** The pool a parameter draws from: `…/plans/{planId}` → `plans`. */
const collectionOf = (path: string, name: string) => path.split('/')[path.split('/').indexOf(`{${name}}`) - 1];

/** The pool a reply's ids go to: the last collection its path names (`…/plans/{planId}/propose` → `plans`). */
const poolOf = (path: string) => [...path.split('/')].reverse().find((segment) => COLLECTIONS.has(segment)) ?? null;

const encode = (value: unknown) =>
  Buffer.from(String(value), 'utf8')
    .toString('hex')
    .replace(/../g, (byte) => `%${byte}`);

/** Harvests the ids of objects in a reply, so later operations name real objects of the process. */
function harvest(pools: Map<string, Set<string>>, collection: string | null, body: unknown, depth = 0): void {
  if (collection === null || depth > 3 || body === null || typeof body !== 'object') return;
  if (Array.isArray(body)) return body.forEach((item) => harvest(pools, collection, item, depth + 1));
  const record = body as Record<string, unknown>;
  if (typeof record.id === 'string' && /^[0-9a-f-]{36}$/.test(record.id)) {
    const pool = pools.get(collection) ?? new Set<string>();
    pool.add(record.id);
    pools.set(collection, pool);
  }
  if (Array.isArray(record.items)) harvest(pools, collection, record.items, depth + 1);
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let server: TestApp;
  let team: Team;
  let processBase: string;
  let processId: string;
  let foreignProcessId: string;
  let anonymous: Client;
  const pools = new Map<string, Set<string>>();
  const allIds = () => [...new Set([...pools.values()].flatMap((pool) => [...pool]))];

  beforeAll(async () => {
    server = await startTestApp();
    team = await makeTeam(server);
    processBase = await dialogue(team);
    processId = processBase.split('/').pop() as string;
    const stranger = await new Client(server.url).signUp('Stranger');
    foreignProcessId = (await createProcess(stranger, await createWorkspace(stranger, 'Elsewhere'))).id;
    anonymous = await new Client(server.url).signUp('Drifter');
    await seed();
  });
  afterAll(() => server.close());

  /** One object of each kind, so the id pools start with something real. */
  async function seed(): Promise<void> {
    const c = team.convener;
    const send = async (method: string, template: string, path: string, body?: unknown) => {
      const reply = await c.request(method, path, body ?? (method === 'GET' ? undefined : {}));
      harvest(pools, poolOf(template), reply.body);
      return reply;
    };
    const plan = await planWith(c, processBase, [{ title: 'Map the hotspots' }, { title: 'Patrol the roads' }]);
    harvest(pools, 'plans', plan);
    harvest(pools, 'actions', plan.actions);
    await send('POST', `${P}/plans/{planId}/milestones`, `${processBase}/plans/${plan.id}/milestones`, {
      title: 'Robberies halved',
      dueDate: '2026-12-31',
      unit: 'robberies a month',
      baseline: 40,
      target: 20,
      direction: 'decrease',
    });
    await send('POST', `${P}/actions/{actionId}/cost-lines`, `${processBase}/actions/${plan.actions[0].id}/cost-lines`, {
      item: 'Fuel',
      amount: '150.00',
      currency: 'USD',
      fundingSource: 'Embassy',
      status: 'needed',
    });
    await send('POST', `${P}/stakeholder-groups/starter`, `${processBase}/stakeholder-groups/starter`);
    await send('POST', `${P}/ground-rules/samples`, `${processBase}/ground-rules/samples`);
    await send('POST', `${P}/charter/versions`, `${processBase}/charter/versions`, {});
    await send('POST', `${P}/visions`, `${processBase}/visions`, { kind: 'joint', text: 'Markets open every day.' });
    await send('POST', `${P}/working-groups`, `${processBase}/working-groups`, {
      name: 'Task force',
      kind: 'task_force',
      mandate: 'Patrols',
      leadUserId: null,
      memberIds: [],
    });
    for (const name of ['Police', 'Youth council']) {
      await send('POST', `${P}/stakeholders`, `${processBase}/stakeholders`, {
        kind: 'organisation',
        name,
        influence: 5,
        interest: 3,
        stance: 'neutral',
      });
    }
    const prospect = await send('POST', `${P}/prospects`, `${processBase}/prospects`, {
      name: 'Amina Diallo',
      organisation: 'Women’s network',
    });
    await send('POST', `${P}/prospects/{prospectId}/consultations`, `${processBase}/prospects/${prospect.body.id}/consultations`, {
      heldOn: '2026-03-01',
      summary: 'Met at the market',
    });
    await send('POST', `${P}/invitations`, `${processBase}/invitations`, { email: 'guest@example.org', role: 'observer' });
    await send('POST', '/api/v1/workspaces/{workspaceId}/invitations', `/api/v1/workspaces/${team.workspaceId}/invitations`, {
      email: 'member@example.org',
      role: 'member',
    });
    const groups = (await c.get(`${processBase}/stakeholder-groups`)).body;
    harvest(pools, 'checklists', groups);
    const people = [team.convener, team.secretariat, team.amina, team.bilal, team.observer].map((client) => client.user?.id as string);
    for (const collection of ['members', 'accountability', 'report-backs']) pools.set(collection, new Set(people));
  }

  function pathArbitrary(operation: Operation): fc.Arbitrary<Record<string, string>> {
    const parameters = operation.parameters.filter((parameter) => parameter.in === 'path');
    const entries = parameters.map((parameter): [string, fc.Arbitrary<string>] => {
      const hostile = { arbitrary: hostileSegments, weight: 1 };
      const random = { arbitrary: fc.uuid(), weight: 1 };
      if (parameter.name === 'workspaceId')
        return [parameter.name, fc.oneof({ arbitrary: fc.constant(team.workspaceId), weight: 10 }, random, hostile)];
      if (parameter.name === 'processId')
        return [
          parameter.name,
          fc.oneof(
            { arbitrary: fc.constant(processId), weight: 10 },
            { arbitrary: fc.constant(foreignProcessId), weight: 1 },
            random,
            hostile,
          ),
        ];
      if (parameter.name === 'number')
        return [parameter.name, fc.oneof({ arbitrary: fc.integer({ min: 0, max: 4 }).map(String), weight: 4 }, hostile)];
      if (parameter.name === 'token')
        return [parameter.name, fc.oneof(fc.base64String({ maxLength: 60 }).map(encodeURIComponent), hostile)];
      const collection = collectionOf(operation.path, parameter.name);
      const known = () => [...(pools.get(collection) ?? [])];
      return [parameter.name, fc.oneof({ arbitrary: pick(known), weight: 6 }, { arbitrary: pick(allIds), weight: 1 }, random, hostile)];
    });
    return fc.record(Object.fromEntries(entries));
  }

  function queryArbitrary(operation: Operation): fc.Arbitrary<[string, string][]> {
    const parameters = operation.parameters.filter((parameter) => parameter.in === 'query');
    const one = (parameter: Parameter): fc.Arbitrary<[string, string][]> => {
      const valid = validValue(parameter.schema, allIds).map((value): [string, string][] =>
        value === null ? [] : [[parameter.name, encode(value)]],
      );
      const hostile = fc
        .oneof(hostileStrings.map(encode), hostileSegments, hostileNumbers.map(encode))
        .map((value): [string, string][] => [[parameter.name, value]]);
      const repeated = fc.tuple(hostileSegments, hostileSegments).map(([a, b]): [string, string][] => [
        [parameter.name, a],
        [parameter.name, b],
      ]);
      return fc.oneof(
        { arbitrary: valid, weight: 5 },
        { arbitrary: fc.constant<[string, string][]>([]), weight: 2 },
        { arbitrary: hostile, weight: 2 },
        { arbitrary: repeated, weight: 1 },
      );
    };
    const extra = fc.oneof(
      { arbitrary: fc.constant<[string, string][]>([]), weight: 8 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom('extra', 'a[b]', '__proto__', 'limit'), hostileSegments)
          .map(([key, value]): [string, string][] => [[key, value]]),
        weight: 1,
      },
    );
    return fc.tuple(fc.tuple(...parameters.map(one)), extra).map(([lists, more]) => [...lists.flat(), ...more]);
  }

  async function send(operation: Operation, input: Input): Promise<Reply> {
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => input.path[name]);
    const query = input.query.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join('&');
    const url = query ? `${path}?${query}` : path;
    const client = operation.path.startsWith('/api/v1/auth/') ? anonymous : team.convener;
    let body: string | undefined;
    if (operation.body || (operation.method !== 'GET' && operation.method !== 'DELETE')) {
      body = (JSON.stringify(input.body === undefined ? {} : input.body) ?? 'null').replaceAll(`"${DEEP}"`, DEEP_JSON);
    }
    const reply = await client.request(operation.method, url, body);
    if (operation.path.endsWith('/sign-out') || operation.path.endsWith('/sign-in')) await anonymous.session();
    if (reply.status < 300) harvest(pools, poolOf(operation.path), reply.body);
    return reply;
  }

  const failureOf = (operation: Operation, input: Input, reply: Reply): string | null => {
    const problem = reply.body as { code?: unknown; errors?: { code?: unknown }[] } | null;
    const code = problem?.code;
    // Every refusal carries a code the web app has a message for, and so does each refused field. Node's HTTP
    // parser answers 431 (an over-long URL or header) itself, before the app sees the request: no body at all.
    const untranslatable =
      reply.status >= 400 &&
      reply.status !== 431 &&
      (!PROBLEM_CODES.includes(code as string) ||
        (problem?.errors ?? []).some((error) => !FIELD_ERROR_CODES.includes(error.code as string)));
    if (!untranslatable && reply.status < 500 && code !== DATABASE_REJECTED_INPUT && code !== DATABASE_CONFLICT) return null;
    return `${operation.method} ${operation.path} answered ${reply.status} ${typeof code === 'string' ? code : ''} (seed ${SEED}, replay with FUZZ_SEED=${SEED})\ninput: ${JSON.stringify(input)?.slice(0, 2000)}\nreply: ${JSON.stringify(reply.body)?.slice(0, 500)}`;
  };

  const all = operations();

  it('covers every operation of the document', () => {
    const count = Object.values(doc.paths).reduce((total, methods) => total + Object.keys(methods).length, 0);
    if (all.length !== count || count < 100) throw new Error(`${all.length} operations fuzzed of ${count}`);
  });

  for (const operation of all) {
    it(`never answers 5xx: ${operation.method} ${operation.path}`, async () => {
      const inputs = fc.record({
        path: pathArbitrary(operation),
        query: queryArbitrary(operation),
        body: operation.body ? bodyValue(operation.body, allIds) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(inputs, async (input: Input) => {
          const reply = await send(operation, input);
          const failure = failureOf(operation, input, reply);
          if (failure) throw new Error(failure);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});
