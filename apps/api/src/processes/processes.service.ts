import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, DomainError, DomainErrorCode, isLocale, seesAllProcesses } from '@common-ground/domain';
import { keysetCursor } from '../common/db/cursor';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import type { CreateProcessDto, ProcessDto, ProcessListDto, ProcessListQueryDto, UpdateProcessDto } from './dto/process.dto';
import type { ProcessEntity } from './process.entity';
import { ProcessMembersRepository } from './process-members.repository';
import { type ProcessChanges, ProcessesRepository } from './processes.repository';

const DEFAULT_PAGE = 25;

export function toProcessDto(process: ProcessEntity, ctx: RequestContext): ProcessDto {
  return {
    id: process.id,
    workspaceId: process.workspaceId,
    title: process.title,
    purpose: process.purpose,
    level: process.level,
    wheelAreas: process.wheelAreas,
    ownershipTarget: process.ownershipTarget,
    timezone: process.timezone,
    language: isLocale(process.language) ? process.language : DEFAULT_LOCALE,
    phase: process.phase,
    status: process.status,
    version: process.version,
    createdAt: process.createdAt.toISOString(),
    updatedAt: process.updatedAt.toISOString(),
    archivedAt: process.archivedAt?.toISOString() ?? null,
    myRole: ctx.grants.processRole ?? null,
    workspaceRole: ctx.grants.workspaceRole ?? 'member',
  };
}

@Injectable()
export class ProcessesService {
  constructor(
    private readonly processes: ProcessesRepository,
    private readonly members: ProcessMembersRepository,
  ) {}

  async list(ctx: RequestContext, query: ProcessListQueryDto): Promise<ProcessListDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const admin = ctx.grants.workspaceRole ? seesAllProcesses(ctx.grants.workspaceRole) : false;
    const rows = await this.processes.list(ctx.em, {
      workspaceId: ctx.workspaceId as string,
      memberId: admin ? null : ctx.actor.id,
      viewerId: ctx.actor.id,
      status: query.status ?? 'active',
      search: query.q ? query.q : null,
      limit,
      after: keysetCursor.decodeOptional(query.cursor),
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ createdAt: _createdAt, updatedAt, ...row }) => ({ ...row, updatedAt: updatedAt.toISOString() })),
      nextCursor: rows.length > limit && last ? keysetCursor.encode({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  /** The creator becomes the process's first convener. */
  async create(ctx: RequestContext, dto: CreateProcessDto): Promise<ProcessDto> {
    const workspaceId = ctx.workspaceId as string;
    const process = await this.processes.insert(ctx.em, {
      workspaceId,
      title: dto.title,
      purpose: dto.purpose || null,
      level: dto.level,
      wheelAreas: dto.wheelAreas,
      ownershipTarget: dto.ownershipTarget,
      timezone: dto.timezone,
      ...(dto.language ? { language: dto.language } : {}),
      createdBy: ctx.actor.id,
    });
    await this.members.add(ctx.em, workspaceId, process.id, ctx.actor.id, 'convener');
    recordAudit(ctx, {
      objectType: 'process',
      action: 'created',
      objectId: process.id,
      processId: process.id,
      payload: { phase: process.phase, level: process.level, language: process.language },
    });
    return toProcessDto(process, { ...ctx, grants: { ...ctx.grants, processRole: 'convener' } });
  }

  get(ctx: RequestContext): ProcessDto {
    return toProcessDto(processOf(ctx), ctx);
  }

  async update(ctx: RequestContext, dto: UpdateProcessDto): Promise<ProcessDto> {
    const { version, ...fields } = dto;
    const changes: ProcessChanges = { ...fields };
    if (fields.purpose !== undefined) changes.purpose = fields.purpose || null;
    const saved = await this.changeIfCurrent(ctx, version, changes, 'Someone edited this process since you loaded it.');
    recordAudit(ctx, {
      objectType: 'process',
      action: 'updated',
      objectId: saved.id,
      payload: { fields: Object.keys(fields).sort(), version: saved.version },
    });
    return toProcessDto(saved, ctx);
  }

  async archive(ctx: RequestContext, version: number): Promise<ProcessDto> {
    const saved = await this.changeIfCurrent(
      ctx,
      version,
      { status: 'archived', archivedAt: new Date() },
      'Someone changed this process since you loaded it.',
    );
    recordAudit(ctx, {
      objectType: 'process',
      action: 'archived',
      objectId: saved.id,
      payload: { status: 'archived', version: saved.version },
    });
    return toProcessDto(saved, ctx);
  }

  /** Optimistic locking: the UPDATE names the version; when no row changes, answer 409 with the current state. Returns the process as saved. */
  private async changeIfCurrent(
    ctx: RequestContext,
    version: number,
    changes: ProcessChanges,
    conflictMessage: string,
  ): Promise<ProcessEntity> {
    const current = processOf(ctx);
    const saved =
      current.version === version && (await this.processes.updateIfCurrent(ctx.em, current.workspaceId, current.id, version, changes));
    const latest = await this.processes.find(ctx.em, current.workspaceId, current.id);
    if (!latest) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such process.');
    if (!saved) throw versionConflict(conflictMessage, toProcessDto(latest, ctx));
    return latest;
  }
}
