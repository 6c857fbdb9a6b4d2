import { Injectable } from '@nestjs/common';
import {
  criteriaWritten,
  DomainError,
  DomainErrorCode,
  doNoHarmStatus,
  evaluateGates,
  evaluateRatification,
  type FactGroup,
  GATE_FACTS,
  gateFacts,
  nextPhase,
  type Phase,
  planTransition,
  type ProcessFacts,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import type { CreateTransitionDto, ReadinessDto, TransitionDto, TransitionListDto, TransitionResultDto } from './dto/process.dto';
import { AcquaintFactsRepository } from './acquaint-facts.repository';
import { PlanFactsRepository } from './plan-facts.repository';
import { DesignFactsRepository } from './design-facts.repository';
import type { ProcessEntity } from './process.entity';
import { ProcessesRepository, type TransitionRow } from './processes.repository';
import { toProcessDto } from './processes.service';

function toTransitionDto(row: TransitionRow): TransitionDto {
  return {
    id: row.id,
    fromPhase: row.fromPhase,
    toPhase: row.toPhase,
    kind: row.kind,
    reason: row.reason,
    overriddenGates: row.overriddenGates.map(({ id, label, status, detail }) => ({ id, label, status, detail })),
    actor: { id: row.actorId, displayName: row.actorName },
    createdAt: row.createdAt.toISOString(),
  };
}

/** Phase changes: reads the facts, asks the domain's lifecycle rules, records the move. */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly processes: ProcessesRepository,
    private readonly acquaintFacts: AcquaintFactsRepository,
    private readonly planFacts: PlanFactsRepository,
    private readonly designFacts: DesignFactsRepository,
  ) {}

  async readiness(ctx: RequestContext): Promise<ReadinessDto> {
    const process = processOf(ctx);
    const next = nextPhase(process.phase);
    return { phase: process.phase, nextPhase: next, gates: next ? evaluateGates(next, await this.facts(ctx, process, next)) : [] };
  }

  async history(ctx: RequestContext): Promise<TransitionListDto> {
    return { items: (await this.processes.listTransitions(ctx.em, ctx.processId as string)).map(toTransitionDto) };
  }

  async transition(ctx: RequestContext, dto: CreateTransitionDto): Promise<TransitionResultDto> {
    const process = await this.processes.findForUpdate(ctx.em, ctx.workspaceId as string, ctx.processId as string);
    if (!process) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such process.');
    if (process.version !== dto.version) {
      throw versionConflict('The process changed since you loaded it; review its phase and try again.', toProcessDto(process, ctx));
    }
    const plan = planTransition({
      from: process.phase,
      to: dto.toPhase,
      gates: evaluateGates(dto.toPhase, await this.facts(ctx, process, dto.toPhase)),
      justification: dto.justification,
      reason: dto.reason,
    });
    await this.processes.updateIfCurrent(ctx.em, process.workspaceId, process.id, process.version, { phase: plan.to });
    const saved = await this.processes.insertTransition(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      fromPhase: plan.from,
      toPhase: plan.to,
      kind: plan.kind,
      reason: plan.reason,
      overriddenGates: plan.overriddenGates,
      actorId: ctx.actor.id,
    });
    recordAudit(ctx, {
      objectType: 'process',
      action: 'phase_moved',
      objectId: process.id,
      payload: {
        from: plan.from,
        to: plan.to,
        kind: plan.kind,
        transitionId: saved.id,
        overriddenGates: plan.overriddenGates.map((gate) => gate.id),
        version: process.version + 1,
      },
    });
    return {
      process: toProcessDto((await this.processes.find(ctx.em, process.workspaceId, process.id)) ?? process, ctx),
      transition: toTransitionDto(Object.assign(saved, { actorName: ctx.actor.displayName })),
    };
  }

  /** Reads only the facts the target phase's gates need (GATE_FACTS): readiness stays cheap however much a process holds. */
  private async facts(ctx: RequestContext, process: ProcessEntity, target: Phase): Promise<ProcessFacts> {
    const needs = new Set(GATE_FACTS[target]);
    const loaded: Partial<Pick<ProcessFacts, FactGroup>> = {};
    if (needs.has('leadershipCount')) loaded.leadershipCount = await this.processes.countLeadership(ctx.em, process.id);
    if (needs.has('design')) {
      const design = await this.designFacts.read(ctx.em, process.id);
      loaded.design = {
        selectionCriteriaWritten: criteriaWritten(design.criteria),
        doNoHarm: doNoHarmStatus(design.doNoHarmAnswers ?? {}, design.doNoHarmCompleted),
        indispensableGroups: design.indispensableGroups,
        unrepresentedIndispensable: design.unrepresentedIndispensable,
      };
    }
    if (needs.has('acquaint')) {
      const acquaint = await this.acquaintFacts.read(ctx.em, process.id);
      const ratification = acquaint.adoptedCharter
        ? evaluateRatification(
            {
              everyIndispensableGroup: process.ratificationEveryIndispensable,
              shareNumerator: process.ratificationShareNumerator,
              shareDenominator: process.ratificationShareDenominator,
            },
            { activeParticipants: acquaint.participants, indispensableGroups: acquaint.indispensableGroups, signedFor: acquaint.signedFor },
          )
        : null;
      loaded.acquaint = {
        adoptedGroundRules: acquaint.adoptedGroundRules,
        charterInForce: ratification?.inForce ?? false,
        charterRatification: ratification,
        activeParticipants: acquaint.participants.length,
        participantsWithoutAccountability: acquaint.withoutAccountability,
        grievanceProcedure: acquaint.grievanceProcedure,
      };
    }
    if (needs.has('plans')) loaded.plans = await this.planFacts.read(ctx.em, process.id);
    return gateFacts(target, process.purpose, loaded);
  }
}
