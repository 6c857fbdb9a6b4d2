import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, seesAllProcesses } from '@common-ground/domain';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../common/request-context';
import type { CreateProcessDto, ProcessDto, ProcessListDto, ProcessListQueryDto, UpdateProcessDto } from './dto/process.dto';
import type { ProcessEntity } from './process.entity';
import { ProcessMembersRepository } from './process-members.repository';
import { type ProcessChanges, ProcessesRepository } from './processes.repository';

const DEFAULT_PAGE = 25;

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'This page cursor is not valid; start from the first page.', 'cursor');
  }
  return { createdAt, id };
}

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
      after: query.cursor ? decodeCursor(query.cursor) : null,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ createdAt: _createdAt, updatedAt, ...row }) => ({ ...row, updatedAt: updatedAt.toISOString() })),
      nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
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
      createdBy: ctx.actor.id,
    });
    await this.members.add(ctx.em, workspaceId, process.id, ctx.actor.id, 'convener');
    recordAudit(ctx, {
      objectType: 'process',
      action: 'created',
      objectId: process.id,
      processId: process.id,
      payload: { phase: process.phase, level: process.level },
    });
    return toProcessDto(process, { ...ctx, grants: { ...ctx.grants, processRole: 'convener' } });
  }

  async get(ctx: RequestContext): Promise<ProcessDto> {
    return toProcessDto(await this.load(ctx), ctx);
  }

  async update(ctx: RequestContext, dto: UpdateProcessDto): Promise<ProcessDto> {
    const { version, ...fields } = dto;
    const changes: ProcessChanges = { ...fields };
    if (fields.purpose !== undefined) changes.purpose = fields.purpose || null;
    await this.changeIfCurrent(ctx, version, changes, 'Someone edited this process since you loaded it.');
    recordAudit(ctx, {
      objectType: 'process',
      action: 'updated',
      objectId: ctx.processId as string,
      payload: { fields: Object.keys(fields).sort(), version: version + 1 },
    });
    return this.get(ctx);
  }

  async archive(ctx: RequestContext, version: number): Promise<ProcessDto> {
    await this.changeIfCurrent(
      ctx,
      version,
      { status: 'archived', archivedAt: new Date() },
      'Someone changed this process since you loaded it.',
    );
    recordAudit(ctx, {
      objectType: 'process',
      action: 'archived',
      objectId: ctx.processId as string,
      payload: { status: 'archived', version: version + 1 },
    });
    return this.get(ctx);
  }

  async load(ctx: RequestContext): Promise<ProcessEntity> {
    const process = await this.processes.find(ctx.em, ctx.workspaceId as string, ctx.processId as string);
    if (!process) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such process.');
    return process;
  }

  /** Optimistic locking: the UPDATE names the version; when no row changes, answer 409 with the current state. */
  async changeIfCurrent(ctx: RequestContext, version: number, changes: ProcessChanges, conflictMessage: string): Promise<void> {
    const current = await this.load(ctx);
    if (current.status === 'archived')
      throw new DomainError(DomainErrorCode.PROCESS_ARCHIVED, 'This process is archived and can no longer change.');
    if (current.version !== version || !(await this.processes.updateIfCurrent(ctx.em, current.workspaceId, current.id, version, changes))) {
      const latest = await this.load(ctx);
      throw new DomainError(DomainErrorCode.VERSION_CONFLICT, conflictMessage, 'version', { current: toProcessDto(latest, ctx) });
    }
  }
}
