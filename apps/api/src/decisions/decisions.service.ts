import { Injectable } from '@nestjs/common';
import {
  consensusResult,
  type ConsensusPosition,
  decisionPhase,
  decisionRuleProblem,
  type DecisionRule,
  type DecisionSettings,
  decisionSettingsProblem,
  type DecisionSettingsProblem,
  DEFAULT_DECISION_RULES,
  DomainError,
  DomainErrorCode,
  type InputErrorReason,
  invalidInput,
  isDecisionTimeInRange,
  objectionsReviewedForExit,
  positionNeedsReason,
  QUESTION_KINDS,
  type QuestionKind,
  type QuorumResult,
  resultsVisible,
  voteResult,
  withholdsNames,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { iso, isoOrNull } from '../common/db/dates';
import { pageOf, pageResult } from '../common/db/page';
import { processOf, type RequestContext } from '../common/request-context';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { changedFields } from '../audit/changed-fields';
import { ChartersRepository } from '../charters/charters.repository';
import { recordAudit } from '../audit/record-audit';
import { updateIfCurrent } from '../common/db/update-if-current';
import { DecisionEntity } from './decisions.entity';
import { type DecisionRow, DecisionsRepository, type PositionRow, type RuleRow } from './decisions.repository';
import type {
  CreateDecisionDto,
  DecisionDto,
  DecisionPageDto,
  DecisionResultsDto,
  DecisionRuleDto,
  DecisionRulesDto,
  DecisionSummaryDto,
  ObjectionsDto,
  QuorumResultDto,
  RecordOutcomeDto,
  ReviewObjectionDto,
  SetDecisionRuleDto,
  TakePositionDto,
  UpdateDecisionDto,
} from './dto/decisions.dto';

const SETTINGS_REASONS: Record<DecisionSettingsProblem, InputErrorReason> = {
  closesBeforeOpens: 'decisionClosesBeforeOpens',
  resultsHidingRelaxed: 'decisionResultsHidingRelaxed',
  secretBallotNotAllowed: 'decisionSecretBallotNotAllowed',
  secretBallotChanged: 'decisionSecretBallotChanged',
  methodChangedAfterOpening: 'decisionMethodChanged',
  optionsChangedAfterOpening: 'decisionMethodChanged',
  tooFewOptions: 'decisionTooFewOptions',
  duplicateOptions: 'decisionDuplicateOptions',
};

const SETTINGS_MESSAGES: Record<DecisionSettingsProblem, [string, string]> = {
  closesBeforeOpens: ['closesAt', 'The decision must close after it opens.'],
  resultsHidingRelaxed: ['hideResultsUntilClosed', 'Results hidden until closing stay hidden: this cannot be undone.'],
  secretBallotNotAllowed: ['secretBallot', 'The charter does not allow a secret ballot for this kind of question.'],
  secretBallotChanged: ['secretBallot', 'Whether the ballot is secret cannot change once the decision is open.'],
  methodChangedAfterOpening: ['method', 'The method cannot change once the decision is open.'],
  optionsChangedAfterOpening: ['options', 'The options cannot change once the decision is open.'],
  tooFewOptions: ['options', 'A straw poll or vote needs at least two options.'],
  duplicateOptions: ['options', 'Name each option once.'],
};

function ruleOfRow(row: RuleRow): DecisionRule {
  const share = (numerator: number | null, denominator: number | null) =>
    numerator !== null && denominator !== null ? { numerator, denominator } : null;
  return {
    method: row.method,
    quorum: {
      attendance: share(row.attendanceNumerator, row.attendanceDenominator),
      ballots: share(row.ballotsNumerator, row.ballotsDenominator),
      sectorBalanced: row.sectorBalanced,
    },
    threshold: row.threshold,
    secretBallotAllowed: row.secretBallotAllowed,
  };
}

function toRuleDto(questionKind: QuestionKind, rule: DecisionRule, row: RuleRow | null): DecisionRuleDto {
  return { questionKind, ...rule, isDefault: row === null, version: row?.version ?? 0 };
}

function toSummary(row: DecisionRow, now: Date): DecisionSummaryDto {
  return {
    id: row.id,
    questionKind: row.questionKind,
    method: row.method,
    title: row.title,
    opensAt: iso(row.opensAt),
    closesAt: iso(row.closesAt),
    phase: decisionPhase(row, now),
    secretBallot: row.secretBallot,
    outcomeStatement: row.outcomeStatement,
    reviewOn: row.reviewOn,
  };
}

/**
 * Decisions by the charter's method for each kind of question: consensus, straw poll or vote, open between
 * two times, with quorum, secret ballots where allowed, results hidden until closing where asked, and the
 * standing objections register. Names of those who took positions are withheld where the process's
 * confidentiality regime withholds names; secret ballots are never read back, not even by their voter.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly agreements: AgreementsRepository,
    private readonly charters: ChartersRepository,
  ) {}

  // ── rules ──────────────────────────────────────────────────────────────────────────────────────────

  async rules(ctx: RequestContext): Promise<DecisionRulesDto> {
    const rows = await this.decisions.rules(ctx.em, processOf(ctx).id);
    return {
      items: QUESTION_KINDS.map((kind) => {
        const row = rows.find((candidate) => candidate.questionKind === kind) ?? null;
        return toRuleDto(kind, row ? ruleOfRow(row) : DEFAULT_DECISION_RULES[kind], row);
      }),
    };
  }

  async setRule(ctx: RequestContext, questionKind: QuestionKind, dto: SetDecisionRuleDto): Promise<DecisionRuleDto> {
    const process = processOf(ctx);
    const rule: DecisionRule = {
      method: dto.method,
      quorum: { attendance: dto.quorum.attendance, ballots: dto.quorum.ballots, sectorBalanced: dto.quorum.sectorBalanced },
      threshold: dto.threshold,
      secretBallotAllowed: dto.secretBallotAllowed,
    };
    const problem = decisionRuleProblem(rule);
    if (problem) {
      throw invalidInput(
        'decisionRuleInvalid',
        problem === 'secretConsensus'
          ? 'A consensus is never taken by secret ballot.'
          : 'A share is a fraction of at most 100ths, no more than all.',
        problem === 'secretConsensus' ? 'secretBallotAllowed' : 'quorum',
      );
    }
    if (
      !(await this.decisions.saveRule(ctx.em, { workspaceId: process.workspaceId, processId: process.id, questionKind }, rule, dto.version))
    ) {
      const current = (await this.rules(ctx)).items.find((item) => item.questionKind === questionKind);
      throw versionConflict('Someone changed this decision rule since you loaded it.', current);
    }
    recordAudit(ctx, { objectType: 'decision_rule', action: 'set', objectId: process.id, payload: { questionKind, method: rule.method } });
    return (await this.rules(ctx)).items.find((item) => item.questionKind === questionKind)!;
  }

  private async ruleFor(ctx: RequestContext, questionKind: QuestionKind): Promise<DecisionRule> {
    const row = (await this.decisions.rules(ctx.em, processOf(ctx).id)).find((candidate) => candidate.questionKind === questionKind);
    return row ? ruleOfRow(row) : DEFAULT_DECISION_RULES[questionKind];
  }

  // ── decisions ──────────────────────────────────────────────────────────────────────────────────────

  async list(ctx: RequestContext, query: { limit?: number; cursor?: string }): Promise<DecisionPageDto> {
    const page = pageOf(query);
    const now = new Date();
    const rows = await this.decisions.list(ctx.em, processOf(ctx).id, page);
    return pageResult(
      rows.map((row) => toSummary(row, now)),
      page,
    );
  }

  async get(ctx: RequestContext, decisionId: string): Promise<DecisionDto> {
    const process = processOf(ctx);
    const row = await this.decisions.find(ctx.em, process.id, decisionId);
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such decision.');
    return this.toDto(ctx, row);
  }

  async create(ctx: RequestContext, dto: CreateDecisionDto): Promise<DecisionDto> {
    const process = processOf(ctx);
    const now = new Date();
    const rule = await this.ruleFor(ctx, dto.questionKind);
    const settings: DecisionSettings = {
      method: rule.method,
      opensAt: dto.opensAt ? this.instant(dto.opensAt, 'opensAt', now) : now,
      closesAt: this.instant(dto.closesAt, 'closesAt', now),
      secretBallot: dto.secretBallot ?? false,
      hideResultsUntilClosed: dto.hideResultsUntilClosed ?? false,
      options: rule.method === 'consensus' ? [] : (dto.options ?? []),
    };
    if (rule.method === 'consensus' && (dto.options?.length ?? 0) > 0) {
      throw invalidInput('decisionOptionsNotForConsensus', 'A consensus has no options: people agree, stand aside or block.', 'options');
    }
    this.assertSettings(rule, settings, null, now);
    const id = await this.decisions.insert(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      questionKind: dto.questionKind,
      title: dto.title,
      question: dto.question,
      rule,
      createdBy: ctx.actor.id,
      ...settings,
      options: [...settings.options],
    });
    recordAudit(ctx, {
      objectType: 'decision',
      action: 'created',
      objectId: id,
      payload: { questionKind: dto.questionKind, method: rule.method, secretBallot: settings.secretBallot },
    });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, decisionId: string, dto: UpdateDecisionDto): Promise<DecisionDto> {
    const process = processOf(ctx);
    const now = new Date();
    const current = await this.decisions.find(ctx.em, process.id, decisionId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such decision.');
    if (decisionPhase(current, now) === 'closed')
      throw new DomainError(DomainErrorCode.DECISION_NOT_OPEN, 'A closed decision cannot change.');
    const before: DecisionSettings = { ...current, options: current.options };
    const next: DecisionSettings = {
      method: current.method,
      opensAt: dto.opensAt ? this.instant(dto.opensAt, 'opensAt', now) : current.opensAt,
      closesAt: dto.closesAt ? this.instant(dto.closesAt, 'closesAt', now) : current.closesAt,
      secretBallot: dto.secretBallot ?? current.secretBallot,
      hideResultsUntilClosed: dto.hideResultsUntilClosed ?? current.hideResultsUntilClosed,
      options: dto.options ?? current.options,
    };
    if (current.method === 'consensus' && (dto.options?.length ?? 0) > 0) {
      throw invalidInput('decisionOptionsNotForConsensus', 'A consensus has no options: people agree, stand aside or block.', 'options');
    }
    this.assertSettings(current.rule, next, before, now);
    const changed = await updateIfCurrent(ctx.em, DecisionEntity, { id: current.id }, dto.version, {
      title: dto.title,
      question: dto.question,
      options: dto.options,
      opensAt: dto.opensAt ? next.opensAt : undefined,
      closesAt: dto.closesAt ? next.closesAt : undefined,
      secretBallot: dto.secretBallot,
      hideResultsUntilClosed: dto.hideResultsUntilClosed,
    });
    if (!changed) throw versionConflict('Someone changed this decision since you loaded it.', await this.get(ctx, current.id));
    recordAudit(ctx, {
      objectType: 'decision',
      action: 'updated',
      objectId: current.id,
      payload: { fields: changedFields(dto), version: dto.version + 1 },
    });
    return this.get(ctx, current.id);
  }

  /** Closes an open decision now (in a meeting, when everyone present has spoken): its closing time becomes now. */
  async close(ctx: RequestContext, decisionId: string, version: number): Promise<DecisionDto> {
    const process = processOf(ctx);
    const current = await this.decisions.find(ctx.em, process.id, decisionId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such decision.');
    if (decisionPhase(current, new Date()) !== 'open')
      throw new DomainError(DomainErrorCode.DECISION_NOT_OPEN, 'Only an open decision can be closed.');
    if (
      !(await updateIfCurrent(ctx.em, DecisionEntity, { id: current.id }, version, {
        closesAt: () => "greatest(now(), opens_at + interval '1 millisecond')",
      }))
    ) {
      throw versionConflict('Someone changed this decision since you loaded it.', await this.get(ctx, current.id));
    }
    recordAudit(ctx, { objectType: 'decision', action: 'closed', objectId: current.id, payload: { early: true } });
    return this.get(ctx, current.id);
  }

  async recordOutcome(ctx: RequestContext, decisionId: string, dto: RecordOutcomeDto): Promise<DecisionDto> {
    const process = processOf(ctx);
    const current = await this.decisions.find(ctx.em, process.id, decisionId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such decision.');
    if (decisionPhase(current, new Date()) !== 'closed') {
      throw invalidInput('decisionNotClosed', 'Record the outcome once the decision has closed.', 'outcomeStatement');
    }
    if (
      !(await updateIfCurrent(ctx.em, DecisionEntity, { id: current.id }, dto.version, {
        outcomeStatement: dto.outcomeStatement,
        reviewOn: dto.reviewOn,
      }))
    ) {
      throw versionConflict('Someone changed this decision since you loaded it.', await this.get(ctx, current.id));
    }
    recordAudit(ctx, { objectType: 'decision', action: 'outcome_recorded', objectId: current.id, payload: { reviewOn: dto.reviewOn } });
    return this.get(ctx, current.id);
  }

  // ── taking part ────────────────────────────────────────────────────────────────────────────────────

  async takePosition(ctx: RequestContext, decisionId: string, dto: TakePositionDto): Promise<DecisionDto> {
    const process = processOf(ctx);
    const current = await this.openDecisionFor(ctx, decisionId);
    if (current.secretBallot) throw invalidInput('decisionPositionKind', 'This is a secret ballot: cast your ballot instead.', 'choice');
    let position: ConsensusPosition | null = null;
    let choice: number | null = null;
    const reason = dto.reason && dto.reason.length > 0 ? dto.reason : null;
    if (current.method === 'consensus') {
      if (!dto.position || dto.choice !== undefined) throw invalidInput('decisionPositionKind', 'Agree, stand aside or block.', 'position');
      position = dto.position;
      if (positionNeedsReason(position) && !reason) {
        throw invalidInput('decisionReasonRequired', 'Say why you stand aside or block: the group must be able to answer it.', 'reason');
      }
    } else {
      if (dto.choice === undefined || dto.position) throw invalidInput('decisionPositionKind', 'Choose one of the options.', 'choice');
      if (dto.choice >= current.options.length) throw invalidInput('decisionChoiceUnknown', 'This is not one of the options.', 'choice');
      choice = dto.choice;
    }
    await this.decisions.upsertPosition(ctx.em, {
      workspaceId: process.workspaceId,
      decisionId: current.id,
      userId: ctx.actor.id,
      position,
      choice,
      reason,
    });
    recordAudit(ctx, { objectType: 'decision_position', action: 'taken', objectId: current.id });
    return this.get(ctx, current.id);
  }

  async castBallot(ctx: RequestContext, decisionId: string, choice: number): Promise<DecisionDto> {
    const process = processOf(ctx);
    const current = await this.openDecisionFor(ctx, decisionId);
    if (!current.secretBallot)
      throw invalidInput('decisionPositionKind', 'This is not a secret ballot: take your position instead.', 'choice');
    if (choice >= current.options.length) throw invalidInput('decisionChoiceUnknown', 'This is not one of the options.', 'choice');
    if (
      !(await this.decisions.castSecretBallot(ctx.em, {
        workspaceId: process.workspaceId,
        decisionId: current.id,
        userId: ctx.actor.id,
        choice,
      }))
    ) {
      throw new DomainError(DomainErrorCode.ALREADY_VOTED, 'You have already cast your ballot.');
    }
    recordAudit(ctx, { objectType: 'decision_ballot', action: 'cast', objectId: current.id });
    return this.get(ctx, current.id);
  }

  /** The decision, locked against a concurrent close, if it is open and the reader is entitled to take part. */
  private async openDecisionFor(ctx: RequestContext, decisionId: string): Promise<DecisionRow> {
    const process = processOf(ctx);
    const current = await this.decisions.find(ctx.em, process.id, decisionId, true);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such decision.');
    if (!(await this.decisions.isActiveParticipant(ctx.em, process.id, ctx.actor.id))) {
      throw new DomainError(DomainErrorCode.NOT_ACTIVE_PARTICIPANT, 'Only active participants take part in decisions.');
    }
    if (decisionPhase(current, new Date()) !== 'open') {
      throw new DomainError(DomainErrorCode.DECISION_NOT_OPEN, 'This decision is not open.');
    }
    return current;
  }

  // ── objections ─────────────────────────────────────────────────────────────────────────────────────

  async objections(ctx: RequestContext): Promise<ObjectionsDto> {
    const process = processOf(ctx);
    const withhold = withholdsNames(await this.agreements.defaultMode(ctx.em, process.id));
    const rows = await this.decisions.objections(ctx.em, process.id);
    const items = rows.map((row) => ({
      objectionId: row.positionId,
      decisionId: row.decisionId,
      decisionTitle: row.decisionTitle,
      closedAt: iso(row.closesAt),
      kind: row.kind,
      reason: row.reason,
      person: withhold ? null : { id: row.userId, displayName: row.displayName },
      mine: row.userId === ctx.actor.id,
      status: row.status ?? ('standing' as const),
      note: row.note,
      reviewedAt: isoOrNull(row.reviewedAt),
      version: row.version ?? 0,
    }));
    return { items, reviewedForExit: objectionsReviewedForExit(items) };
  }

  async reviewObjection(
    ctx: RequestContext,
    objectionId: string,
    status: 'withdrawn' | 'answered',
    dto: ReviewObjectionDto,
  ): Promise<ObjectionsDto> {
    const process = processOf(ctx);
    const objection = (await this.decisions.objections(ctx.em, process.id)).find((row) => row.positionId === objectionId);
    if (!objection) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such standing objection.');
    // Answering is the group's (the guard's matrix row); withdrawing is only the objector's own.
    if (status === 'withdrawn' && objection.userId !== ctx.actor.id) {
      throw invalidInput('objectionNotYours', 'Only the person who raised an objection can withdraw it.', 'status');
    }
    const saved = await this.decisions.saveObjectionReview(
      ctx.em,
      { workspaceId: process.workspaceId, positionId: objectionId, status, note: dto.note, reviewedBy: ctx.actor.id },
      dto.version,
    );
    if (!saved) throw versionConflict('Someone reviewed this objection since you loaded it.', await this.objections(ctx));
    recordAudit(ctx, { objectType: 'objection', action: 'reviewed', objectId: objectionId, payload: { status } });
    return this.objections(ctx);
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────

  private async toDto(ctx: RequestContext, row: DecisionRow): Promise<DecisionDto> {
    const process = processOf(ctx);
    const now = new Date();
    const phase = decisionPhase(row, now);
    const [positions, entitlement, mode, receipts] = [
      await this.decisions.positions(ctx.em, process.id, row.id),
      await this.charters.ratificationFacts(ctx.em, process.id),
      await this.agreements.defaultMode(ctx.em, process.id),
      row.secretBallot ? await this.decisions.receipts(ctx.em, process.id, row.id) : [],
    ];
    const mine = positions.find((position) => position.userId === ctx.actor.id) ?? null;
    const iVoted = receipts.some((receipt) => receipt.userId === ctx.actor.id);
    const entitled = entitlement.participants.some((participant) => participant.id === ctx.actor.id);
    const results = resultsVisible(row, now) ? await this.results(ctx, row, positions, receipts, entitlement, withholdsNames(mode)) : null;
    return {
      ...toSummary(row, now),
      question: row.question,
      options: row.options,
      hideResultsUntilClosed: row.hideResultsUntilClosed,
      rule: toRuleDto(row.questionKind, row.rule, null),
      createdBy: { id: row.createdBy, displayName: row.creatorName },
      createdAt: iso(row.createdAt),
      version: row.version,
      results,
      myPosition: mine
        ? { position: mine.position, choice: mine.choice, reason: mine.reason }
        : iVoted
          ? { position: null, choice: null, reason: null }
          : null,
      mayTakePart: entitled && phase === 'open' && !iVoted,
    };
  }

  private async results(
    ctx: RequestContext,
    row: DecisionRow,
    positions: PositionRow[],
    receipts: { userId: string; groupId: string | null }[],
    entitlement: { participants: { id: string; groupId: string | null }[]; indispensable: { id: string; name: string }[] },
    withhold: boolean,
  ): Promise<DecisionResultsDto> {
    const final = decisionPhase(row, new Date()) === 'closed';
    const takers = row.secretBallot ? receipts : positions.map((position) => ({ userId: position.userId, groupId: position.groupId }));
    // Asynchronously, everyone entitled is "present"; the groups present are those of the people who took part.
    const facts = {
      entitled: entitlement.participants.length,
      present: entitlement.participants.length,
      indispensableGroups: entitlement.indispensable.map((group) => group.id),
      groupsPresent: [...new Set(takers.map((taker) => taker.groupId).filter((group): group is string => group !== null))],
    };
    const groupName = new Map(entitlement.indispensable.map((group) => [group.id, group.name]));
    const quorumDto = (quorum: QuorumResult): QuorumResultDto => ({
      ...quorum,
      missingGroups: quorum.missingGroups.map((id) => ({ id, name: groupName.get(id) ?? '' })),
    });
    const positionDtos = row.secretBallot
      ? []
      : positions
          .map((position) => ({
            person: withhold ? null : { id: position.userId, displayName: position.displayName },
            mine: position.userId === ctx.actor.id,
            position: position.position,
            choice: position.choice,
            reason: position.reason,
          }))
          .sort((a, b) => (a.person && b.person ? a.person.displayName.localeCompare(b.person.displayName) : 0));
    if (row.method === 'consensus') {
      const result = consensusResult(
        positions.map((position) => position.position).filter((position): position is ConsensusPosition => position !== null),
        row.rule.quorum,
        facts,
      );
      return {
        outcome: result.outcome,
        final,
        counts: [],
        agree: result.agree,
        standAside: result.standAside,
        block: result.block,
        taken: positions.length,
        quorum: quorumDto(result.quorum),
        positions: positionDtos,
      };
    }
    const choices = row.secretBallot
      ? (await this.decisions.secretCounts(ctx.em, row.id)).flatMap(({ choice, ballots }) => Array.from({ length: ballots }, () => choice))
      : positions.map((position) => position.choice).filter((choice): choice is number => choice !== null);
    const result = voteResult(row.method, row.options.length, choices, row.rule, facts);
    return {
      outcome: result.outcome,
      final,
      counts: result.counts,
      agree: 0,
      standAside: 0,
      block: 0,
      taken: takers.length,
      quorum: quorumDto(result.quorum),
      positions: positionDtos,
    };
  }

  private instant(value: string, field: string, now: Date): Date {
    const date = new Date(value);
    if (!isDecisionTimeInRange(date, now)) {
      throw invalidInput('decisionTimeOutOfRange', 'Choose a time within ten years from now.', field);
    }
    return date;
  }

  private assertSettings(rule: DecisionRule, next: DecisionSettings, before: DecisionSettings | null, now: Date): void {
    const problem = decisionSettingsProblem(rule, next, before, now);
    if (problem) {
      const [field, message] = SETTINGS_MESSAGES[problem];
      throw invalidInput(SETTINGS_REASONS[problem], message, field);
    }
  }
}
