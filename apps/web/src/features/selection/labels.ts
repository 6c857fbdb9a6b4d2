import { AGE_BANDS, type AgeBand, type Gender, SELECTION_PROMPTS } from '@common-ground/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../i18n/untyped';

export const genderLabels = untyped(
  defineMessages({
    woman: { id: 'selection.gender.woman', defaultMessage: 'Woman' },
    man: { id: 'selection.gender.man', defaultMessage: 'Man' },
    another: { id: 'selection.gender.another', defaultMessage: 'Another gender' },
    prefer_not_to_say: { id: 'selection.gender.prefer_not_to_say', defaultMessage: 'Prefer not to say' },
  }),
) satisfies Record<Gender, MessageDescriptor>;

export const ageBandLabels = untyped(
  defineMessages({
    under_25: { id: 'selection.ageBand.under_25', defaultMessage: 'Under 25' },
    '25_34': { id: 'selection.ageBand.25_34', defaultMessage: '25 to 34' },
    '35_49': { id: 'selection.ageBand.35_49', defaultMessage: '35 to 49' },
    '50_64': { id: 'selection.ageBand.50_64', defaultMessage: '50 to 64' },
    '65_plus': { id: 'selection.ageBand.65_plus', defaultMessage: '65 or older' },
  }),
) satisfies Record<AgeBand, MessageDescriptor>;

/** The Do-No-Harm questions of the domain (DO_NO_HARM_QUESTIONS), by key: a title and the question. */
export const doNoHarmQuestions: Record<string, { title: MessageDescriptor; question: MessageDescriptor } | undefined> = {
  dividers_connectors: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.dividers_connectors.title', defaultMessage: 'Dividers and connectors' },
      question: {
        id: 'selection.doNoHarmQuestion.dividers_connectors.question',
        defaultMessage:
          'Which dividers (tensions, grievances, exclusion) could the process reinforce, and which connectors (shared interests, institutions, values) can it strengthen?',
      },
    }),
  ),
  participant_safety: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.participant_safety.title', defaultMessage: 'Safety of participants' },
      question: {
        id: 'selection.doNoHarmQuestion.participant_safety.question',
        defaultMessage:
          'Could taking part put participants, their families or their organisations at risk (reprisals, stigma, surveillance)? How will their identities, attendance and words be protected?',
      },
    }),
  ),
  power_imbalances: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.power_imbalances.title', defaultMessage: 'Power imbalances' },
      question: {
        id: 'selection.doNoHarmQuestion.power_imbalances.question',
        defaultMessage:
          'Which imbalances of power (security forces and civil society, men and women, elders and youth, capital and regions) could silence some voices, and how will the design counter them?',
      },
    }),
  ),
  conflict_dynamics: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.conflict_dynamics.title', defaultMessage: 'Conflict dynamics' },
      question: {
        id: 'selection.doNoHarmQuestion.conflict_dynamics.question',
        defaultMessage:
          'How might the process cause unintended negative consequences for the conflict dynamics? How might these effects be prevented or minimised?',
      },
    }),
  ),
  exclusion_spoilers: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.exclusion_spoilers.title', defaultMessage: 'Exclusion and spoilers' },
      question: {
        id: 'selection.doNoHarmQuestion.exclusion_spoilers.question',
        defaultMessage:
          'Who is left out, and could their exclusion fuel grievances or strengthen spoilers? How will they be engaged outside the process?',
      },
    }),
  ),
  resources_messages: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.resources_messages.title', defaultMessage: 'Resources and implicit messages' },
      question: {
        id: 'selection.doNoHarmQuestion.resources_messages.question',
        defaultMessage:
          'Could the funding source, venues, allowances or logistics be seen as biased, create competition or send messages that undermine trust?',
      },
    }),
  ),
  expectations: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.expectations.title', defaultMessage: 'Expectations' },
      question: {
        id: 'selection.doNoHarmQuestion.expectations.question',
        defaultMessage:
          'Could the process raise expectations it cannot meet, and what happens to participants and communities if it stalls?',
      },
    }),
  ),
  own_capacity: untyped(
    defineMessages({
      title: { id: 'selection.doNoHarmQuestion.own_capacity.title', defaultMessage: 'Our own capacity' },
      question: {
        id: 'selection.doNoHarmQuestion.own_capacity.question',
        defaultMessage:
          'Do the initiators have the impartiality, skills, time and resources to facilitate this process safely, and who can help where they fall short?',
      },
    }),
  ),
};

