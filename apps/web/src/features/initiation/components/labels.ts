import type { FundingOutlook, InitiatorQuestionId, ParticipantQuestionId, RiskRating } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';

type Tone = 'neutral' | 'accent' | 'muted' | 'warning';

export const RISK_TONES: Record<RiskRating, Tone> = { not_assessed: 'muted', low: 'accent', medium: 'neutral', high: 'warning' };

export const OUTLOOK_TONES: Record<FundingOutlook, Tone> = {
  no_estimate: 'muted',
  covered: 'accent',
  relies_on_pledges: 'neutral',
  short: 'warning',
};

/** Text with one entry per line, as the API's lists (hosts, parties). */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/*
 * The Initiate vocabulary of libs/domain as messages keyed by the domain value: the domain keeps its English
 * labels for the API; screens say them in the reader's language.
 */

interface QuestionMessages {
  question: MessageDescriptor;
  help: MessageDescriptor;
}

/** "Key questions for initiators" (Lesson 11 §1), keyed by the question's id in libs/domain. */
export const INITIATOR_QUESTION_MESSAGES: Record<InitiatorQuestionId, QuestionMessages> = {
  necessity: defineMessages({
    question: { id: 'initiation.initiatorQuestion.necessity', defaultMessage: 'Is a multi-stakeholder approach necessary?' },
    help: {
      id: 'initiation.initiatorQuestion.necessity.help',
      defaultMessage:
        'Or would other approaches, such as advocacy and lobbying strategies, be less risky and equally (or possibly more) effective?',
    },
  }),
  influence: defineMessages({
    question: {
      id: 'initiation.initiatorQuestion.influence',
      defaultMessage: 'Are there good reasons to believe stakeholders of substantial influence will join in a collective approach?',
    },
    help: {
      id: 'initiation.initiatorQuestion.influence.help',
      defaultMessage:
        'It helps to identify counterparts in other agencies that can champion the idea: a local UN agency or other international or multilateral organisation, a regional organisation, a government department or mechanism, other key CSOs.',
    },
  }),
  manageability: defineMessages({
    question: {
      id: 'initiation.initiatorQuestion.manageability',
      defaultMessage: 'What factors could make the process unmanageable and ultimately unproductive?',
    },
    help: {
      id: 'initiation.initiatorQuestion.manageability.help',
      defaultMessage:
        'Could they be mitigated? Bear in mind the opportunities, timing, resources, competencies and support structures available for the task ahead.',
    },
  }),
  funding: defineMessages({
    question: { id: 'initiation.initiatorQuestion.funding', defaultMessage: 'Is sufficient funding available to sustain the process?' },
    help: {
      id: 'initiation.initiatorQuestion.funding.help',
      defaultMessage:
        'Do people view the funding source as biased, neutral, with or without an agenda? Will the resources still be available once the process has taken off (for example to implement planned joint activities)? If not, are there fundraising capacities or connections within the group?',
    },
  }),
  unintended_harm: defineMessages({
    question: {
      id: 'initiation.initiatorQuestion.unintended_harm',
      defaultMessage: 'How might the MSP cause unintended negative consequences, especially with respect to conflict dynamics?',
    },
    help: { id: 'initiation.initiatorQuestion.unintended_harm.help', defaultMessage: 'How might these effects be prevented or minimised?' },
  }),
};

/** "Key questions for potential participants" (Lesson 11 §1), keyed by the question's id in libs/domain. */
export const PARTICIPANT_QUESTION_MESSAGES: Record<ParticipantQuestionId, QuestionMessages> = {
  interests: defineMessages({
    question: {
      id: 'initiation.participantQuestion.interests',
      defaultMessage: 'How might the multi-stakeholder process meet your organisational interests and goals?',
    },
    help: {
      id: 'initiation.participantQuestion.interests.help',
      defaultMessage: 'Be clear on your own position, and on what the parameters and non-negotiables are for your organisation.',
    },
  }),
  institutional_support: defineMessages({
    question: {
      id: 'initiation.participantQuestion.institutional_support',
      defaultMessage: 'Does the process have institutional support from your organisation?',
    },
    help: {
      id: 'initiation.participantQuestion.institutional_support.help',
      defaultMessage:
        'Bear in mind the opportunities, timing, resources, competencies and support structures available for the task ahead.',
    },
  }),
  exit_strategy: defineMessages({
    question: { id: 'initiation.participantQuestion.exit_strategy', defaultMessage: 'What will be your exit strategy?' },
    help: {
      id: 'initiation.participantQuestion.exit_strategy.help',
      defaultMessage:
        'When will your organisation consider the MSP to have fulfilled its objectives, and when will it be seen to be underperforming or failing? What does it mean for your participation?',
    },
  }),
  personal_needs: defineMessages({
    question: {
      id: 'initiation.participantQuestion.personal_needs',
      defaultMessage: 'Does the process encompass the personal needs of the individuals directly involved?',
    },
    help: {
      id: 'initiation.participantQuestion.personal_needs.help',
      defaultMessage: 'Take into account personal capacities, skill development, support and encouragement.',
    },
  }),
  benefits: defineMessages({
    question: {
      id: 'initiation.participantQuestion.benefits',
      defaultMessage: 'What are the benefits of joining, as compared to an alternative outsider strategy?',
    },
    help: {
      id: 'initiation.participantQuestion.benefits.help',
      defaultMessage: 'An outsider strategy works on the issue from outside the process, for example through advocacy and lobbying.',
    },
  }),
};
