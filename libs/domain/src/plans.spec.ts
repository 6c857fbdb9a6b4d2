import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainError, DomainErrorCode } from './errors';
import { agreementAfterEdit } from './framing';
import {
  type ActionFields,
  approvalGaps,
  assertApprovable,
  assertPlanAllows,
  assertPlanEditable,
  assertValidAction,
  assertValidDependencies,
  type DependencyGraph,
  findDependencyCycle,
  holdsAction,
  isCalendarDate,
  isOverdue,
  localDate,
  nextPlanStatus,
  PLAN_STATUSES,
  type PlanMove,
} from './plans';

function failure(run: () => unknown): DomainError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const action = (fields: Partial<ActionFields> = {}): ActionFields => ({
  owner: { kind: 'member', id: 'u1' },
  startDate: '2026-03-01',
  dueDate: '2026-04-30',
  status: 'planned',
  dropReason: null,
  ...fields,
});

describe('the plan state machine', () => {
  it('goes draft → proposed → approved, back to draft by withdrawing a proposal or reopening an approval', () => {
    expect(nextPlanStatus('draft', 'propose')).toBe('proposed');
    expect(nextPlanStatus('proposed', 'approve')).toBe('approved');
    expect(nextPlanStatus('proposed', 'withdraw')).toBe('draft');
    expect(nextPlanStatus('approved', 'reopen')).toBe('draft');
  });

  it('refuses every other move with a state error (property)', () => {
    const allowed = new Set(['draft:propose', 'proposed:approve', 'proposed:withdraw', 'approved:reopen']);
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_STATUSES),
        fc.constantFrom<PlanMove>('propose', 'withdraw', 'approve', 'reopen'),
        (status, move) => {
          const error = failure(() => nextPlanStatus(status, move));
          return allowed.has(`${status}:${move}`) ? error === null : error?.code === DomainErrorCode.PLAN_STATE_INVALID;
        },
      ),
    );
  });

  it('edits drafts freely, freezes proposals except for status, and never deletes actions of an approved plan', () => {
    for (const change of ['add', 'edit', 'status', 'delete'] as const) expect(failure(() => assertPlanAllows('draft', change))).toBeNull();
    expect(failure(() => assertPlanAllows('proposed', 'status'))).toBeNull();
    expect(failure(() => assertPlanAllows('proposed', 'edit'))?.code).toBe(DomainErrorCode.PLAN_STATE_INVALID);
    expect(failure(() => assertPlanAllows('approved', 'edit'))).toBeNull();
    expect(failure(() => assertPlanAllows('approved', 'add'))).toBeNull();
    expect(failure(() => assertPlanAllows('approved', 'delete'))?.message).toContain('dropped');
    expect(failure(() => assertPlanEditable('approved', 'edit'))?.message).toContain('reopen');
    expect(failure(() => assertPlanEditable('proposed', 'delete'))?.code).toBe(DomainErrorCode.PLAN_STATE_INVALID);
  });
});