/** A Do-No-Harm question's title and text in the reader's language; the API's English for a key the web app does not know. */
export function doNoHarmQuestion(intl: IntlShape, question: { key: string; title: string; question: string }) {
  const known = doNoHarmQuestions[question.key];
  return known ? { title: intl.formatMessage(known.title), question: intl.formatMessage(known.question) } : question;
}

/** The prompts of the "Participant Selection Criteria" box (SELECTION_PROMPTS), in their order. */
export const selectionPrompts: readonly MessageDescriptor[] = Object.values(
  untyped(
    defineMessages({
      balance: {
        id: 'selection.prompt.balance',
        defaultMessage:
          'What balance and diversity do you need to consider in the composition of the group, including gender, age, social or geographic considerations?',
      },
      indispensable: {
        id: 'selection.prompt.indispensable',
        defaultMessage: 'Which constituency groups are indispensable to the process?',
      },
      motivation: { id: 'selection.prompt.motivation', defaultMessage: 'What would motivate those groups to participate or to stay away?' },
      notEngaging: { id: 'selection.prompt.notEngaging', defaultMessage: 'What are the implications for not engaging certain groups?' },
      spoilers: {
        id: 'selection.prompt.spoilers',
        defaultMessage:
          'How does the purpose relate to hardliners and potential spoilers? Are there other ways to engage them outside of the MSP?',
      },
    }),
  ),
);

export function selectionPrompt(intl: IntlShape, prompt: string): string {
  const index = (SELECTION_PROMPTS as readonly string[]).indexOf(prompt);
  const message = index >= 0 ? selectionPrompts[index] : undefined;
  return message ? intl.formatMessage(message) : prompt;
}

/** The categories of the inclusion view's breakdowns, by key (a named region keeps the name people gave it). */
const cells = untyped(
  defineMessages({
    woman: { id: 'selection.cell.women', defaultMessage: 'Women' },
    man: { id: 'selection.cell.men', defaultMessage: 'Men' },
    another: { id: 'selection.cell.another', defaultMessage: 'Another gender' },
    notDeclaredGender: { id: 'selection.cell.notDeclaredGender', defaultMessage: 'Not declared or prefer not to say' },
    notDeclared: { id: 'selection.cell.notDeclared', defaultMessage: 'Not declared' },
    otherRegions: { id: 'selection.cell.otherRegions', defaultMessage: 'Other regions (each with fewer than {threshold} people)' },
    noGroup: { id: 'selection.cell.noGroup', defaultMessage: 'No stakeholder group' },
  }),
);

export function cellLabel(
  intl: IntlShape,
  breakdown: 'gender' | 'ageBand' | 'region',
  cell: { key: string; label: string },
  threshold: number,
) {
  if (breakdown === 'gender') {
    if (cell.key === 'woman' || cell.key === 'man' || cell.key === 'another') return intl.formatMessage(cells[cell.key]);
    if (cell.key === 'not_declared') return intl.formatMessage(cells.notDeclaredGender);
  }
  if (cell.key === 'not_declared') return intl.formatMessage(cells.notDeclared);
  if (breakdown === 'ageBand' && (AGE_BANDS as readonly string[]).includes(cell.key))
    return intl.formatMessage(ageBandLabels[cell.key as AgeBand]);
  if (breakdown === 'region' && cell.key === 'other_regions') return intl.formatMessage(cells.otherRegions, { threshold });
  return cell.label;
}

export const noGroupLabel = (intl: IntlShape) => intl.formatMessage(cells.noGroup);

