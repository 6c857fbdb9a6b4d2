import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CONFIDENTIALITY_MODES, type ConfidentialityMode } from '../agreements';
import {
  agendaMinutes,
  agendaProblem,
  ATTENDANCE_CODE_ALPHABET,
  ATTENDANCE_CODE_LENGTH,
  attendanceCodeFromBytes,
  attendanceVisibleToAttendees,
  attendanceWindowOpen,
  countRsvps,
  effectiveMode,
  formatAttendanceCode,
  isAttendanceCodeShape,
  MEETING_LIMITS,
  meetingState,
  meetingTimeProblem,
  minutesApproved,
  minutesKeepStatements,
  modeChangeProblem,
  nextMinutesStatus,
  normalizeAttendanceCode,
  numberAgenda,
  rsvpProblem,
  statementMayNameSpeaker,
  statementsVisible,
  strictness,
  suggestedHosts,
} from './meetings';

const at = (iso: string) => new Date(iso);
const plenary = { startsAt: at('2027-02-01T09:00:00Z'), endsAt: at('2027-02-01T12:00:00Z'), cancelledAt: null };
const mode = fc.constantFrom<ConfidentialityMode>(...CONFIDENTIALITY_MODES);

describe('meeting time', () => {
  it('reads its state from the clock', () => {
    expect(meetingState(plenary, at('2027-02-01T08:59:00Z'))).toBe('upcoming');
    expect(meetingState(plenary, at('2027-02-01T09:00:00Z'))).toBe('in_progress');
    expect(meetingState(plenary, at('2027-02-01T12:00:00Z'))).toBe('ended');
    expect(meetingState({ ...plenary, cancelledAt: at('2027-01-20T00:00:00Z') }, at('2027-02-01T10:00:00Z'))).toBe('cancelled');
  });

  it('refuses a meeting that ends before it starts or lasts more than a week', () => {
    expect(meetingTimeProblem(plenary.startsAt, plenary.endsAt)).toBeNull();
    expect(meetingTimeProblem(plenary.endsAt, plenary.startsAt)).toBe('meetingEndsBeforeStart');
    expect(meetingTimeProblem(plenary.startsAt, plenary.startsAt)).toBe('meetingEndsBeforeStart');
    expect(meetingTimeProblem(plenary.startsAt, at('2027-02-09T09:00:00Z'))).toBe('meetingTooLong');
  });

  it('opens self-recorded attendance half an hour before and closes it two hours after', () => {
    expect(attendanceWindowOpen(plenary, at('2027-02-01T08:29:00Z'))).toBe(false);
    expect(attendanceWindowOpen(plenary, at('2027-02-01T08:30:00Z'))).toBe(true);
    expect(attendanceWindowOpen(plenary, at('2027-02-01T14:00:00Z'))).toBe(true);
    expect(attendanceWindowOpen(plenary, at('2027-02-01T14:01:00Z'))).toBe(false);
    expect(attendanceWindowOpen({ ...plenary, cancelledAt: plenary.startsAt }, at('2027-02-01T10:00:00Z'))).toBe(false);
  });
});

describe('attendance codes', () => {
  it('are built uniformly from random bytes in an alphabet without look-alikes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const code = attendanceCodeFromBytes(bytes);
        // 32 bytes yield 8 accepted ones except with negligible probability (each byte is kept with p = 248/256).
        if (code === null) return;
        expect(code).toHaveLength(ATTENDANCE_CODE_LENGTH);
        expect(isAttendanceCodeShape(code)).toBe(true);
      }),
    );
    expect(ATTENDANCE_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(attendanceCodeFromBytes(new Uint8Array([255, 255, 255]))).toBeNull();
  });

  it('are read back however people type them', () => {
    expect(formatAttendanceCode('K7QM2XWP')).toBe('K7QM-2XWP');
    expect(normalizeAttendanceCode(' k7qm–2xwp ')).toBe('K7QM2XWP');
    expect(isAttendanceCodeShape(normalizeAttendanceCode('k7qm 2xwp'))).toBe(true);
    expect(isAttendanceCodeShape('K7QM2XW0')).toBe(false);
    expect(isAttendanceCodeShape('K7QM2XW')).toBe(false);
  });
});

describe('agenda', () => {
  const agenda = [
    { title: 'Welcome', minutes: 10 },
    {
      title: 'Security situation',
      minutes: 15,
      items: [
        { title: 'Police report', minutes: 20 },
        { title: 'Community concerns', minutes: 30 },
      ],
    },
    { title: 'Next steps', minutes: 15 },
  ];

  it('numbers items and plans when each starts', () => {
    expect(numberAgenda(agenda)).toEqual([
      { number: '1', depth: 1, title: 'Welcome', startsAfterMinutes: 0 },
      { number: '2', depth: 1, title: 'Security situation', startsAfterMinutes: 10 },
      { number: '2.1', depth: 2, title: 'Police report', startsAfterMinutes: 25 },
      { number: '2.2', depth: 2, title: 'Community concerns', startsAfterMinutes: 45 },
      { number: '3', depth: 1, title: 'Next steps', startsAfterMinutes: 75 },
    ]);
    expect(agendaMinutes(agenda)).toBe(90);
    expect(agendaProblem(agenda)).toBeNull();
  });

  it('names the first item that is wrong', () => {
    expect(agendaProblem([{ title: 'A', minutes: 5, items: [{ title: ' ', minutes: 5 }] }])).toEqual({
      problem: 'agendaItemUntitled',
      path: '1.1',
    });
    expect(agendaProblem([{ title: 'A', minutes: -1 }])).toEqual({ problem: 'agendaItemMinutes', path: '1' });
    expect(agendaProblem([{ title: 'A', minutes: 1.5 }])).toEqual({ problem: 'agendaItemMinutes', path: '1' });
    const deep = {
      title: 'd',
      minutes: 1,
      items: [{ title: 'd', minutes: 1, items: [{ title: 'd', minutes: 1, items: [{ title: 'd', minutes: 1 }] }] }],
    };
    expect(agendaProblem([deep])).toEqual({ problem: 'agendaTooDeep', path: '1.1.1.1' });
    const long = Array.from({ length: MEETING_LIMITS.agendaItemsMax + 1 }, () => ({ title: 'x', minutes: 1 }));
    expect(agendaProblem(long)).toEqual({ problem: 'agendaTooLong', path: String(MEETING_LIMITS.agendaItemsMax + 1) });
  });
});

