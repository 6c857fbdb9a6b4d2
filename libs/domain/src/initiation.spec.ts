import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  checklistAnswered,
  checklistAnswersProblem,
  completeChecklistAnswers,
  completeKeyQuestionAnswers,
  fundingOutlook,
  fundingPositions,
  hostingProblem,
  INITIATOR_KEY_QUESTIONS,
  INITIATOR_QUESTION_IDS,
  type KeyQuestionAnswer,
  keyQuestionAnswersProblem,
  mouProblem,
  PARTICIPANT_KEY_QUESTIONS,
  RISK_RATINGS,
  riskSummary,
} from './initiation';
import { sumAmounts } from './money';

describe('key questions', () => {
  it('asks the five questions for initiators and the five for potential participants, each with help', () => {
    expect(INITIATOR_KEY_QUESTIONS.map((question) => question.id)).toEqual([
      'necessity',
      'influence',
      'manageability',
      'funding',
      'unintended_harm',
    ]);
    expect(PARTICIPANT_KEY_QUESTIONS.map((question) => question.id)).toEqual([
      'interests',
      'institutional_support',
      'exit_strategy',
      'personal_needs',
      'benefits',
    ]);
    for (const question of [...INITIATOR_KEY_QUESTIONS, ...PARTICIPANT_KEY_QUESTIONS]) {
      expect(question.question).toMatch(/\?$/);
      expect(question.help.length).toBeGreaterThan(20);
    }
  });

  it('fills unanswered questions in as not assessed, in the seed’s order', () => {
    const answers = completeKeyQuestionAnswers([{ questionId: 'funding', risk: 'high', notes: 'One donor only.' }]);
    expect(answers.map((answer) => `${answer.questionId}:${answer.risk}`)).toEqual([
      'necessity:not_assessed',
      'influence:not_assessed',
      'manageability:not_assessed',
      'funding:high',
      'unintended_harm:not_assessed',
    ]);
  });

  it('rejects an unknown question and a question answered twice, naming the field', () => {
    expect(keyQuestionAnswersProblem([{ questionId: 'necessity' }, { questionId: 'weather' }])).toEqual({
      field: 'answers.1.questionId',
      message: expect.stringContaining('must be one of necessity'),
    });
    expect(keyQuestionAnswersProblem([{ questionId: 'funding' }, { questionId: 'funding' }])?.message).toBe(
      'Each question is answered once.',
    );
    expect(keyQuestionAnswersProblem([{ questionId: 'funding' }])).toBeNull();
    expect(checklistAnswersProblem([{ questionId: 'necessity' }])?.field).toBe('answers.0.questionId');
    expect(checklistAnswersProblem([{ questionId: 'benefits' }])).toBeNull();
  });

  it('summarises the highest risk rated and how many questions are rated', () => {
    expect(riskSummary([])).toEqual({ highest: 'not_assessed', assessed: 0, total: 5 });
    expect(
      riskSummary([
        { questionId: 'necessity', risk: 'low', notes: '' },
        { questionId: 'unintended_harm', risk: 'medium', notes: 'Could expose informants.' },
      ]),
    ).toEqual({ highest: 'medium', assessed: 2, total: 5 });
  });

  it('never reports a highest risk below any rating given', () => {
    const answer = fc.record({
      questionId: fc.constantFrom(...INITIATOR_QUESTION_IDS),
      risk: fc.constantFrom(...RISK_RATINGS),
      notes: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.uniqueArray(answer, { selector: (a) => a.questionId }), (answers: KeyQuestionAnswer[]) => {
        const { highest } = riskSummary(answers);
        for (const given of answers) expect(RISK_RATINGS.indexOf(highest)).toBeGreaterThanOrEqual(RISK_RATINGS.indexOf(given.risk));
        if (answers.length > 0) expect(answers.map((a) => a.risk)).toContain(highest);
      }),
    );
  });
});

describe('convener and host arrangement', () => {
  it('needs exactly one host for a single host, and two or more to co-host or rotate', () => {
    expect(hostingProblem('single_host', ['Ministry of Interior'])).toBeNull();
    expect(hostingProblem('single_host', ['Ministry of Interior', 'UNDP'])?.field).toBe('hosts');
    expect(hostingProblem('co_hosts', ['Ministry of Interior'])?.message).toBe('Co-hosts needs at least two hosts.');
    expect(hostingProblem('rotation', ['Ministry of Interior', 'Women’s Network', 'Police'])).toBeNull();
    expect(hostingProblem('rotation', [])?.field).toBe('hosts');
  });

  it('names each host once, whatever the case', () => {
    expect(hostingProblem('co_hosts', ['UNDP', 'undp'])?.message).toBe('Name each host once.');
  });
});

