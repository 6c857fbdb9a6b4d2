import type { ConsensusPosition, DecisionMethod, DecisionPhase, QuestionKind, VoteThreshold } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../i18n/untyped';

export const KIND_LABELS = defineMessages({
  charter_adoption: { id: 'decisions.kind.charter_adoption', defaultMessage: 'Adopting the charter' },
  ground_rules: { id: 'decisions.kind.ground_rules', defaultMessage: 'Adopting ground rules' },
  plan_approval: { id: 'decisions.kind.plan_approval', defaultMessage: 'Approving an action plan' },
  gate_override: { id: 'decisions.kind.gate_override', defaultMessage: 'Moving on despite a readiness check' },
  exit: { id: 'decisions.kind.exit', defaultMessage: 'Closing the process' },
  general: { id: 'decisions.kind.general', defaultMessage: 'Any other question' },
}) satisfies Record<QuestionKind, MessageDescriptor>;

export const METHOD_LABELS = defineMessages({
  consensus: { id: 'decisions.method.consensus', defaultMessage: 'Consensus' },
  straw_poll: { id: 'decisions.method.straw_poll', defaultMessage: 'Straw poll' },
  vote: { id: 'decisions.method.vote', defaultMessage: 'Vote' },
}) satisfies Record<DecisionMethod, MessageDescriptor>;

export const PHASE_LABELS = defineMessages({
  scheduled: { id: 'decisions.phase.scheduled', defaultMessage: 'Not open yet' },
  open: { id: 'decisions.phase.open', defaultMessage: 'Open' },
  closed: { id: 'decisions.phase.closed', defaultMessage: 'Closed' },
}) satisfies Record<DecisionPhase, MessageDescriptor>;

export const POSITION_LABELS = defineMessages({
  agree: { id: 'decisions.position.agree', defaultMessage: 'Agree' },
  stand_aside: { id: 'decisions.position.stand_aside', defaultMessage: 'Stand aside' },
  block: { id: 'decisions.position.block', defaultMessage: 'Block' },
}) satisfies Record<ConsensusPosition, MessageDescriptor>;

export const POSITION_HINTS = defineMessages({
  agree: { id: 'decisions.positionHint.agree', defaultMessage: 'I support this decision.' },
  stand_aside: {
    id: 'decisions.positionHint.stand_aside',
    defaultMessage: 'I have concerns but will not stop the group. My reason is recorded.',
  },
  block: {
    id: 'decisions.positionHint.block',
    defaultMessage: 'I cannot accept this: the group does not decide it now. My reason is recorded.',
  },
}) satisfies Record<ConsensusPosition, MessageDescriptor>;

export const THRESHOLD_LABELS = defineMessages({
  simple_majority: { id: 'decisions.threshold.simple_majority', defaultMessage: 'More than half of the ballots' },
  two_thirds: { id: 'decisions.threshold.two_thirds', defaultMessage: 'Two thirds of the ballots' },
  unanimity: { id: 'decisions.threshold.unanimity', defaultMessage: 'Every ballot' },
}) satisfies Record<VoteThreshold, MessageDescriptor>;

export const OUTCOME_LABELS: Record<string, MessageDescriptor> = defineMessages({
  consensus: { id: 'decisions.outcome.consensus', defaultMessage: 'Consensus' },
  consensus_with_stand_asides: { id: 'decisions.outcome.consensus_with_stand_asides', defaultMessage: 'Consensus, with stand-asides' },
  blocked: { id: 'decisions.outcome.blocked', defaultMessage: 'Blocked' },
  no_positions: { id: 'decisions.outcome.no_positions', defaultMessage: 'No agreement yet' },
  no_quorum: { id: 'decisions.outcome.no_quorum', defaultMessage: 'Quorum not reached' },
  adopted: { id: 'decisions.outcome.adopted', defaultMessage: 'Adopted' },
  not_adopted: { id: 'decisions.outcome.not_adopted', defaultMessage: 'Not adopted' },
  tied: { id: 'decisions.outcome.tied', defaultMessage: 'Tied' },
  indicative: { id: 'decisions.outcome.indicative', defaultMessage: 'Indicative only (straw poll)' },
  no_ballots: { id: 'decisions.outcome.no_ballots', defaultMessage: 'No ballots yet' },
});

export const OBJECTION_STATUS_LABELS = defineMessages({
  standing: { id: 'decisions.objectionStatus.standing', defaultMessage: 'Standing' },
  withdrawn: { id: 'decisions.objectionStatus.withdrawn', defaultMessage: 'Withdrawn' },
  answered: { id: 'decisions.objectionStatus.answered', defaultMessage: 'Answered' },
});

/** Sentences that take values. */
export const sentences = untyped(
  defineMessages({
    labelled: { id: 'decisions.labelled', defaultMessage: '{label}: {value}' },
    share: {
      id: 'decisions.share',
      defaultMessage: '{numerator} of {denominator}',
      description: 'A fraction of people, e.g. "2 of 3"',
    },
    quorumAttendance: {
      id: 'decisions.quorumAttendance',
      defaultMessage: 'Present: {share} of those entitled',
    },
    quorumBallots: {
      id: 'decisions.quorumBallots',
      defaultMessage: 'Taking part: {share} of those entitled',
    },
    opensCloses: { id: 'decisions.opensCloses', defaultMessage: 'From {opens} to {closes}' },
    closesAt: { id: 'decisions.closesAt', defaultMessage: 'Closes {time}' },
    closedAt: { id: 'decisions.closedAt', defaultMessage: 'Closed {time}' },
    opensAt: { id: 'decisions.opensAt', defaultMessage: 'Opens {time}' },
    hiddenUntil: {
      id: 'decisions.hiddenUntil',
      defaultMessage: 'Results are hidden from everyone until the decision closes, {time}.',
    },
    quorumCount: {
      id: 'decisions.quorumCount',
      defaultMessage: '{have} of {needed} needed',
      description: 'How many took part against how many the quorum needs',
    },
    missingGroups: { id: 'decisions.missingGroups', defaultMessage: 'Nobody yet for: {groups}' },
    optionCount: {
      id: 'decisions.optionCount',
      defaultMessage: '{option}: {count, plural, one {# ballot} other {# ballots}}',
    },
    tally: {
      id: 'decisions.tally',
      defaultMessage: '{agree} agree · {standAside} stand aside · {block} block',
    },
    taken: {
      id: 'decisions.taken',
      defaultMessage: '{count, plural, =0 {Nobody has taken part yet} one {# person has taken part} other {# people have taken part}}',
    },
    reviewOn: { id: 'decisions.reviewOn', defaultMessage: 'To be reviewed on {day}' },
    positionOf: { id: 'decisions.positionOf', defaultMessage: '{person}: {position}' },
    choiceOf: { id: 'decisions.choiceOf', defaultMessage: '{person}: {option}' },
    objectionOn: { id: 'decisions.objectionOn', defaultMessage: '{kind} on “{decision}”' },
    closedOn: { id: 'decisions.closedOn', defaultMessage: 'closed {time}' },
    reviewedAt: { id: 'decisions.reviewedAt', defaultMessage: '{status} {time}: {note}' },
    yourPosition: { id: 'decisions.yourPosition', defaultMessage: 'Your position: {position}' },
    yourChoice: { id: 'decisions.yourChoice', defaultMessage: 'Your choice: {option}' },
  }),
);
