import { Injectable } from '@nestjs/common';
import { agreementAfterEdit, DomainError, DomainErrorCode, invalidInput } from '@common-ground/domain';
import { PG_INT_MAX } from '../common/int-limits';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { changedFields } from '../audit/changed-fields';
import { recordAudit } from '../audit/record-audit';
import type { CreateVisionDto, FramingDto, ProblemStatementVersionDto, UpdateVisionDto, VisionDto } from './dto/framing.dto';
import { FramingRepository, type ProblemVersionRow, type VisionRow } from './framing.repository';

function toVersionDto(row: ProblemVersionRow): ProblemStatementVersionDto {
  return {
    number: row.number,
    text: row.text,
    author: { id: row.authorId, displayName: row.authorName },
    createdAt: new Date(row.createdAt).toISOString(),
    agreedOn: row.agreedOn,
  };
}

function toVisionDto(row: VisionRow): VisionDto {
  return {
    id: row.id,
    kind: row.kind,
    stakeholderGroupId: row.stakeholderGroupId,
    perspective: row.perspective,
    text: row.text,
    agreedOn: row.agreedOn,
    version: row.version,
    updatedBy: { id: row.updatedBy, displayName: row.editorName },
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Framing the issue: the versioned problem statement, the visions per perspective and the joint vision. */
@Injectable()
export class FramingService {
  constructor(private readonly framing: FramingRepository) {}

  async overview(ctx: RequestContext): Promise<FramingDto> {
    const process = processOf(ctx);
    // One transaction is one connection: the statements run one after the other.
    const current = await this.framing.problemVersion(ctx.em, process.id, null);
    const history = await this.framing.problemHistory(ctx.em, process.id);
    const visions = await this.framing.listVisions(ctx.em, process.id);
    const groups = await this.framing.stakeholderGroups(ctx.em, process.id);
    const withVision = new Set(visions.map((vision) => vision.stakeholderGroupId));
    return {
      problemStatement: current ? toVersionDto(current) : null,
      history: history.map((row) => ({
        number: row.number,
        excerpt: row.excerpt,
        author: { id: row.authorId, displayName: row.authorName },
        createdAt: new Date(row.createdAt).toISOString(),
        agreedOn: row.agreedOn,
      })),
      visions: visions.map(toVisionDto),
      groupsWithoutVision: groups.filter((group) => !withVision.has(group.id)),
    };
  }

  async problemVersion(ctx: RequestContext, number: number): Promise<ProblemStatementVersionDto> {
    const process = processOf(ctx);
    const row = number >= 1 && number <= PG_INT_MAX ? await this.framing.problemVersion(ctx.em, process.id, number) : null;
    if (!row) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such version of the problem statement.');
    return toVersionDto(row);
  }

  /** Each save is a new version; a save based on an older version than the newest is a conflict. */
  async saveProblemStatement(ctx: RequestContext, text: string, baseVersion: number): Promise<ProblemStatementVersionDto> {
    const process = processOf(ctx);
    const saved = await this.framing.appendProblemVersion(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      base: baseVersion,
      text,
      authorId: ctx.actor.id,
    });
    const current = await this.framing.problemVersion(ctx.em, process.id, null);
    if (!saved) throw this.problemConflict(current, 'baseVersion');
    recordAudit(ctx, {
      objectType: 'problem_statement',
      action: 'version_saved',
      objectId: process.id,
      payload: { number: baseVersion + 1 },
    });
    return toVersionDto(current as ProblemVersionRow);
  }

  async agreeProblemStatement(ctx: RequestContext, version: number, agreedOn: string | null): Promise<ProblemStatementVersionDto> {
    const process = processOf(ctx);
    const agreed = await this.framing.agreeProblemVersion(ctx.em, process.id, version, agreedOn, ctx.actor.id);
    const current = await this.framing.problemVersion(ctx.em, process.id, null);
    if (!agreed) throw this.problemConflict(current, 'version');
    recordAudit(ctx, {
      objectType: 'problem_statement',
      action: 'agreement_changed',
      objectId: process.id,
      payload: { number: version, agreedOn },
    });
    return toVersionDto(current as ProblemVersionRow);
  }

  async addVision(ctx: RequestContext, dto: CreateVisionDto): Promise<VisionDto> {
    const process = processOf(ctx);
    const perspective = await this.perspectiveOf(ctx, process.id, dto);
    const id = await this.framing.insertVision(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      kind: dto.kind,
      stakeholderGroupId: dto.kind === 'perspective' ? (dto.stakeholderGroupId ?? null) : null,
      perspective,
      text: dto.text,
      agreedOn: dto.agreedOn ?? null,
      updatedBy: ctx.actor.id,
    });
    if (!id) {
      throw dto.kind === 'joint'
        ? invalidInput('jointVisionExists', 'The process already has a joint vision; edit it instead.', 'kind')
        : invalidInput(
            'visionExists',
            'This perspective already has a vision; edit it instead.',
            dto.stakeholderGroupId ? 'stakeholderGroupId' : 'perspective',
          );
    }
    recordAudit(ctx, {
      objectType: 'vision',
      action: 'created',
      objectId: id,
      payload: { kind: dto.kind, stakeholderGroupId: dto.stakeholderGroupId ?? null },
    });
    return this.vision(ctx, process.id, id);
  }

  async updateVision(ctx: RequestContext, visionId: string, dto: UpdateVisionDto): Promise<VisionDto> {
    const process = processOf(ctx);
    const current = await this.framing.findVision(ctx.em, process.id, visionId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such vision statement.');
    const text = dto.text ?? current.text;
    const agreedOn = agreementAfterEdit({ text: current.text, agreedOn: current.agreedOn }, dto);
    if (!(await this.framing.updateVision(ctx.em, current.id, dto.version, { text, agreedOn, updatedBy: ctx.actor.id }))) {
      throw versionConflict('Someone changed this vision since you loaded it.', await this.vision(ctx, process.id, current.id));
    }
    recordAudit(ctx, {
      objectType: 'vision',
      action: 'updated',
      objectId: current.id,
      payload: { fields: changedFields(dto), agreedOn, version: dto.version + 1 },
    });
    return this.vision(ctx, process.id, current.id);
  }

  async removeVision(ctx: RequestContext, visionId: string): Promise<void> {
    const process = processOf(ctx);
    const current = await this.framing.findVision(ctx.em, process.id, visionId);
    if (!current) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such vision statement.');
    await this.framing.deleteVision(ctx.em, current.id);
    recordAudit(ctx, { objectType: 'vision', action: 'deleted', objectId: current.id });
  }

  /** A joint vision has no perspective; a perspective is a stakeholder group of the process or a name. */
  private async perspectiveOf(ctx: RequestContext, processId: string, dto: CreateVisionDto): Promise<string | null> {
    if (dto.kind === 'joint') {
      if (dto.stakeholderGroupId || dto.perspective) {
        throw invalidInput(
          'jointVisionHasNoPerspective',
          'The joint vision belongs to no single perspective.',
          dto.stakeholderGroupId ? 'stakeholderGroupId' : 'perspective',
        );
      }
      return null;
    }
    if (Boolean(dto.stakeholderGroupId) === Boolean(dto.perspective)) {
      throw invalidInput('perspectiveRequired', 'Choose a stakeholder group or name the perspective (one of the two).', 'perspective');
    }
    if (dto.perspective) return dto.perspective;
    const group = (await this.framing.stakeholderGroups(ctx.em, processId)).find((candidate) => candidate.id === dto.stakeholderGroupId);
    if (!group) throw invalidInput('stakeholderGroupUnknown', 'This is not a stakeholder group of the process.', 'stakeholderGroupId');
    return group.name;
  }

  private async vision(ctx: RequestContext, processId: string, id: string): Promise<VisionDto> {
    const [row] = await this.framing.listVisions(ctx.em, processId, id);
    return toVisionDto(row);
  }

  private problemConflict(current: ProblemVersionRow | null, field: 'baseVersion' | 'version'): DomainError {
    return new DomainError(
      DomainErrorCode.VERSION_CONFLICT,
      'Someone saved a newer version of the problem statement since you loaded it.',
      field,
      {
        current: current ? toVersionDto(current) : null,
      },
    );
  }
}
