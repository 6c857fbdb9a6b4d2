import { Injectable } from '@nestjs/common';
import { inclusionView, NO_TARGETS, SMALL_GROUP_THRESHOLD } from '@common-ground/domain';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import type { DemographicsDto, InclusionDto, SaveDemographicsDto } from './dto/selection.dto';
import { SelectionRepository } from './selection.repository';

const NOTHING_DECLARED: DemographicsDto = { gender: null, ageBand: null, region: null, wheelAreas: [], updatedAt: null };

/**
 * Self-declared demographics (personal data: each person reads and writes only their own) and the
 * inclusion view, which shows conveners and facilitators aggregates that single no one out.
 */
@Injectable()
export class InclusionService {
  constructor(private readonly selection: SelectionRepository) {}

  async mine(ctx: RequestContext): Promise<DemographicsDto> {
    const process = processOf(ctx);
    const row = await this.selection.findDemographics(ctx.em, process.id, ctx.actor.id);
    return row
      ? { gender: row.gender, ageBand: row.ageBand, region: row.region, wheelAreas: row.wheelAreas, updatedAt: row.updatedAt.toISOString() }
      : NOTHING_DECLARED;
  }

  async saveMine(ctx: RequestContext, dto: SaveDemographicsDto): Promise<DemographicsDto> {
    const process = processOf(ctx);
    const declared = { gender: dto.gender ?? null, ageBand: dto.ageBand ?? null, region: dto.region || null, wheelAreas: dto.wheelAreas };
    if (!declared.gender && !declared.ageBand && !declared.region && declared.wheelAreas.length === 0) {
      await this.selection.deleteDemographics(ctx.em, process.id, ctx.actor.id);
      recordAudit(ctx, { objectType: 'demographics', action: 'deleted', objectId: ctx.actor.id });
    } else {
      await this.selection.saveDemographics(ctx.em, {
        workspaceId: process.workspaceId,
        processId: process.id,
        userId: ctx.actor.id,
        ...declared,
      });
      // Personal data: the event says that the person's declaration changed, never what it says.
      recordAudit(ctx, { objectType: 'demographics', action: 'updated', objectId: ctx.actor.id });
    }
    return this.mine(ctx);
  }

  async view(ctx: RequestContext): Promise<InclusionDto> {
    const process = processOf(ctx);
    const facts = await this.selection.inclusionFacts(ctx.em, process.id);
    const view = inclusionView({ participants: facts.participants, groups: facts.groups, targets: facts.targets ?? NO_TARGETS });
    const cells = (breakdown: typeof view.gender) => ({
      withheld: breakdown.withheld,
      cells: breakdown.cells.map((cell) => ({
        key: cell.key,
        label: cell.label,
        shown: cell.shown,
        count: cell.shown === 'count' ? cell.count : null,
      })),
    });
    return {
      ...view,
      threshold: SMALL_GROUP_THRESHOLD,
      gender: cells(view.gender),
      ageBand: cells(view.ageBand),
      region: cells(view.region),
    };
  }
}
