import { quadrantOf, type Quadrant, SCORE_MAX, SCORES } from '@common-ground/domain';

/** The influence/interest grid: 5 × 5 cells, influence upwards, interest rightwards. */

/** A cell shows up to this many stakeholders as separate marks; more become one numbered cluster. */
export const CELL_CAPACITY = 6;
const COLUMNS_IN_CELL = 3;

export interface GridCell {
  influence: number;
  interest: number;
  quadrant: Quadrant;
  /** Indexes of the stakeholders in this cell, in the order given (the map's is by name). */
  members: number[];
}

export interface GridGeometry {
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
}

export type GridMark =
  { kind: 'stakeholder'; index: number; cell: GridCell; x: number; y: number } | { kind: 'cluster'; cell: GridCell; x: number; y: number };

/** Every cell, top row (influence 5) first, each row from interest 1 to 5. */
export function gridCells(stakeholders: readonly { influence: number; interest: number }[]): GridCell[] {
  const cells = [...SCORES]
    .reverse()
    .flatMap((influence) =>
      SCORES.map((interest) => ({ influence, interest, quadrant: quadrantOf(influence, interest), members: [] as number[] })),
    );
  stakeholders.forEach((stakeholder, index) => {
    cells[(SCORE_MAX - stakeholder.influence) * SCORES.length + (stakeholder.interest - 1)].members.push(index);
  });
  return cells;
}

/** The cell's top-left corner. */
function cellOrigin(cell: Pick<GridCell, 'influence' | 'interest'>, geometry: GridGeometry): { x: number; y: number } {
  return {
    x: geometry.left + (cell.interest - 1) * geometry.cellWidth,
    y: geometry.top + (SCORE_MAX - cell.influence) * geometry.cellHeight,
  };
}

/**
 * Where each mark goes: a crowded cell becomes one cluster at its centre, the others place their
 * stakeholders on a small 3-column lattice, so no two marks overlap and each stays clickable.
 * Marks come in reading order (cell by cell, top row first), which is also the keyboard order.
 */
export function placeMarks(cells: readonly GridCell[], geometry: GridGeometry): GridMark[] {
  const marks: GridMark[] = [];
  for (const cell of cells) {
    if (cell.members.length === 0) continue;
    const origin = cellOrigin(cell, geometry);
    if (cell.members.length > CELL_CAPACITY) {
      marks.push({ kind: 'cluster', cell, x: origin.x + geometry.cellWidth / 2, y: origin.y + geometry.cellHeight / 2 });
      continue;
    }
    const rows = Math.ceil(CELL_CAPACITY / COLUMNS_IN_CELL);
    const stepX = geometry.cellWidth / (COLUMNS_IN_CELL + 1);
    const stepY = geometry.cellHeight / (rows + 1);
    cell.members.forEach((index, position) => {
      const column = position % COLUMNS_IN_CELL;
      const row = Math.floor(position / COLUMNS_IN_CELL);
      marks.push({ kind: 'stakeholder', index, cell, x: origin.x + stepX * (column + 1), y: origin.y + stepY * (row + 1) });
    });
  }
  return marks;
}