describe('action rules', () => {
  it('names dueDate when the due date is before the start date', () => {
    const error = failure(() => assertValidAction(action({ startDate: '2026-05-02', dueDate: '2026-05-01' }), 'draft'));
    expect(error).toMatchObject({ code: DomainErrorCode.INVALID_INPUT, field: 'dueDate' });
    expect(failure(() => assertValidAction(action({ startDate: '2026-05-01', dueDate: '2026-05-01' }), 'draft'))).toBeNull();
  });

  it('needs a reason to drop an action', () => {
    expect(failure(() => assertValidAction(action({ status: 'dropped', dropReason: '  ' }), 'draft'))?.field).toBe('dropReason');
    expect(failure(() => assertValidAction(action({ status: 'dropped', dropReason: 'The ministry funds it.' }), 'draft'))).toBeNull();
  });

  it('lets a draft action go without owner and dates, but not one of an approved plan unless it is dropped', () => {
    const bare = action({ owner: null, startDate: null, dueDate: null });
    expect(failure(() => assertValidAction(bare, 'draft'))).toBeNull();
    expect(failure(() => assertValidAction(bare, 'approved'))?.field).toBe('owner');
    expect(failure(() => assertValidAction({ ...bare, owner: { kind: 'working_group', id: 'g' } }, 'approved'))?.field).toBe('dueDate');
    expect(failure(() => assertValidAction({ ...bare, status: 'dropped', dropReason: 'No longer needed' }, 'approved'))).toBeNull();
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
  });

  it('reads today in the process’s time zone', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-03-01');
    expect(localDate(instant, 'Africa/Nairobi')).toBe('2026-03-02');
    expect(localDate(instant, 'America/Bogota')).toBe('2026-03-01');
  });

  it('shows open actions past their due date as overdue', () => {
    expect(isOverdue({ dueDate: '2026-01-01', status: 'in_progress' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-01-02', status: 'planned' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'done' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'blocked' }, '2026-02-01')).toBe(false);
  });
});

describe('approval', () => {
  it('lists each action without an owner or a due date, ignoring dropped ones', () => {
    const actions = [
      { ...action(), id: 'a', title: 'Train officers' },
      { ...action({ owner: null }), id: 'b', title: 'Map hotspots' },
      { ...action({ owner: null, dueDate: null }), id: 'c', title: 'Radio show' },
      { ...action({ owner: null, status: 'dropped', dropReason: 'No funds' }), id: 'd', title: 'Survey' },
    ];
    expect(approvalGaps(actions)).toEqual([
      { actionId: 'b', title: 'Map hotspots', missing: ['owner'] },
      { actionId: 'c', title: 'Radio show', missing: ['owner', 'dueDate'] },
    ]);
    const error = failure(() => assertApprovable(actions));
    expect(error?.code).toBe(DomainErrorCode.PLAN_NOT_READY);
    expect(error?.message).toContain('“Radio show” (no owner, no due date)');
    expect(error?.details).toEqual({ actions: approvalGaps(actions) });
  });

  it('refuses a plan with no action that will be carried out, and approves a complete one', () => {
    expect(failure(() => assertApprovable([]))?.code).toBe(DomainErrorCode.PLAN_NOT_READY);
    expect(failure(() => assertApprovable([{ ...action({ status: 'dropped', dropReason: 'x' }), id: 'a', title: 'A' }]))?.code).toBe(
      DomainErrorCode.PLAN_NOT_READY,
    );
    expect(failure(() => assertApprovable([{ ...action(), id: 'a', title: 'A' }]))).toBeNull();
  });
});

/** Kahn's algorithm: an independent check that a graph has no cycle. */
function isAcyclic(graph: DependencyGraph): boolean {
  const nodes = new Set<string>([...graph.keys(), ...[...graph.values()].flat()]);
  const blockers = new Map<string, number>([...nodes].map((node) => [node, (graph.get(node) ?? []).length]));
  const dependents = new Map<string, string[]>();
  for (const [node, deps] of graph) for (const dep of deps) dependents.set(dep, [...(dependents.get(dep) ?? []), node]);
  const ready = [...nodes].filter((node) => blockers.get(node) === 0);
  let done = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    done += 1;
    for (const dependent of dependents.get(node) ?? []) {
      const left = (blockers.get(dependent) ?? 0) - 1;
      blockers.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }
  return done === nodes.size;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${String(i)}`);

/** A random acyclic graph: an action may depend only on actions of a lower number. */
const acyclicGraph = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 }).map((pairs) => {
      const graph = new Map<string, string[]>();
      for (const [x, y] of pairs) {
        if (x === y) continue;
        const [from, to] = x > y ? [x, y] : [y, x];
        const deps = graph.get(`a${String(from)}`) ?? [];
        if (!deps.includes(`a${String(to)}`)) graph.set(`a${String(from)}`, [...deps, `a${String(to)}`]);
      }
      return graph;
    }),
  ),
);

describe('dependency cycles', () => {
  const titles = new Map(ids(4).map((id, i) => [id, `Action ${String(i)}`]));

  it('refuses an action depending on itself, on an unknown action, or closing a cycle, naming dependsOn', () => {
    const graph = new Map([
      ['a1', ['a0']],
      ['a2', ['a1']],
    ]);
    expect(failure(() => assertValidDependencies({ actionId: 'a1', dependsOn: ['a1'], graph, titles }))).toMatchObject({
      field: 'dependsOn',
      message: 'An action cannot depend on itself.',
    });
    expect(failure(() => assertValidDependencies({ actionId: 'a1', dependsOn: ['zz'], graph, titles }))?.field).toBe('dependsOn');
    const cycle = failure(() => assertValidDependencies({ actionId: 'a0', dependsOn: ['a3', 'a2'], graph, titles }));
    expect(cycle).toMatchObject({ code: DomainErrorCode.INVALID_INPUT, field: 'dependsOn', details: { cycle: ['a0', 'a2', 'a1', 'a0'] } });
    expect(cycle?.message).toBe('These dependencies would form a cycle: “Action 0” → “Action 2” → “Action 1” → “Action 0”.');
    expect(failure(() => assertValidDependencies({ actionId: 'a3', dependsOn: ['a2', 'a0'], graph, titles }))).toBeNull();
    expect(failure(() => assertValidDependencies({ actionId: null, dependsOn: ['a2'], graph, titles }))).toBeNull();
  });

  it('finds a cycle exactly when the changed graph is cyclic, and reports a real path (property)', () => {
    fc.assert(
      fc.property(
        acyclicGraph.chain(([n, graph]) =>
          fc.tuple(fc.constant(graph), fc.constantFrom(...ids(n)), fc.uniqueArray(fc.constantFrom(...ids(n)), { maxLength: n })),
        ),
        ([graph, actionId, dependsOn]) => {
          fc.pre(!dependsOn.includes(actionId));
          const changed = new Map(graph).set(actionId, dependsOn);
          const cycle = findDependencyCycle(graph, actionId, dependsOn);
          if (cycle === null) return isAcyclic(changed);
          const isPath = cycle.slice(1).every((node, i) => (changed.get(cycle[i]) ?? []).includes(node));
          return !isAcyclic(changed) && cycle[0] === actionId && cycle[cycle.length - 1] === actionId && isPath;
        },
      ),
    );
  });

  it('keeps any graph built only from accepted changes acyclic (property)', () => {
    const n = 8;
    const titlesOf = new Map(ids(n).map((id) => [id, id]));
    const change = fc.tuple(fc.constantFrom(...ids(n)), fc.uniqueArray(fc.constantFrom(...ids(n)), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const graph = new Map<string, readonly string[]>();
        for (const [actionId, dependsOn] of changes) {
          const refused = failure(() => assertValidDependencies({ actionId, dependsOn, graph, titles: titlesOf }));
          const candidate = new Map(graph).set(actionId, dependsOn);
          if (refused === null) graph.set(actionId, dependsOn);
          if ((refused === null) !== (!dependsOn.includes(actionId) && isAcyclic(candidate))) return false;
          if (!isAcyclic(graph)) return false;
        }
        return true;
      }),
    );
  });

  it('walks a long chain without overflowing', () => {
    const graph = new Map(Array.from({ length: 20000 }, (_, i) => [`n${String(i + 1)}`, [`n${String(i)}`]]));
    expect(findDependencyCycle(graph, 'n0', ['n20000'])).toHaveLength(20002);
  });
});

describe('who holds an action', () => {
  const holder = { userId: 'u1', workingGroupIds: ['wg1'], stakeholderGroupId: 'police' };

  it('is its owner, a member or lead of its working group, or a representative of its stakeholder group', () => {
    expect(holdsAction({ kind: 'member', id: 'u1' }, holder)).toBe(true);
    expect(holdsAction({ kind: 'member', id: 'u2' }, holder)).toBe(false);
    expect(holdsAction({ kind: 'working_group', id: 'wg1' }, holder)).toBe(true);
    expect(holdsAction({ kind: 'working_group', id: 'wg2' }, holder)).toBe(false);
    expect(holdsAction({ kind: 'stakeholder_group', id: 'police' }, holder)).toBe(true);
    expect(holdsAction({ kind: 'stakeholder_group', id: 'youth' }, { ...holder, stakeholderGroupId: null })).toBe(false);
    expect(holdsAction(null, holder)).toBe(false);
  });
});

describe('agreement of framing statements', () => {
  it('lapses when the words change, unless the same edit records a new agreement', () => {
    const current = { text: 'Safe roads for all', agreedOn: '2026-02-01' };
    expect(agreementAfterEdit(current, { text: 'Safe roads for all' })).toBe('2026-02-01');
    expect(agreementAfterEdit(current, { text: 'Safe roads and markets' })).toBeNull();
    expect(agreementAfterEdit(current, { text: 'Safe roads and markets', agreedOn: '2026-03-01' })).toBe('2026-03-01');
    expect(agreementAfterEdit(current, { agreedOn: null })).toBeNull();
  });
});
