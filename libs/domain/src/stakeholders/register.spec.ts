import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  consultationDateProblem,
  describeRelationship,
  isScore,
  PROSPECT_STATUS_ON_INVITATION,
  PROSPECT_STATUSES,
  PROSPECT_TRANSITIONS,
  prospectInvitationProblem,
  type ProspectStatus,
  prospectTransitionProblem,
  quadrantOf,
  RELATIONSHIP_KINDS,
  relationshipEndsProblem,
  relationshipKey,
  SCORES,
  statusAfterConsultation,
  unmappedGroups,
} from './register';

describe('influence/interest grid', () => {
  it('puts each corner of the 5×5 grid in its strategy', () => {
    expect(quadrantOf(5, 5)).toBe('manage_closely');
    expect(quadrantOf(5, 1)).toBe('keep_satisfied');
    expect(quadrantOf(1, 5)).toBe('keep_informed');
    expect(quadrantOf(1, 1)).toBe('monitor');
  });

  it('counts the midpoint 3 as high, so an uncertain stakeholder gets the more attentive strategy', () => {
    expect(quadrantOf(3, 3)).toBe('manage_closely');
    expect(quadrantOf(2, 3)).toBe('keep_informed');
    expect(quadrantOf(3, 2)).toBe('keep_satisfied');
    expect(quadrantOf(2, 2)).toBe('monitor');
  });

  it('never lowers the strategy when influence or interest rises', () => {
    const rank = { monitor: 0, keep_informed: 1, keep_satisfied: 1, manage_closely: 2 } as const;
    for (const influence of SCORES) {
      for (const interest of SCORES) {
        if (influence < 5) expect(rank[quadrantOf(influence + 1, interest)]).toBeGreaterThanOrEqual(rank[quadrantOf(influence, interest)]);
        if (interest < 5) expect(rank[quadrantOf(influence, interest + 1)]).toBeGreaterThanOrEqual(rank[quadrantOf(influence, interest)]);
      }
    }
  });

  it('accepts only whole scores from 1 to 5', () => {
    expect(SCORES.every(isScore)).toBe(true);
    for (const value of [0, 6, 2.5, -1, Number.NaN, '3', null]) expect(isScore(value)).toBe(false);
  });
});

describe('relationships', () => {
  it('refuses a relationship of a stakeholder with itself', () => {
    expect(relationshipEndsProblem('a', 'a')).toMatch(/itself/);
    expect(relationshipEndsProblem('a', 'b')).toBeNull();
  });

  it('treats mutual kinds as the same relationship whichever end comes first, and a dependency as directed', () => {
    for (const kind of ['alliance', 'tension', 'conflict'] as const)
      expect(relationshipKey(kind, 'a', 'b')).toBe(relationshipKey(kind, 'b', 'a'));
    expect(relationshipKey('dependency', 'a', 'b')).not.toBe(relationshipKey('dependency', 'b', 'a'));
    expect(relationshipKey('alliance', 'a', 'b')).not.toBe(relationshipKey('tension', 'a', 'b'));
  });

  it('gives the same key to two pairs only when they are the same pair and kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONSHIP_KINDS), fc.uuid(), fc.uuid(), fc.uuid(), fc.uuid(), (kind, a, b, c, d) => {
        const same = relationshipKey(kind, a, b) === relationshipKey(kind, c, d);
        const samePair = (a === c && b === d) || (kind !== 'dependency' && a === d && b === c);
        expect(same).toBe(samePair);
      }),
    );
  });

  it('describes a dependency with its direction and a mutual kind without one', () => {
    expect(describeRelationship('dependency', 'District police', 'Ministry of Interior')).toBe(
      'District police depends on Ministry of Interior',
    );
    expect(describeRelationship('tension', 'Police', 'Youth council')).toBe('Police and Youth council: tension');
  });
});

