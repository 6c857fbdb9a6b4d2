import type { RelationshipKind } from '@common-ground/domain';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

/** What the relationship map's layout needs: each node's group (or null) and the edges between indexes. */
export interface LayoutInput {
  groups: readonly (number | null)[];
  groupCount: number;
  edges: readonly { from: number; to: number; kind: RelationshipKind; strength: number }[];
}

export interface LayoutResult {
  x: number[];
  y: number[];
}

interface Node extends SimulationNodeDatum {
  anchorX: number;
  anchorY: number;
}

interface Link extends SimulationLinkDatum<Node> {
  kind: RelationshipKind;
  strength: number;
}

/** Allies settle close together, adversaries far apart: the picture reads like the relationships. */
const DISTANCE: Record<RelationshipKind, number> = { alliance: 30, dependency: 45, tension: 80, conflict: 110 };
export const NODE_SPACING = 9;

/** A fixed-seed generator, so the same register always gets the same picture. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * A force-directed layout (d3-force), computed once, without animation: each group has an anchor on a
 * circle (the ungrouped sit in the middle), links pull by kind and strength, nodes repel and do not
 * overlap. Large maps get fewer iterations: the picture settles well before the default 300.
 */
export function layoutStakeholderMap(input: LayoutInput): LayoutResult {
  const count = input.groups.length;
  const ringRadius = 40 + Math.sqrt(count) * 18;
  const anchor = (group: number | null) => {
    if (group === null || input.groupCount === 0) return { x: 0, y: 0 };
    const angle = (2 * Math.PI * group) / input.groupCount - Math.PI / 2;
    return { x: Math.cos(angle) * ringRadius, y: Math.sin(angle) * ringRadius };
  };
  const golden = Math.PI * (3 - Math.sqrt(5));
  const nodes: Node[] = input.groups.map((group, index) => {
    const { x: anchorX, y: anchorY } = anchor(group);
    // Start on a small sunflower spiral around the anchor: spread out, and deterministic.
    const radius = 4 * Math.sqrt(index + 0.5);
    return { anchorX, anchorY, x: anchorX + radius * Math.cos(index * golden), y: anchorY + radius * Math.sin(index * golden) };
  });
  const links: Link[] = input.edges.map((edge) => ({ source: edge.from, target: edge.to, kind: edge.kind, strength: edge.strength }));
  const iterations = count > 200 ? 120 : 300;
  const simulation = forceSimulation(nodes)
    .randomSource(seeded(42))
    .alphaDecay(1 - Math.pow(0.001, 1 / iterations))
    .force(
      'link',
      forceLink<Node, Link>(links)
        .distance((link) => DISTANCE[link.kind])
        .strength((link) => (0.02 + 0.03 * link.strength) * (link.kind === 'alliance' || link.kind === 'dependency' ? 1 : 0.5)),
    )
    .force('charge', forceManyBody<Node>().strength(-35).theta(0.9).distanceMax(250))
    .force('x', forceX<Node>((node) => node.anchorX).strength(0.06))
    .force('y', forceY<Node>((node) => node.anchorY).strength(0.06))
    .force('collide', forceCollide<Node>(NODE_SPACING))
    .stop();
  simulation.tick(iterations);
  return { x: nodes.map((node) => node.x ?? 0), y: nodes.map((node) => node.y ?? 0) };
}
