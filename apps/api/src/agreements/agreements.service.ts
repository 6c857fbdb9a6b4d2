import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, grievanceDeadlinesProblem, nextReportDue, invalidInput } from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { iso, isoOrNull } from '../common/db/dates';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { processContent } from '../process-content/process-content';
import { ConfidentialityRegimeEntity, GrievanceProcedureEntity, type GroundRuleEntity } from './agreements.entity';
import { AgreementsRepository } from './agreements.repository';
import type {
  AccountabilityEntryDto,
  AccountabilityMapDto,
  AdoptGroundRulesDto,
  AmendGroundRuleDto,
  ConfidentialityDto,
  GrievanceProcedureDto,
  GroundRuleCommentDto,
  GroundRuleCommentListDto,
  GroundRuleDto,
  GroundRuleListDto,
  RetireGroundRuleDto,
  SaveAccountabilityDto,
  SaveConfidentialityDto,
  SaveGrievanceProcedureDto,
} from './dto/agreements.dto';

/** Ground rules, the accountability map, the grievance procedure and the confidentiality regime. */
@Injectable()
export class AgreementsService {
  constructor(private readonly agreements: AgreementsRepository) {}

  async groundRules(ctx: RequestContext): Promise<GroundRuleListDto> {
    const process = processOf(ctx);
    const [rules, changes] = await Promise.all([
      this.agreements.listGroundRules(ctx.em, process.id),
      this.agreements.listGroundRuleChanges(ctx.em, process.id),
    ]);
    return {
      items: rules.map((rule) => ({
        id: rule.id,
        text: rule.text,
        status: rule.status,
        position: rule.position,
        proposedBy: { id: rule.proposedBy, displayName: rule.proposerName },
        adoptedAt: isoOrNull(rule.adoptedAt),
        decision: rule.decision,
        version: rule.version,
        history: changes
          .filter((change) => change.ruleId === rule.id)
          .map((change) => ({
            text: change.text,
            status: change.status,
            changedBy: { id: change.changedBy, displayName: change.changerName },
            changedAt: iso(change.changedAt),
            note: change.note,
          })),
      })),
      samples: [...processContent(process.language).sampleGroundRules],
    };
  }

  async propose(ctx: RequestContext, texts: readonly string[]): Promise<GroundRuleListDto> {
    const process = processOf(ctx);
    const ids = await this.agreements.proposeGroundRules(ctx.em, process.workspaceId, process.id, texts, ctx.actor.id);
    for (const id of ids)
      recordAudit(ctx, { objectType: 'ground_rule', action: 'proposed', objectId: id, payload: { status: 'proposed' } });
    return this.groundRules(ctx);
  }

  /** Lesson 11's sample rules, proposed in the process's language. */
  proposeSamples(ctx: RequestContext): Promise<GroundRuleListDto> {
    return this.propose(ctx, processContent(processOf(ctx).language).sampleGroundRules);
  }

  async proposeOne(ctx: RequestContext, text: string): Promise<GroundRuleDto> {
    const list = await this.propose(ctx, [text]);
    return list.items[list.items.length - 1];
  }

  async adopt(ctx: RequestContext, dto: AdoptGroundRulesDto): Promise<GroundRuleListDto> {
    const process = processOf(ctx);
    const adopted = await this.agreements.adoptGroundRules(
      ctx.em,
      process.workspaceId,
      process.id,
      dto.ruleIds,
      dto.decision,
      ctx.actor.id,
    );
    if (adopted !== dto.ruleIds.length) {
      throw invalidInput(
        'rulesNotProposed',
        'Only proposed rules of this process can be adopted; some of these are not (any more).',
        'ruleIds',
      );
    }
    for (const id of dto.ruleIds)
      recordAudit(ctx, { objectType: 'ground_rule', action: 'adopted', objectId: id, payload: { from: 'proposed', to: 'adopted' } });
    return this.groundRules(ctx);
  }