describe('prospective participants', () => {
  it('walks the usual path prospective → consulted → invited → active', () => {
    expect(prospectTransitionProblem('prospective', 'consulted')).toBeNull();
    expect(prospectTransitionProblem('consulted', 'invited')).toBeNull();
    expect(prospectTransitionProblem('invited', 'active')).toBeNull();
  });

  it('refuses skipping a step, staying put, and declining after taking part', () => {
    expect(prospectTransitionProblem('prospective', 'invited')).toBe(
      'A prospective prospect cannot become invited; next can be: consulted, declined, withdrawn.',
    );
    expect(prospectTransitionProblem('consulted', 'active')).not.toBeNull();
    expect(prospectTransitionProblem('invited', 'invited')).toBe('The prospect is already invited.');
    expect(prospectTransitionProblem('active', 'declined')).not.toBeNull();
  });

  it('lets someone who declined or withdrew be approached again, from the start', () => {
    expect(prospectTransitionProblem('declined', 'prospective')).toBeNull();
    expect(prospectTransitionProblem('withdrawn', 'prospective')).toBeNull();
    expect(prospectTransitionProblem('declined', 'invited')).not.toBeNull();
  });

  it('reaches active only through an invitation, and only after a consultation, on any sequence of allowed moves', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        let status: ProspectStatus = 'prospective';
        const visited: ProspectStatus[] = [status];
        for (const choice of choices) {
          const options: readonly ProspectStatus[] = PROSPECT_TRANSITIONS[status];
          const next: ProspectStatus = options[choice % options.length];
          expect(prospectTransitionProblem(status, next)).toBeNull();
          if (next === 'active') {
            expect(status).toBe('invited');
            const sinceRestart = visited.slice(visited.lastIndexOf('prospective'));
            expect(sinceRestart).toContain('consulted');
          }
          status = next;
          visited.push(status);
        }
      }),
    );
  });

  it('allows exactly the moves of the transition table', () => {
    for (const from of PROSPECT_STATUSES) {
      for (const to of PROSPECT_STATUSES)
        expect(prospectTransitionProblem(from, to) === null).toBe(PROSPECT_TRANSITIONS[from].includes(to));
    }
  });

  it('moves a prospect who was not yet consulted to consulted when a consultation is logged, and leaves later statuses alone', () => {
    expect(statusAfterConsultation('prospective')).toBe('consulted');
    for (const status of ['consulted', 'invited', 'active', 'declined', 'withdrawn'] as const)
      expect(statusAfterConsultation(status)).toBe(status);
  });
});

describe('prospects and their invitations', () => {
  it('invites only a consulted prospect, or an invited one whose earlier invitation is no longer pending', () => {
    expect(prospectInvitationProblem('consulted', false)).toBeNull();
    expect(prospectInvitationProblem('invited', false)).toBeNull();
    expect(prospectInvitationProblem('invited', true)).toMatch(/pending invitation/);
    for (const status of ['prospective', 'active', 'declined', 'withdrawn'] as const)
      expect(prospectInvitationProblem(status, false)).toBe(prospectTransitionProblem(status, 'invited'));
  });

  it('makes an accepted invitation an allowed forward move, and a revoked one undo the move that sent it', () => {
    const { accepted, revoked } = PROSPECT_STATUS_ON_INVITATION;
    expect(prospectTransitionProblem(accepted.from, accepted.to)).toBeNull();
    expect(revoked.from).toBe('invited');
    expect(prospectInvitationProblem(revoked.to, false)).toBeNull();
  });
});

describe('consultation dates', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('accepts a real date up to today anywhere on earth', () => {
    expect(consultationDateProblem('2026-03-09', now)).toBeNull();
    expect(consultationDateProblem('2026-03-11', now)).toBeNull();
    expect(consultationDateProblem('2024-02-29', now)).toBeNull();
  });

  it('refuses impossible dates, other formats and dates in the future', () => {
    expect(consultationDateProblem('2026-02-30', now)).toBe('Enter a date as YYYY-MM-DD.');
    expect(consultationDateProblem('10/03/2026', now)).toBe('Enter a date as YYYY-MM-DD.');
    expect(consultationDateProblem('2026-03-12', now)).toMatch(/cannot be in the future/);
    expect(consultationDateProblem('1900-01-01', now)).toMatch(/after 1950/);
  });
});

describe('breadth of the map', () => {
  it('names the groups no stakeholder belongs to yet, in their order', () => {
    const groups = [
      { id: 'g1', name: 'Police' },
      { id: 'g2', name: 'Youth' },
      { id: 'g3', name: "Women's organisations" },
    ];
    expect(unmappedGroups(groups, ['g2', null, 'g2'])).toEqual(['Police', "Women's organisations"]);
    expect(unmappedGroups(groups, ['g1', 'g2', 'g3'])).toEqual([]);
  });
});
