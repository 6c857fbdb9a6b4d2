import { MEETING_LIMITS, type AgendaItem } from '@common-ground/domain';

/**
 * The agenda editor works on flat rows, each with its depth (0 = an item, 1 = a sub-item, …), which is
 * what a person sees and reorders; the API keeps the nested tree. These turn one into the other.
 */
export interface AgendaRow {
  title: string;
  minutes: number;
  ownerId: string | null;
  depth: number;
}

export function rowsFromAgenda(items: readonly AgendaItem[], depth = 0): AgendaRow[] {
  return items.flatMap((item) => [
    { title: item.title, minutes: item.minutes, ownerId: item.ownerId ?? null, depth },
    ...rowsFromAgenda(item.items ?? [], depth + 1),
  ]);
}

/** The tree of the rows; a row deeper than the one before it by more than one level is read as one level deeper. */
export function agendaFromRows(rows: readonly AgendaRow[]): AgendaItem[] {
  const root: AgendaItem[] = [];
  const stack: { depth: number; items: AgendaItem[] }[] = [{ depth: -1, items: root }];
  for (const row of rows) {
    while (stack.length > 1 && stack[stack.length - 1].depth >= row.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const item: AgendaItem = { title: row.title.trim(), minutes: row.minutes, ownerId: row.ownerId, items: [] };
    parent.items.push(item);
    stack.push({ depth: parent.depth + 1, items: item.items! });
  }
  const strip = (items: AgendaItem[]): AgendaItem[] =>
    items.map(({ items: inner, ...item }) => (inner && inner.length > 0 ? { ...item, items: strip(inner) } : item));
  return strip(root);
}

/** Whether the row at `index` can go one level deeper: under the row above it, and not past the deepest level. */
export function canIndent(rows: readonly AgendaRow[], index: number): boolean {
  if (index <= 0 || index >= rows.length) return false;
  const depth = rows[index].depth;
  return depth <= rows[index - 1].depth && depth + 1 < MEETING_LIMITS.agendaDepthMax;
}

export function canOutdent(rows: readonly AgendaRow[], index: number): boolean {
  return index >= 0 && index < rows.length && rows[index].depth > 0;
}

/** Indents or outdents a row together with its own sub-rows, so the tree keeps its shape beneath it. */
export function shiftRow(rows: readonly AgendaRow[], index: number, by: 1 | -1): AgendaRow[] {
  if (by === 1 ? !canIndent(rows, index) : !canOutdent(rows, index)) return [...rows];
  const end = subtreeEnd(rows, index);
  return rows.map((row, at) => (at >= index && at < end ? { ...row, depth: Math.max(0, row.depth + by) } : row));
}

/** Removes a row and its sub-rows. */
export function removeRow(rows: readonly AgendaRow[], index: number): AgendaRow[] {
  const end = subtreeEnd(rows, index);
  return rows.filter((_, at) => at < index || at >= end);
}

function subtreeEnd(rows: readonly AgendaRow[], index: number): number {
  let end = index + 1;
  while (end < rows.length && rows[end].depth > rows[index].depth) end += 1;
  return end;
}

/** "2.1" → the planned start of each numbered line, as minutes after the meeting starts. */
export function plannedStart(startsAt: string, minutesAfter: number): string {
  return new Date(new Date(startsAt).getTime() + minutesAfter * 60_000).toISOString();
}
