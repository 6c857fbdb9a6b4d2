import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { evaluateGates, evaluateRatification, GATE_DETAIL_CODES, PHASES, type ProcessFacts } from '@common-ground/domain';
import { createIntl } from 'react-intl';
import { GATE_DETAIL_MESSAGES, gateDetail } from './gate-details';

const catalog = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs', locale, 'processes.json'), 'utf8'));

const ready: ProcessFacts = {
  purpose: 'Agree a shared view of security.',
  leadershipCount: 3,
  design: { selectionCriteriaWritten: true, doNoHarm: 'complete', indispensableGroups: 2, unrepresentedIndispensable: [] },
  acquaint: {
    adoptedGroundRules: 1,
    charterInForce: true,
    charterRatification: null,
    activeParticipants: 3,
    participantsWithoutAccountability: 0,
    grievanceProcedure: true,
  },
  plans: { approvedPlans: 1, actionsWithoutOwner: 0, actionsWithoutDueDate: 0 },
};

/** Facts that between them reach every detail code (the domain test holds that they do). */
const variants: ProcessFacts[] = [
  ready,
  { ...ready, purpose: null, leadershipCount: 1, acquaint: { ...ready.acquaint, adoptedGroundRules: 7 } },
  ...(['not_started', 'in_progress', 'answered'] as const).map((doNoHarm) => ({
    ...ready,
    design: { ...ready.design, doNoHarm, selectionCriteriaWritten: false, unrepresentedIndispensable: ['Police', 'Youth'] },
  })),
  { ...ready, design: { ...ready.design, indispensableGroups: 0 }, plans: { ...ready.plans, approvedPlans: 2 } },
  {
    ...ready,
    acquaint: {
      ...ready.acquaint,
      adoptedGroundRules: 0,
      charterInForce: false,
      charterRatification: evaluateRatification(
        { everyIndispensableGroup: true, shareNumerator: 2, shareDenominator: 3 },
        {
          activeParticipants: [
            { id: 'a', groupId: 'civil' },
            { id: 'b', groupId: 'police' },
            { id: 'c', groupId: null },
          ],
          indispensableGroups: [
            { id: 'police', name: 'Police' },
            { id: 'women', name: 'Women’s groups' },
          ],
          signedFor: ['a'],
        },
      ),
      participantsWithoutAccountability: 2,
      grievanceProcedure: false,
    },
  },
  {
    ...ready,
    acquaint: {
      ...ready.acquaint,
      charterInForce: false,
      activeParticipants: 0,
      charterRatification: evaluateRatification(
        { everyIndispensableGroup: false, shareNumerator: 1, shareDenominator: 2 },
        { activeParticipants: [], indispensableGroups: [], signedFor: [] },
      ),
    },
  },
  { ...ready, acquaint: { ...ready.acquaint, charterInForce: false, charterRatification: null } },
  { ...ready, plans: { approvedPlans: 0, actionsWithoutOwner: 0, actionsWithoutDueDate: 0 } },
  { ...ready, plans: { approvedPlans: 1, actionsWithoutOwner: 1, actionsWithoutDueDate: 2 } },
  { ...ready, plans: { approvedPlans: 1, actionsWithoutOwner: 0, actionsWithoutDueDate: 4 } },
];
const gates = variants.flatMap((facts) => PHASES.flatMap((phase) => evaluateGates(phase, facts)));

describe('gate details', () => {
  it('has a message for every code the domain can give', () => {
    expect(Object.keys(GATE_DETAIL_MESSAGES).sort()).toEqual([...GATE_DETAIL_CODES].sort());
    expect(new Set(gates.map((gate) => gate.code))).toEqual(new Set(GATE_DETAIL_CODES));
  });

  it('says in English exactly what the API’s detail says', () => {
    const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    for (const gate of gates) expect(gateDetail(english, gate)).toBe(gate.detail);
  });

  for (const locale of ['fr', 'es', 'ar']) {
    it(`says every detail in ${locale}, keeping group names as written`, () => {
      const errors: unknown[] = [];
      const intl = createIntl({ locale, messages: catalog(locale), onError: (error) => errors.push(error) });
      for (const gate of gates) {
        const text = gateDetail(intl, gate);
        expect(text).not.toBe(gate.detail);
        for (const group of Array.isArray(gate.params.groups) ? gate.params.groups : []) expect(text).toContain(group);
      }
      expect(errors).toEqual([]);
    });
  }

  it('keeps the API’s sentence for a code it does not know (a newer API)', () => {
    const french = createIntl({ locale: 'fr', messages: catalog('fr') });
    expect(gateDetail(french, { code: 'something_new', params: {}, detail: 'Something new.' })).toBe('Something new.');
  });
});
