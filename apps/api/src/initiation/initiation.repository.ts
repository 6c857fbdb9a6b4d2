import { Injectable } from '@nestjs/common';
import type { CostLine, FundingSource, HostingModel, KeyQuestionAnswer, MouStatus } from '@common-ground/domain';
import type { EntityManager, FindOptionsRelations, FindOptionsWhere } from 'typeorm';
import type { InitiationDocumentEntity } from './initiation-documents.entity';
import { saveVersionedRow } from './versioned-row';

export interface InitiationCounts {
  keyAnswers: KeyQuestionAnswer[] | null;
  hostingModel: HostingModel | null;
  mouStatus: MouStatus | null;
  champions: number;
  coreGroupMembers: number;
  facilitationResources: number;
  facilitationSecured: number;
  stakeholderGroups: number;
  checklistsShared: number;
}

/** The reality check's money, added up per currency (and status) by PostgreSQL's exact numeric sums. */
export interface FundingTotals {
  costs: CostLine[];
  funding: FundingSource[];
  costLines: number;
  fundingSources: number;
}

@Injectable()
export class InitiationRepository {
  /** A process's document of this kind, with the person who saved it last; null when none is saved. */
  findDocument<T extends InitiationDocumentEntity>(em: EntityManager, target: new () => T, processId: string): Promise<T | null> {
    return em.findOne(target, {
      where: { processId } as FindOptionsWhere<T>,
      relations: { updater: true } as FindOptionsRelations<T>,
    });
  }

  /** Saves the document at `version` (0: the first save); false when someone saved it meanwhile. */
  saveDocument<T extends InitiationDocumentEntity>(
    em: EntityManager,
    target: new () => T,
    document: { processId: string; workspaceId: string; updatedBy: string; version: number; fields: Partial<T> },
  ): Promise<boolean> {
    return saveVersionedRow<T>(em, target, {
      key: { processId: document.processId } as Partial<T>,
      workspaceId: document.workspaceId,
      fields: { ...document.fields, updatedBy: document.updatedBy },
      version: document.version,
    });
  }

  /** Everything the Initiate summary counts, in one statement. */
  async counts(em: EntityManager, processId: string): Promise<InitiationCounts> {
    const rows = await em.query<InitiationCounts[]>(
      `select (select answers from initiation_key_questions where process_id = $1) as "keyAnswers",
              (select model from initiation_hosting where process_id = $1) as "hostingModel",
              (select status from initiation_mous where process_id = $1) as "mouStatus",
              (select count(*) from initiation_champions where process_id = $1)::int as champions,
              (select count(*) from initiation_core_members where process_id = $1)::int as "coreGroupMembers",
              (select count(*) from initiation_facilitation_resources where process_id = $1)::int as "facilitationResources",
              (select count(*) from initiation_facilitation_resources where process_id = $1 and secured)::int as "facilitationSecured",
              (select count(*) from stakeholder_groups where process_id = $1)::int as "stakeholderGroups",
              (select count(*) from initiation_participant_checklists where process_id = $1 and shared_with_conveners)::int as "checklistsShared"`,
      [processId],
    );
    return rows[0];
  }

  async fundingTotals(em: EntityManager, processId: string): Promise<FundingTotals> {
    const rows = await em.query<{ kind: 'estimate' | FundingSource['status']; currency: string; amount: string; lines: number }[]>(
      `select 'estimate' as kind, currency, sum(amount)::text as amount, count(*)::int as lines
         from initiation_cost_lines where process_id = $1 group by currency
       union all
       select status, currency, sum(amount)::text, count(*)::int
         from initiation_funding_sources where process_id = $1 group by status, currency`,
      [processId],
    );
    const totals: FundingTotals = { costs: [], funding: [], costLines: 0, fundingSources: 0 };
    for (const { kind, currency, amount, lines } of rows) {
      if (kind === 'estimate') {
        totals.costs.push({ currency, amount });
        totals.costLines += lines;
      } else {
        totals.funding.push({ currency, amount, status: kind });
        totals.fundingSources += lines;
      }
    }
    return totals;
  }
}
