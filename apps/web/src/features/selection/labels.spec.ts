import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  AGE_BAND_LABELS,
  type Demographics,
  DO_NO_HARM_QUESTIONS,
  GENDER_LABELS,
  inclusionView,
  type InclusionInput,
  SELECTION_PROMPTS,
  SMALL_GROUP_THRESHOLD,
} from '@common-ground/domain';
import { createIntl, type MessageDescriptor } from 'react-intl';
import { ageBandLabels, cellLabel, doNoHarmQuestion, genderLabels, selectionPrompt, targetText } from './labels';

const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
const french = createIntl({
  locale: 'fr',
  messages: JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs/fr/selection.json'), 'utf8')) as Record<
    string,
    string
  >,
});

const englishOf = (messages: Record<string, MessageDescriptor>) =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, message.defaultMessage]));

describe('the Selection tab’s words for domain values', () => {
  it('say in English exactly what the domain says', () => {
    expect(englishOf(genderLabels)).toEqual(GENDER_LABELS);
    expect(englishOf(ageBandLabels)).toEqual(AGE_BAND_LABELS);
  });

  it('have every Do-No-Harm question of the domain, word for word in English', () => {
    for (const { key, title, question } of DO_NO_HARM_QUESTIONS)
      expect(doNoHarmQuestion(english, { key, title: '', question: '' })).toEqual({ title, question });
    expect(doNoHarmQuestion(french, DO_NO_HARM_QUESTIONS[0]).title).toBe('Facteurs de division et de rapprochement');
  });

  it('translate every selection prompt and leave an unknown one as the API sent it', () => {
    for (const prompt of SELECTION_PROMPTS) expect(selectionPrompt(english, prompt)).toBe(prompt);
    expect(selectionPrompt(french, SELECTION_PROMPTS[1])).toBe('Quels groupes de mandants sont indispensables au processus ?');
    expect(selectionPrompt(french, 'A prompt added later')).toBe('A prompt added later');
  });
});

const person = (demographics: Partial<Demographics>): Demographics => ({
  gender: null,
  ageBand: null,
  region: null,
  wheelAreas: [],
  ...demographics,
});

function view(participants: InclusionInput['participants'], targets: Partial<InclusionInput['targets']>) {
  return inclusionView({
    participants,
    groups: [
      { id: 'g-police', name: 'Police', indispensable: true },
      { id: 'g-youth', name: 'Youth', indispensable: true },
    ],
    targets: { minWomenPercent: null, everyIndispensableGroup: true, minRegions: null, ageBandMinimums: {}, ...targets },
  });
}

function texts(intl: typeof english, inclusion: ReturnType<typeof view>) {
  const facts = {
    threshold: SMALL_GROUP_THRESHOLD,
    missingIndispensable: inclusion.missingIndispensable,
    indispensableGroups: inclusion.groups.filter((group) => group.indispensable).length,
    distinctRegions: inclusion.distinctRegions,
  };
  return inclusion.targets.map((target) => targetText(intl, target, facts));
}

describe('the inclusion view’s targets in the reader’s language', () => {
  const few = view([{ groupId: 'g-police', demographics: person({ gender: 'man' }) }], {
    minWomenPercent: 40,
    minRegions: 3,
    ageBandMinimums: { under_25: 1, '25_34': 2 },
  });
  const many = view(
    Array.from({ length: 6 }, (_, index) => ({
      groupId: index % 2 ? 'g-police' : 'g-youth',
      demographics: person({ gender: index < 3 ? 'woman' : 'man', ageBand: 'under_25', region: `Region ${String(index % 4)}` }),
    })),
    { minWomenPercent: 60, minRegions: 1, ageBandMinimums: { under_25: 5 } },
  );

  it('read in English exactly as the domain words them, whether measurable or not', () => {
    for (const inclusion of [few, many]) {
      expect(texts(english, inclusion)).toEqual(inclusion.targets.map(({ label, detail }) => ({ label, detail })));
    }
  });

  it('carry the target’s own figures into another language', () => {
    const [groups, women, regions, youth] = texts(french, many);
    expect(groups.detail).toBe('Les 2 groupes indispensables ont tous un participant actif.');
    expect(women.label).toBe('Au moins 60 % de femmes');
    expect(women.detail).toContain('inférieure à 60 %');
    expect(regions.label).toBe('Des participants d’au moins 1 région');
    expect(regions.detail).toBe('Les participants ont déclaré 4 régions différentes.');
    expect(youth.label).toBe('Au moins 5 participants de la tranche moins de 25 ans');
    expect(texts(french, few)[0].detail).toBe('Aucun participant actif de : Youth.');
  });

  it('keep the API’s words for a target the web app does not know', () => {
    const unknown = { id: 'later', label: 'A later target of 3', status: 'met' as const, detail: 'Reached.' };
    expect(targetText(french, unknown, { threshold: 5, missingIndispensable: [], indispensableGroups: 0, distinctRegions: 0 })).toEqual(
      unknown,
    );
  });

  it('name the breakdown categories by key, and leave a region’s own name as people wrote it', () => {
    for (const [breakdown, cells] of [
      ['gender', many.gender.cells],
      ['ageBand', many.ageBand.cells],
      ['region', many.region.cells],
    ] as const) {
      for (const cell of cells) expect(cellLabel(english, breakdown, cell, SMALL_GROUP_THRESHOLD)).toBe(cell.label);
    }
    expect(cellLabel(french, 'region', { key: 'region:logone', label: 'Logone' }, 5)).toBe('Logone');
    expect(cellLabel(french, 'gender', { key: 'not_declared', label: '' }, 5)).toBe('Non déclaré ou préfère ne pas répondre');
  });
});