describe('hosts', () => {
  it('rotates through the arrangement, after the last meeting’s host', () => {
    const hosts = ['Ministry of Interior', 'Women’s Network', 'County Council'];
    expect(suggestedHosts('rotation', hosts, null)).toEqual(['Ministry of Interior']);
    expect(suggestedHosts('rotation', hosts, 'women’s network')).toEqual(['County Council']);
    expect(suggestedHosts('rotation', hosts, 'County Council')).toEqual(['Ministry of Interior']);
    expect(suggestedHosts('co_hosts', hosts, 'County Council')).toEqual(hosts);
    expect(suggestedHosts('single_host', ['UNDP'], null)).toEqual(['UNDP']);
    expect(suggestedHosts('rotation', [], null)).toEqual([]);
  });
});

describe('RSVP', () => {
  it('lets an alternate attend only instead of an absent invitee who is not invited already', () => {
    const invited = new Set(['amina', 'joseph']);
    expect(rsvpProblem('no', 'grace', 'amina', invited)).toBeNull();
    expect(rsvpProblem('yes', 'grace', 'amina', invited)).toBe('alternateOnlyWhenAbsent');
    expect(rsvpProblem('no', 'joseph', 'amina', invited)).toBe('alternateIsInvitee');
    expect(rsvpProblem('maybe', null, 'amina', invited)).toBeNull();
  });

  it('counts answers and those still pending', () => {
    expect(
      countRsvps([
        { response: 'yes', alternateId: null },
        { response: 'no', alternateId: 'grace' },
        { response: 'maybe', alternateId: null },
        { response: null, alternateId: null },
      ]),
    ).toEqual({ yes: 1, no: 1, maybe: 1, pending: 1, alternates: 1 });
  });
});

describe('confidentiality of a meeting', () => {
  it('is never looser than the regime, and only ever made stricter (property)', () => {
    fc.assert(
      fc.property(mode, fc.option(mode, { nil: null }), mode, (regime, current, next) => {
        const problem = modeChangeProblem(regime, current, next);
        const allowed = strictness(next) >= strictness(regime) && (current === null || strictness(next) >= strictness(current));
        expect(problem === null).toBe(allowed);
        expect(strictness(effectiveMode(regime, next))).toBeGreaterThanOrEqual(Math.max(strictness(regime), strictness(next)));
      }),
    );
  });

  it('names a speaker on the record, under Chatham House only by their choice, and keeps no statement off the record', () => {
    expect(statementMayNameSpeaker('on_the_record', false)).toBe(true);
    expect(statementMayNameSpeaker('chatham_house', false)).toBe(false);
    expect(statementMayNameSpeaker('chatham_house', true)).toBe(true);
    expect(statementMayNameSpeaker('off_the_record', true)).toBe(false);
    expect(minutesKeepStatements('off_the_record')).toBe(false);
    expect(attendanceVisibleToAttendees('chatham_house')).toBe(false);
    expect(attendanceVisibleToAttendees('on_the_record')).toBe(true);
  });

  it('publishes Chatham House statements to attendees as one batch on approval', () => {
    expect(statementsVisible('chatham_house', 'draft', false)).toBe(false);
    expect(statementsVisible('chatham_house', 'in_review', false)).toBe(false);
    expect(statementsVisible('chatham_house', 'approved', false)).toBe(true);
    expect(statementsVisible('chatham_house', 'draft', true)).toBe(true);
    expect(statementsVisible('on_the_record', 'in_review', false)).toBe(true);
    expect(statementsVisible('off_the_record', 'approved', true)).toBe(false);
  });
});

describe('minutes', () => {
  it('go from draft to review to approved, then stay read-only', () => {
    expect(nextMinutesStatus('draft', 'submit')).toBe('in_review');
    expect(nextMinutesStatus('in_review', 'reopen')).toBe('draft');
    expect(nextMinutesStatus('in_review', 'approve')).toBe('approved');
    expect(nextMinutesStatus('approved', 'reopen')).toBeNull();
    expect(nextMinutesStatus('draft', 'approve')).toBeNull();
  });

  it('are approved by a majority of those who attended when nobody objects', () => {
    expect(minutesApproved(10, 6, 0)).toBe(true);
    expect(minutesApproved(10, 5, 0)).toBe(false);
    expect(minutesApproved(10, 9, 1)).toBe(false);
    expect(minutesApproved(0, 0, 0)).toBe(false);
  });
});