  async amend(ctx: RequestContext, ruleId: string, dto: AmendGroundRuleDto): Promise<GroundRuleDto> {
    const rule = await this.rule(ctx, ruleId);
    if (rule.status === 'retired') throw invalidInput('ruleRetired', 'A retired rule cannot be amended; propose a new one.');
    const changed = await this.changeRule(ctx, rule, dto.version, { text: dto.text, status: rule.status, note: dto.note || null });
    recordAudit(ctx, {
      objectType: 'ground_rule',
      action: 'amended',
      objectId: rule.id,
      payload: { fields: ['text'], status: rule.status, version: changed.version },
    });
    return changed;
  }

  async retire(ctx: RequestContext, ruleId: string, dto: RetireGroundRuleDto): Promise<GroundRuleDto> {
    const rule = await this.rule(ctx, ruleId);
    const changed = await this.changeRule(ctx, rule, dto.version, { text: rule.text, status: 'retired', note: dto.note });
    recordAudit(ctx, {
      objectType: 'ground_rule',
      action: 'retired',
      objectId: rule.id,
      payload: { from: rule.status, to: 'retired', version: changed.version },
    });
    return changed;
  }

  async ruleComments(ctx: RequestContext, ruleId: string): Promise<GroundRuleCommentListDto> {
    const rule = await this.rule(ctx, ruleId);
    const rows = await this.agreements.listGroundRuleComments(ctx.em, rule.id);
    return {
      items: rows.map((row) => ({
        id: row.id,
        ruleId: row.ruleId,
        body: row.body,
        author: { id: row.authorId, displayName: row.authorName },
        createdAt: new Date(row.createdAt).toISOString(),
      })),
    };
  }

  async commentOnRule(ctx: RequestContext, ruleId: string, body: string): Promise<GroundRuleCommentDto> {
    const rule = await this.rule(ctx, ruleId);
    const saved = await this.agreements.insertGroundRuleComment(ctx.em, {
      workspaceId: rule.workspaceId,
      ruleId: rule.id,
      body,
      authorId: ctx.actor.id,
    });
    recordAudit(ctx, { objectType: 'ground_rule_comment', action: 'created', objectId: saved.id, payload: { ruleId: rule.id } });
    return {
      id: saved.id,
      ruleId: rule.id,
      body: saved.body,
      author: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      createdAt: saved.createdAt.toISOString(),
    };
  }

  async accountability(ctx: RequestContext): Promise<AccountabilityMapDto> {
    const process = processOf(ctx);
    const rows = await this.agreements.accountabilityMap(ctx.em, process.id);
    const items: AccountabilityEntryDto[] = rows.map(({ userId, displayName, entry }) => {
      const since = entry ? new Date(entry.lastReportedAt ?? entry.createdAt) : null;
      return {
        userId,
        displayName,
        accountableTo: entry?.accountableTo ?? null,
        constituency: entry?.constituency ?? null,
        channel: entry?.channel ?? null,
        frequency: entry?.frequency ?? null,
        lastReportedAt: isoOrNull(entry?.lastReportedAt),
        nextDueAt: entry && since ? isoOrNull(nextReportDue(entry.frequency, since)) : null,
        complete: entry !== null,
        version: entry?.version ?? null,
      };
    });
    return { items, missing: items.filter((item) => !item.complete).length };
  }

  async saveAccountability(ctx: RequestContext, userId: string, dto: SaveAccountabilityDto): Promise<AccountabilityEntryDto> {
    const process = processOf(ctx);
    const map = await this.accountability(ctx);
    const current = map.items.find((item) => item.userId === userId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'This person is not an active participant of the process.');
    const saved = await this.agreements.saveAccountability(
      ctx.em,
      {
        workspaceId: process.workspaceId,
        processId: process.id,
        userId,
        accountableTo: dto.accountableTo,
        constituency: dto.constituency,
        channel: dto.channel,
        frequency: dto.frequency,
        lastReportedAt: dto.lastReportedAt ? new Date(dto.lastReportedAt) : null,
      },
      dto.version,
    );
    if (!saved) throw versionConflict('Someone saved this entry since you loaded it.', current);
    recordAudit(ctx, {
      objectType: 'accountability_entry',
      action: 'saved',
      objectId: userId,
      payload: {
        fields: ['accountableTo', 'constituency', 'channel', 'frequency', 'lastReportedAt'],
        frequency: dto.frequency,
        version: (dto.version ?? 0) + 1,
      },
    });
    return (await this.accountability(ctx)).items.find((item) => item.userId === userId) as AccountabilityEntryDto;
  }

