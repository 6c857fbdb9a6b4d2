import { Injectable } from '@nestjs/common';
import {
  consultationDateProblem,
  DomainError,
  DomainErrorCode,
  prospectTransitionProblem,
  REGISTER_LIMITS,
  statusAfterConsultation,
  invalidInput,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type {
  ChangeProspectStatusDto,
  ConsultationDto,
  CreateConsultationDto,
  CreateProspectDto,
  ProspectDetailDto,
  ProspectDto,
  ProspectListDto,
  ProspectListQueryDto,
  UpdateProspectDto,
} from './dto/prospect.dto';
import { DEFAULT_PAGE_SIZE } from './dto/register-common.dto';
import { type ConsultationRow, type ProspectChanges, type ProspectRow, ProspectsRepository } from './prospects.repository';
import { iso } from '../common/db/dates';
import { assertMayWritePersonalData, assertNotNull, seesPersonalData } from './register-access';
import { StakeholderRegisterRepository } from './register.repository';

function toProspectDto(row: ProspectRow, withPersonalData: boolean): ProspectDto {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    stakeholder: row.stakeholderId && row.stakeholderName !== null ? { id: row.stakeholderId, name: row.stakeholderName } : null,
    ...(withPersonalData ? { email: row.email } : {}),
    status: row.status,
    statusChangedAt: iso(row.statusChangedAt),
    consultations: row.consultations,
    lastConsultedOn: row.lastConsultedOn,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function toConsultationDto(row: ConsultationRow): ConsultationDto {
  return {
    id: row.id,
    heldOn: row.heldOn,
    channel: row.channel,
    interest: row.interest,
    concerns: row.concerns,
    outcome: row.outcome,
    recordedBy: { id: row.recordedBy, displayName: row.recorderName },
    createdAt: iso(row.createdAt),
  };
}

/** Prospective participants (Lesson 11 §3): their path to taking part and the consultations with them. */
@Injectable()
export class ProspectsService {
  constructor(
    private readonly prospects: ProspectsRepository,
    private readonly register: StakeholderRegisterRepository,
  ) {}

  async list(ctx: RequestContext, query: ProspectListQueryDto): Promise<ProspectListDto> {
    const process = processOf(ctx);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = query.page ?? 1;
    const personal = seesPersonalData(ctx);
    const { rows, total } = await this.prospects.list(ctx.em, process.id, {
      search: query.q || null,
      status: query.status ?? null,
      stakeholderId: query.stakeholderId ?? null,
      offset: (page - 1) * limit,
      limit,
      withEmail: personal,
    });
    return { items: rows.map((row) => toProspectDto(row, personal)), total, page, limit };
  }

  async get(ctx: RequestContext, prospectId: string): Promise<ProspectDetailDto> {
    const process = processOf(ctx);
    const row = await this.prospect(ctx, process.id, prospectId);
    const log = await this.prospects.consultations(ctx.em, row.id);
    return { ...toProspectDto(row, seesPersonalData(ctx)), consultationLog: log.map(toConsultationDto) };
  }

  async create(ctx: RequestContext, dto: CreateProspectDto): Promise<ProspectDetailDto> {
    assertMayWritePersonalData(ctx, 'email', dto.email);
    const process = processOf(ctx);
    if (dto.stakeholderId) await this.assertStakeholder(ctx, process.id, dto.stakeholderId);
    const id = await this.prospects.insert(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      name: dto.name,
      organisation: dto.organisation || null,
      stakeholderId: dto.stakeholderId ?? null,
      email: dto.email || null,
    });
    recordAudit(ctx, { objectType: 'prospect', action: 'created', objectId: id, payload: { stakeholderId: dto.stakeholderId ?? null } });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, prospectId: string, dto: UpdateProspectDto): Promise<ProspectDetailDto> {
    assertNotNull(dto, ['name']);
    assertMayWritePersonalData(ctx, 'email', dto.email);
    const process = processOf(ctx);
    await this.prospect(ctx, process.id, prospectId);
    if (dto.stakeholderId) await this.assertStakeholder(ctx, process.id, dto.stakeholderId);
    const { version, organisation, email, ...fields } = dto;
    const changes: ProspectChanges = { ...fields };
    if (organisation !== undefined) changes.organisation = organisation || null;
    if (email !== undefined) changes.email = email || null;
    await this.saveAt(ctx, process.id, prospectId, version, changes);
    recordAudit(ctx, {
      objectType: 'prospect',
      action: 'updated',
      objectId: prospectId,
      payload: { fields: changedFields(dto), version: version + 1 },
    });
    return this.get(ctx, prospectId);
  }

  async changeStatus(ctx: RequestContext, prospectId: string, dto: ChangeProspectStatusDto): Promise<ProspectDetailDto> {
    const process = processOf(ctx);
    const current = await this.prospect(ctx, process.id, prospectId);
    // A stale version first: the move was chosen from a status that may no longer hold.
    if (current.version !== dto.version) throw await this.conflict(ctx, prospectId);
    const problem = prospectTransitionProblem(current.status, dto.status);
    if (problem) throw new DomainError(DomainErrorCode.PROSPECT_TRANSITION_INVALID, problem, 'status');
    await this.saveAt(ctx, process.id, prospectId, dto.version, { status: dto.status, statusChangedAt: new Date() });
    recordAudit(ctx, {
      objectType: 'prospect',
      action: 'status_changed',
      objectId: prospectId,
      payload: { from: current.status, status: dto.status, version: dto.version + 1 },
    });
    return this.get(ctx, prospectId);
  }

  async remove(ctx: RequestContext, prospectId: string): Promise<void> {
    const process = processOf(ctx);
    if (!(await this.prospects.delete(ctx.em, process.id, prospectId)))
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such prospect.');
    recordAudit(ctx, { objectType: 'prospect', action: 'deleted', objectId: prospectId });
  }

  /** Logging the first consultation with someone not yet consulted moves them to consulted. */
  async addConsultation(ctx: RequestContext, prospectId: string, dto: CreateConsultationDto): Promise<ProspectDetailDto> {
    const dateProblem = consultationDateProblem(dto.heldOn, new Date());
    if (dateProblem) throw invalidInput('consultationDateInvalid', dateProblem, 'heldOn');
    const process = processOf(ctx);
    const prospect = await this.prospect(ctx, process.id, prospectId);
    const cap = REGISTER_LIMITS.consultationsPerProspect;
    const logged = await this.prospects.insertConsultation(
      ctx.em,
      {
        workspaceId: process.workspaceId,
        prospectId: prospect.id,
        heldOn: dto.heldOn,
        channel: dto.channel,
        interest: dto.interest,
        concerns: dto.concerns || null,
        outcome: dto.outcome || null,
        recordedBy: ctx.actor.id,
      },
      cap,
    );
    if (!logged) throw new DomainError(DomainErrorCode.REGISTER_FULL, `A prospect’s log holds at most ${cap} consultations.`);
    // What was said stays in the log; the event says only that a consultation was held, and how.
    recordAudit(ctx, {
      objectType: 'consultation',
      action: 'created',
      objectId: logged,
      payload: { prospectId: prospect.id, channel: dto.channel },
    });
    const next = statusAfterConsultation(prospect.status);
    if (
      next !== prospect.status &&
      (await this.prospects.update(ctx.em, process.id, prospect.id, prospect.version, { status: next, statusChangedAt: new Date() }))
    ) {
      recordAudit(ctx, {
        objectType: 'prospect',
        action: 'status_changed',
        objectId: prospect.id,
        payload: { from: prospect.status, status: next, version: prospect.version + 1 },
      });
    }
    return this.get(ctx, prospect.id);
  }

  async removeConsultation(ctx: RequestContext, prospectId: string, consultationId: string): Promise<void> {
    const process = processOf(ctx);
    const prospect = await this.prospect(ctx, process.id, prospectId);
    if (!(await this.prospects.deleteConsultation(ctx.em, prospect.id, consultationId)))
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such consultation.');
    recordAudit(ctx, { objectType: 'consultation', action: 'deleted', objectId: consultationId, payload: { prospectId: prospect.id } });
  }

  private async prospect(ctx: RequestContext, processId: string, prospectId: string): Promise<ProspectRow> {
    const row = await this.prospects.find(ctx.em, processId, prospectId, seesPersonalData(ctx));
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such prospect.');
    return row;
  }

  private async saveAt(
    ctx: RequestContext,
    processId: string,
    prospectId: string,
    version: number,
    changes: ProspectChanges,
  ): Promise<void> {
    if (!(await this.prospects.update(ctx.em, processId, prospectId, version, changes))) throw await this.conflict(ctx, prospectId);
  }

  private async conflict(ctx: RequestContext, prospectId: string): Promise<DomainError> {
    return versionConflict('Someone changed this prospect since you loaded it.', await this.get(ctx, prospectId));
  }

  private async assertStakeholder(ctx: RequestContext, processId: string, stakeholderId: string): Promise<void> {
    if (!(await this.register.stakeholdersAmong(ctx.em, processId, [stakeholderId.toLowerCase()])).size) {
      throw invalidInput('stakeholderUnknown', 'Choose a stakeholder of this process.', 'stakeholderId');
    }
  }
}