const targets = untyped(
  defineMessages({
    groupsLabel: { id: 'selection.target.groups.label', defaultMessage: 'Every indispensable group represented' },
    groupsMissing: { id: 'selection.target.groups.missing', defaultMessage: 'No active participant from: {groups}.' },
    groupsNone: { id: 'selection.target.groups.none', defaultMessage: 'No stakeholder group is marked indispensable.' },
    groupsAll: {
      id: 'selection.target.groups.all',
      defaultMessage: 'All {count} indispensable groups have an active participant.',
    },
    womenLabel: { id: 'selection.target.women.label', defaultMessage: 'At least {percent} % women' },
    womenTooFew: {
      id: 'selection.target.women.tooFew',
      defaultMessage:
        'Fewer than {threshold} active participants declared a gender, so this cannot be measured without singling someone out.',
    },
    womenMet: {
      id: 'selection.target.women.met',
      defaultMessage: 'Among participants who declared a gender, the share of women reaches {percent} %.',
    },
    womenUnmet: {
      id: 'selection.target.women.unmet',
      defaultMessage: 'Among participants who declared a gender, the share of women is below {percent} %.',
    },
    // The domain words it so for any number (evaluateTargets); translations choose their plural forms.
    regionsLabel: { id: 'selection.target.regions.label', defaultMessage: 'Participants from at least {count} regions' },
    regionsTooFew: {
      id: 'selection.target.regions.tooFew',
      defaultMessage:
        'Fewer than {threshold} active participants declared a region, so this cannot be measured without singling someone out.',
    },
    regionsDetail: {
      id: 'selection.target.regions.detail',
      defaultMessage: 'Participants declared {count, plural, one {# different region} other {# different regions}}.',
    },
    ageLabel: {
      id: 'selection.target.age.label',
      defaultMessage: 'At least {count, plural, one {# participant} other {# participants}} aged {band}',
    },
    ageTooFew: {
      id: 'selection.target.age.tooFew',
      defaultMessage:
        'Fewer than {threshold} active participants declared an age band, so this cannot be measured without singling someone out.',
    },
    ageMet: { id: 'selection.target.age.met', defaultMessage: 'The minimum is reached.' },
    ageUnmet: { id: 'selection.target.age.unmet', defaultMessage: 'The minimum is not reached yet.' },
    listJoin: { id: 'selection.list.join', defaultMessage: '{first}, {next}' },
  }),
);

/** Names in a sentence, joined as the reader's language lists them ("Police, Youth"). */
export const joinNames = (intl: IntlShape, names: readonly string[]) =>
  names.reduce((first, next) => intl.formatMessage(targets.listJoin, { first, next }));

const firstNumber = (text: string): number | null => {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : null;
};

export const ageBandInSentence = (intl: IntlShape, band: AgeBand) => intl.formatMessage(ageBandLabels[band]).toLocaleLowerCase(intl.locale);

export const targetMessages = targets;

interface TargetInput {
  id: string;
  label: string;
  status: 'met' | 'unmet' | 'not_measurable';
  detail: string;
}

interface InclusionFacts {
  threshold: number;
  missingIndispensable: readonly string[];
  indispensableGroups: number;
  distinctRegions: number;
}

/**
 * A target of the inclusion view in the reader's language. The API words it in English (evaluateTargets in
 * libs/domain); its id says which target it is, and its figures (the target's own number) are read back from
 * the English label. A target the web app does not know keeps the API's words.
 */
export function targetText(intl: IntlShape, target: TargetInput, facts: InclusionFacts): { label: string; detail: string } {
  const tooFew = target.status === 'not_measurable';
  const threshold = facts.threshold;
  const figure = firstNumber(target.label);
  if (target.id === 'indispensable-groups') {
    return {
      label: intl.formatMessage(targets.groupsLabel),
      detail:
        facts.missingIndispensable.length > 0
          ? intl.formatMessage(targets.groupsMissing, { groups: joinNames(intl, facts.missingIndispensable) })
          : facts.indispensableGroups === 0
            ? intl.formatMessage(targets.groupsNone)
            : intl.formatMessage(targets.groupsAll, { count: facts.indispensableGroups }),
    };
  }
  if (figure === null) return target;
  if (target.id === 'women') {
    return {
      label: intl.formatMessage(targets.womenLabel, { percent: figure }),
      detail: intl.formatMessage(tooFew ? targets.womenTooFew : target.status === 'met' ? targets.womenMet : targets.womenUnmet, {
        threshold,
        percent: figure,
      }),
    };
  }
  if (target.id === 'regions') {
    return {
      label: intl.formatMessage(targets.regionsLabel, { count: figure }),
      detail: tooFew
        ? intl.formatMessage(targets.regionsTooFew, { threshold })
        : intl.formatMessage(targets.regionsDetail, { count: facts.distinctRegions }),
    };
  }
  const band = target.id.startsWith('age:') ? target.id.slice('age:'.length) : null;
  if (band !== null && (AGE_BANDS as readonly string[]).includes(band)) {
    return {
      label: intl.formatMessage(targets.ageLabel, { count: figure, band: ageBandInSentence(intl, band as AgeBand) }),
      detail: intl.formatMessage(tooFew ? targets.ageTooFew : target.status === 'met' ? targets.ageMet : targets.ageUnmet, { threshold }),
    };
  }
  return target;
}
