import { describe, expect, it } from '@jest/globals';
import { numberAgenda } from '@common-ground/domain';
import { agendaFromRows, canIndent, canOutdent, plannedStart, removeRow, rowsFromAgenda, shiftRow, type AgendaRow } from './agenda-rows';

const row = (title: string, depth: number, minutes = 10): AgendaRow => ({ title, minutes, ownerId: null, depth });

describe('agenda rows', () => {
  it('turns flat rows into the nested agenda and back', () => {
    const rows = [row('Welcome', 0, 5), row('Water', 0), row('Wells', 1), row('Pumps', 2), row('Canals', 1), row('Close', 0)];
    const agenda = agendaFromRows(rows);
    expect(agenda).toEqual([
      { title: 'Welcome', minutes: 5, ownerId: null },
      {
        title: 'Water',
        minutes: 10,
        ownerId: null,
        items: [
          { title: 'Wells', minutes: 10, ownerId: null, items: [{ title: 'Pumps', minutes: 10, ownerId: null }] },
          { title: 'Canals', minutes: 10, ownerId: null },
        ],
      },
      { title: 'Close', minutes: 10, ownerId: null },
    ]);
    expect(numberAgenda(agenda).map((line) => line.number)).toEqual(['1', '2', '2.1', '2.1.1', '2.2', '3']);
    expect(rowsFromAgenda(agenda)).toEqual(rows);
  });

  it('reads a jump of more than one level as one level deeper', () => {
    expect(agendaFromRows([row('A', 0), row('B', 2)])).toEqual([
      { title: 'A', minutes: 10, ownerId: null, items: [{ title: 'B', minutes: 10, ownerId: null }] },
    ]);
  });

  it('indents only under a row above and never past three levels', () => {
    const rows = [row('A', 0), row('B', 0), row('C', 1), row('D', 2)];
    expect(canIndent(rows, 0)).toBe(false);
    expect(canIndent(rows, 1)).toBe(true);
    expect(canIndent(rows, 2)).toBe(false);
    expect(canIndent(rows, 3)).toBe(false);
    expect(canOutdent(rows, 0)).toBe(false);
    expect(canOutdent(rows, 2)).toBe(true);
  });

  it('moves a row with its sub-rows and removes them together', () => {
    const rows = [row('A', 0), row('B', 0), row('C', 1)];
    expect(shiftRow(rows, 1, 1).map((r) => r.depth)).toEqual([0, 1, 2]);
    expect(shiftRow(rows, 2, -1).map((r) => r.depth)).toEqual([0, 0, 0]);
    expect(shiftRow(rows, 0, -1)).toEqual(rows);
    expect(removeRow(rows, 1).map((r) => r.title)).toEqual(['A']);
    expect(removeRow(rows, 2).map((r) => r.title)).toEqual(['A', 'B']);
  });

  it('plans each line’s start from the meeting’s start', () => {
    expect(plannedStart('2026-12-06T09:00:00.000Z', 95)).toBe('2026-12-06T10:35:00.000Z');
  });
});