  async grievanceProcedure(ctx: RequestContext): Promise<GrievanceProcedureDto> {
    const process = processOf(ctx);
    const row = await this.agreements.findGrievanceProcedure(ctx.em, process.id);
    return {
      handlers: row?.handlers ?? null,
      acknowledgeDays: row?.acknowledgeDays ?? null,
      respondDays: row?.respondDays ?? null,
      escalationPath: row?.escalationPath ?? null,
      appealProcedure: row?.appealProcedure ?? null,
      inactiveParticipantProcedure: row?.inactiveParticipantProcedure ?? null,
      underminingBehaviourProcedure: row?.underminingBehaviourProcedure ?? null,
      version: row?.version ?? 0,
      updatedAt: isoOrNull(row?.updatedAt),
    };
  }

  async saveGrievanceProcedure(ctx: RequestContext, dto: SaveGrievanceProcedureDto): Promise<GrievanceProcedureDto> {
    const deadlines = grievanceDeadlinesProblem(dto.acknowledgeDays, dto.respondDays);
    if (deadlines) throw invalidInput('grievanceDeadlinesInverted', deadlines, 'respondDays');
    const process = processOf(ctx);
    const { version, ...fields } = dto;
    if (
      !(await this.agreements.saveDocument(
        ctx.em,
        GrievanceProcedureEntity,
        { ...fields, processId: process.id, workspaceId: process.workspaceId },
        version,
      ))
    ) {
      throw versionConflict('Someone saved the grievance procedure since you loaded it.', await this.grievanceProcedure(ctx));
    }
    recordAudit(ctx, {
      objectType: 'grievance_procedure',
      action: 'saved',
      objectId: process.id,
      payload: {
        fields: Object.keys(fields).sort(),
        acknowledgeDays: dto.acknowledgeDays,
        respondDays: dto.respondDays,
        version: version + 1,
      },
    });
    return this.grievanceProcedure(ctx);
  }

  async confidentiality(ctx: RequestContext): Promise<ConfidentialityDto> {
    const process = processOf(ctx);
    const row = await this.agreements.findConfidentiality(ctx.em, process.id);
    return {
      defaultMode: row?.defaultMode ?? 'on_the_record',
      mediaSpokespeople: row?.mediaSpokespeople ?? '',
      externalCommunication: row?.externalCommunication ?? '',
      version: row?.version ?? 0,
    };
  }

  async saveConfidentiality(ctx: RequestContext, dto: SaveConfidentialityDto): Promise<ConfidentialityDto> {
    const process = processOf(ctx);
    const { version, ...fields } = dto;
    if (
      !(await this.agreements.saveDocument(
        ctx.em,
        ConfidentialityRegimeEntity,
        { ...fields, processId: process.id, workspaceId: process.workspaceId },
        version,
      ))
    ) {
      throw versionConflict('Someone saved the confidentiality regime since you loaded it.', await this.confidentiality(ctx));
    }
    recordAudit(ctx, {
      objectType: 'confidentiality_regime',
      action: 'saved',
      objectId: process.id,
      payload: { fields: Object.keys(fields).sort(), defaultMode: dto.defaultMode, version: version + 1 },
    });
    return this.confidentiality(ctx);
  }

  private async rule(ctx: RequestContext, ruleId: string): Promise<GroundRuleEntity> {
    const process = processOf(ctx);
    const rule = await this.agreements.findGroundRule(ctx.em, process.id, ruleId);
    if (!rule) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such ground rule.');
    return rule;
  }

  private async changeRule(
    ctx: RequestContext,
    rule: GroundRuleEntity,
    version: number,
    change: Parameters<AgreementsRepository['changeGroundRule']>[3],
  ): Promise<GroundRuleDto> {
    const changed = await this.agreements.changeGroundRule(ctx.em, rule, version, change, ctx.actor.id);
    const list = await this.groundRules(ctx);
    const current = list.items.find((item) => item.id === rule.id) as GroundRuleDto;
    if (!changed) throw versionConflict('Someone changed this rule since you loaded it.', current);
    return current;
  }
}
