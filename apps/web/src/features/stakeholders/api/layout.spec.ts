import { describe, expect, it } from '@jest/globals';
import type { LayoutInput } from './layout';
import { layoutStakeholderMap } from './layout';

/** Two camps of allies in conflict with each other. */
function camps(size: number): LayoutInput {
  const edges: LayoutInput['edges'][number][] = [];
  for (let i = 1; i < size; i += 1) {
    edges.push({ from: 0, to: i, kind: 'alliance', strength: 3 });
    edges.push({ from: size, to: size + i, kind: 'alliance', strength: 3 });
  }
  edges.push({ from: 0, to: size, kind: 'conflict', strength: 3 });
  return { groups: Array.from({ length: 2 * size }, () => null), groupCount: 0, edges };
}

const distance = (layout: { x: number[]; y: number[] }, a: number, b: number) =>
  Math.hypot(layout.x[a] - layout.x[b], layout.y[a] - layout.y[b]);

describe('relationship map layout', () => {
  it('gives the same picture for the same register', () => {
    const input = camps(6);
    expect(layoutStakeholderMap(input)).toEqual(layoutStakeholderMap(input));
  });

  it('places every node at a finite point, none on top of another', () => {
    const layout = layoutStakeholderMap(camps(8));
    const points = layout.x.map((x, index) => [x, layout.y[index]]);
    expect(points.flat().every(Number.isFinite)).toBe(true);
    for (let a = 0; a < points.length; a += 1) {
      for (let b = a + 1; b < points.length; b += 1) expect(distance(layout, a, b)).toBeGreaterThan(4);
    }
  });

  it('draws allies closer together than parties in conflict', () => {
    const layout = layoutStakeholderMap(camps(6));
    const allies = (distance(layout, 0, 1) + distance(layout, 6, 7)) / 2;
    expect(allies).toBeLessThan(distance(layout, 0, 6));
  });

  it('keeps the members of a group nearer their group than the other group', () => {
    const groups = [0, 0, 0, 0, 1, 1, 1, 1];
    const layout = layoutStakeholderMap({ groups, groupCount: 2, edges: [] });
    expect(distance(layout, 0, 1)).toBeLessThan(distance(layout, 0, 4));
  });
});
