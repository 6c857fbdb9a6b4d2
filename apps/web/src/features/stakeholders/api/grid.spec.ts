import { describe, expect, it } from '@jest/globals';
import { CELL_CAPACITY, gridCells, placeMarks } from './grid';

const geometry = { left: 50, top: 10, cellWidth: 100, cellHeight: 80 };

describe('influence/interest grid placement', () => {
  it('puts each stakeholder in the cell of its scores, top row the most influential', () => {
    const cells = gridCells([
      { influence: 5, interest: 1 },
      { influence: 1, interest: 5 },
      { influence: 5, interest: 1 },
    ]);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ influence: 5, interest: 1, quadrant: 'keep_satisfied', members: [0, 2] });
    expect(cells[24]).toMatchObject({ influence: 1, interest: 5, quadrant: 'keep_informed', members: [1] });
  });

  it('gives separate, non-overlapping marks inside the cell up to its capacity', () => {
    const stakeholders = Array.from({ length: CELL_CAPACITY }, () => ({ influence: 3, interest: 3 }));
    const marks = placeMarks(gridCells(stakeholders), geometry);
    expect(marks.map((mark) => mark.kind)).toEqual(Array(CELL_CAPACITY).fill('stakeholder'));
    const points = new Set(marks.map((mark) => `${mark.x},${mark.y}`));
    expect(points.size).toBe(CELL_CAPACITY);
    for (const mark of marks) {
      expect(mark.x).toBeGreaterThan(250);
      expect(mark.x).toBeLessThan(350);
      expect(mark.y).toBeGreaterThan(170);
      expect(mark.y).toBeLessThan(250);
    }
  });

  it('turns a crowded cell into one cluster that holds all its stakeholders', () => {
    const stakeholders = Array.from({ length: CELL_CAPACITY + 1 }, () => ({ influence: 4, interest: 2 }));
    const marks = placeMarks(gridCells([...stakeholders, { influence: 1, interest: 1 }]), geometry);
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatchObject({ kind: 'cluster', x: 200, y: 130 });
    expect(marks[0].cell.members).toHaveLength(CELL_CAPACITY + 1);
    expect(marks[1]).toMatchObject({ kind: 'stakeholder', index: CELL_CAPACITY + 1 });
  });
});
