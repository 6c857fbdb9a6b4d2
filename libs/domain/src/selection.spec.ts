import { describe, expect, it } from '@jest/globals';
import {
  criteriaWritten,
  DO_NO_HARM_QUESTIONS,
  isActiveParticipant,
  type DoNoHarmAnswers,
  doNoHarmStatus,
  invitationRoleOf,
  invitedMembership,
  normaliseRegion,
  PROCESS_INVITATION_ROLES,
  unansweredQuestions,
} from './selection';

const allAnswered = (): DoNoHarmAnswers => Object.fromEntries(DO_NO_HARM_QUESTIONS.map((question) => [question.key, { rating: 'medium', mitigation: 'Venues away from barracks.' }]));

describe('selection criteria', () => {
  it('counts criteria as written only when they hold more than white space', () => {
    expect(criteriaWritten(null)).toBe(false);
    expect(criteriaWritten(' \n\t')).toBe(false);
    expect(criteriaWritten('At least one representative per district.')).toBe(true);
  });

  it('treats regions that differ only in case and spacing as one', () => {
    expect(normaliseRegion('  Logone   Valley ')).toBe(normaliseRegion('logone valley'));
    expect(normaliseRegion('   ')).toBeNull();
    expect(normaliseRegion(null)).toBeNull();
  });
});

describe('Do-No-Harm self-assessment', () => {
  it('asks about dividers and connectors, the safety of participants and power imbalances, with unique keys', () => {
    const keys = DO_NO_HARM_QUESTIONS.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['dividers_connectors', 'participant_safety', 'power_imbalances', 'conflict_dynamics', 'own_capacity']));
  });

  it('is not started, in progress, answered, then complete only with a convener’s mark', () => {
    expect(doNoHarmStatus({}, false)).toBe('not_started');
    expect(doNoHarmStatus({ dividers_connectors: { rating: 'low', mitigation: 'None needed: local leaders convene.' } }, false)).toBe('in_progress');
    expect(doNoHarmStatus(allAnswered(), false)).toBe('answered');
    expect(doNoHarmStatus(allAnswered(), true)).toBe('complete');
  });

  it('does not count an answer without a mitigation, or one for a question it does not ask', () => {
    const answers = { ...allAnswered(), participant_safety: { rating: 'high' as const, mitigation: '   ' }, unknown_key: { rating: 'low' as const, mitigation: 'x' } };
    expect(unansweredQuestions(answers).map((question) => question.key)).toEqual(['participant_safety']);
    expect(doNoHarmStatus(answers, true)).toBe('in_progress');
  });
});

describe('process invitations', () => {
  it('makes a co-convener a convener and an alternate a participant standing in for someone', () => {
    expect(invitedMembership('co_convener', null, null)).toEqual({ role: 'convener', alternateFor: null, stakeholderGroupId: null });
    expect(invitedMembership('alternate', 'principal', 'group')).toEqual({ role: 'participant', alternateFor: 'principal', stakeholderGroupId: 'group' });
    expect(invitedMembership('participant', null, 'group')).toEqual({ role: 'participant', alternateFor: null, stakeholderGroupId: 'group' });
  });

  it('refuses an alternate without a principal, a principal for anyone else, and a group for non-participants', () => {
    expect(invitedMembership('alternate', null, null)).toMatchObject({ field: 'alternateFor' });
    expect(invitedMembership('participant', 'principal', null)).toMatchObject({ field: 'alternateFor' });
    expect(invitedMembership('observer', null, 'group')).toMatchObject({ field: 'stakeholderGroupId' });
  });

  it('maps every invitation role to a membership and back', () => {
    for (const role of PROCESS_INVITATION_ROLES) {
      const membership = invitedMembership(role, role === 'alternate' ? 'principal' : null, null);
      if ('problem' in membership) throw new Error(membership.problem);
      expect(invitationRoleOf(membership.role, membership.alternateFor)).toBe(role);
    }
  });
});

describe('isActiveParticipant', () => {
  it('counts a participant in their own right, not an alternate nor any other role', () => {
    expect(isActiveParticipant({ role: 'participant', alternateFor: null })).toBe(true);
    expect(isActiveParticipant({ role: 'participant', alternateFor: 'someone' })).toBe(false);
    expect(isActiveParticipant({ role: 'observer', alternateFor: null })).toBe(false);
    expect(isActiveParticipant({ role: 'convener', alternateFor: null })).toBe(false);
  });
});
