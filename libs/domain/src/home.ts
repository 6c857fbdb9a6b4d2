/**
 * "What I need to do": the things a person is asked to do across all their workspaces and processes,
 * one section per kind. Each section is capped (a person holding 5,000 actions still gets a short answer)
 * and says how many there are in all.
 */

export const TODO_KINDS = [
  'charter_signature',
  'checklist',
  'action',
  'report_back',
  'invitation',
  /** Upcoming meetings the person is invited to and has not answered. */
  'meeting_rsvp',
  /** Minutes in review of a meeting the person attended, which they have neither approved nor objected to. */
  'minutes_review',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export const TODO_LIMITS = {
  /** The most items a section lists; its `total` counts them all. */
  itemsPerSection: 20,
  /** Report-backs due within this many days (or overdue) are listed, like the dashboard's "due soon". */
  reportBackHorizonDays: 30,
} as const;

/** What orders the items of a section: overdue first, then the soonest due, then by title. */
export interface TodoOrder {
  id: string;
  title: string;
  dueOn: string | null;
  overdue: boolean;
}

/** Code-point order, the same as PostgreSQL's `collate "C"`, so SQL and this agree on which items come first. */
function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function compareTodo(a: TodoOrder, b: TodoOrder): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return byCodePoint(a.dueOn, b.dueOn);
  }
  return byCodePoint(a.title, b.title) || byCodePoint(a.id, b.id);
}

export interface TodoPart<T> {
  total: number;
  items: T[];
}

/**
 * One section from its parts (one per workspace, each already its own first `cap` items in `compareTodo`
 * order): the first `cap` of them all, and the sum of the totals. Since every part holds its own first `cap`,
 * the merged first `cap` are the true first `cap` of the whole.
 */
export function mergeTodo<T extends TodoOrder>(parts: readonly TodoPart<T>[], cap: number): TodoPart<T> {
  const items = parts.flatMap((part) => part.items).sort(compareTodo);
  return { total: parts.reduce((sum, part) => sum + part.total, 0), items: items.slice(0, cap) };
}
