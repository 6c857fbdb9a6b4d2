import { Injectable } from '@nestjs/common';
import type { ChecklistAnswer, ParticipationStance } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { ParticipantChecklistEntity } from './participant-checklist.entity';
import { saveVersionedRow } from './versioned-row';

export interface GroupRef {
  id: string;
  name: string;
}

export interface ChecklistStatusRow extends GroupRef {
  indispensable: boolean;
  shared: boolean;
  answers: ChecklistAnswer[] | null;
  stance: ParticipationStance | null;
  updatedAt: Date | null;
}

@Injectable()
export class ChecklistsRepository {
  /** The stakeholder group this person represents in the process, if any. */
  async representedGroup(em: EntityManager, processId: string, userId: string): Promise<GroupRef | null> {
    const rows = await em.query<GroupRef[]>(
      `select g.id, g.name from process_members m join stakeholder_groups g on g.id = m.stakeholder_group_id
        where m.process_id = $1 and m.user_id = $2`,
      [processId, userId],
    );
    return rows[0] ?? null;
  }

  findForGroup(em: EntityManager, groupId: string): Promise<ParticipantChecklistEntity | null> {
    return em.findOne(ParticipantChecklistEntity, { where: { groupId }, relations: { updater: true } });
  }

  /** A group's checklist only if the group shared it; null when it did not (or has none, or is not of the process). */
  findShared(em: EntityManager, processId: string, groupId: string): Promise<(ParticipantChecklistEntity & { group: GroupRef }) | null> {
    return em.findOne(ParticipantChecklistEntity, {
      where: { processId, groupId, sharedWithConveners: true },
      relations: { group: true },
    }) as Promise<(ParticipantChecklistEntity & { group: GroupRef }) | null>;
  }

  save(
    em: EntityManager,
    checklist: Pick<
      ParticipantChecklistEntity,
      'groupId' | 'workspaceId' | 'processId' | 'answers' | 'stance' | 'sharedWithConveners' | 'updatedBy' | 'version'
    >,
  ): Promise<boolean> {
    const { groupId, workspaceId, version, ...fields } = checklist;
    return saveVersionedRow(em, ParticipantChecklistEntity, { key: { groupId }, workspaceId, fields, version });
  }

  /**
   * Every group of the process and whether it shared its checklist. The content of a checklist that is
   * not shared never leaves the database.
   */
  statuses(em: EntityManager, processId: string): Promise<ChecklistStatusRow[]> {
    return em.query<ChecklistStatusRow[]>(
      `select g.id, g.name, g.indispensable, coalesce(c.shared_with_conveners, false) as shared,
              case when c.shared_with_conveners then c.answers end as answers,
              case when c.shared_with_conveners then c.stance end as stance,
              case when c.shared_with_conveners then c.updated_at end as "updatedAt"
         from stakeholder_groups g left join initiation_participant_checklists c on c.group_id = g.id
        where g.process_id = $1 order by g.position, g.id`,
      [processId],
    );
  }
}
