import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareTodo, mergeTodo, type TodoOrder } from './home';

const item = (id: string, title: string, dueOn: string | null, overdue = false): TodoOrder => ({ id, title, dueOn, overdue });

describe('what I need to do', () => {
  it('puts overdue items first, then the soonest due, then those without a date, then by title', () => {
    const items = [
      item('a', 'No date', null),
      item('b', 'Later', '2026-03-01'),
      item('c', 'Overdue later', '2026-01-20', true),
      item('d', 'Sooner', '2026-02-01'),
      item('e', 'Overdue sooner', '2026-01-10', true),
      item('f', 'Also no date', null),
    ];
    expect([...items].sort(compareTodo).map((i) => i.id)).toEqual(['e', 'c', 'd', 'b', 'f', 'a']);
  });

  it('keeps the true first items of the whole when merging capped parts, and sums the totals', () => {
    const order = fc.record({
      id: fc.uuid(),
      title: fc.string({ maxLength: 4 }),
      dueOn: fc.option(fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-01'), { nil: null }),
      overdue: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(order, { maxLength: 12 }), { maxLength: 5 }), fc.integer({ min: 1, max: 6 }), (workspaces, cap) => {
        const whole = workspaces.flat().sort(compareTodo);
        const parts = workspaces.map((rows) => ({ total: rows.length, items: [...rows].sort(compareTodo).slice(0, cap) }));
        const merged = mergeTodo(parts, cap);
        expect(merged.total).toBe(whole.length);
        expect(merged.items).toEqual(whole.slice(0, cap));
      }),
    );
  });
});