describe('memorandum of understanding', () => {
  it('lets a draft be undated and with any parties', () => {
    expect(mouProblem('draft', null, [])).toBeNull();
    expect(mouProblem('draft', '2026-03-01', ['A', 'B'])?.field).toBe('agreedOn');
  });

  it('needs a date and at least two distinct parties once agreed', () => {
    expect(mouProblem('agreed', null, ['A', 'B'])?.field).toBe('agreedOn');
    expect(mouProblem('agreed', '2026-03-01', ['Women’s Network'])?.field).toBe('parties');
    expect(mouProblem('agreed', '2026-03-01', ['Police', 'police'])?.message).toBe('Name each party once.');
    expect(mouProblem('agreed', '2026-03-01', ['Police', 'Women’s Network'])).toBeNull();
  });
});

describe('reality check', () => {
  const costs = [
    { item: 'Venue hire, four plenaries', amount: '4000', currency: 'USD' },
    { item: 'Interpreters', amount: '2500.50', currency: 'USD' },
    { item: 'Travel of rural participants', amount: '1000000', currency: 'XOF' },
  ];

  it('totals per currency and computes both gaps exactly', () => {
    const positions = fundingPositions(costs, [
      { amount: '3000', currency: 'USD', status: 'secured' },
      { amount: '2000.25', currency: 'USD', status: 'pledged' },
      { amount: '1000000', currency: 'XOF', status: 'secured' },
    ]);
    expect(positions).toEqual([
      {
        currency: 'USD',
        estimate: '6500.50',
        secured: '3000.00',
        pledged: '2000.25',
        gapAfterSecured: '3500.50',
        gapAfterPledged: '1500.25',
      },
      { currency: 'XOF', estimate: '1000000.00', secured: '1000000.00', pledged: '0.00', gapAfterSecured: '0.00', gapAfterPledged: '0.00' },
    ]);
    expect(fundingOutlook(positions)).toBe('short');
  });

  it('shows a surplus as a negative gap, and funding in a currency nobody estimated', () => {
    const positions = fundingPositions(
      [{ amount: '100', currency: 'EUR' }],
      [
        { amount: '250', currency: 'EUR', status: 'secured' },
        { amount: '50', currency: 'GBP', status: 'pledged' },
      ],
    );
    expect(positions.map((p) => `${p.currency} ${p.gapAfterSecured} ${p.gapAfterPledged}`)).toEqual([
      'EUR -150.00 -150.00',
      'GBP 0.00 -50.00',
    ]);
    expect(fundingOutlook(positions)).toBe('covered');
  });

  it('says whether the plan relies on pledges, and when nothing is estimated yet', () => {
    expect(
      fundingOutlook(fundingPositions([{ amount: '10', currency: 'USD' }], [{ amount: '10', currency: 'USD', status: 'pledged' }])),
    ).toBe('relies_on_pledges');
    expect(fundingOutlook(fundingPositions([], [{ amount: '10', currency: 'USD', status: 'pledged' }]))).toBe('no_estimate');
    expect(fundingOutlook([])).toBe('no_estimate');
  });

  it('keeps estimate = secured + pledged + gap after pledges, for any lines', () => {
    const money = fc
      .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }))
      .map(([whole, cents]) => `${String(whole)}.${String(cents).padStart(2, '0')}`);
    const currency = fc.constantFrom('USD', 'EUR', 'KES');
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: money, currency })),
        fc.array(fc.record({ amount: money, currency, status: fc.constantFrom('secured' as const, 'pledged' as const) })),
        (lines, funding) => {
          for (const position of fundingPositions(lines, funding)) {
            const estimate = sumAmounts(lines.filter((line) => line.currency === position.currency).map((line) => line.amount));
            expect(position.estimate).toBe(estimate);
            const cents = (text: string) => BigInt(text.replace('.', ''));
            expect(cents(position.secured) + cents(position.pledged) + cents(position.gapAfterPledged)).toBe(cents(position.estimate));
            expect(cents(position.gapAfterSecured) - cents(position.pledged)).toBe(cents(position.gapAfterPledged));
          }
        },
      ),
    );
  });
});

describe('participant checklist', () => {
  it('fills unanswered questions in as blank and counts written answers', () => {
    const answers = completeChecklistAnswers([
      { questionId: 'exit_strategy', notes: 'We leave if the police stop attending.' },
      { questionId: 'benefits', notes: '   ' },
    ]);
    expect(answers.map((answer) => answer.questionId)).toEqual([
      'interests',
      'institutional_support',
      'exit_strategy',
      'personal_needs',
      'benefits',
    ]);
    expect(checklistAnswered(answers)).toBe(1);
  });
});
