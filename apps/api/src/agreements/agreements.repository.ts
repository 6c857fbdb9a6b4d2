import { Injectable } from '@nestjs/common';
import type { ConfidentialityMode, GroundRuleStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { updateIfCurrent } from '../common/db/update-if-current';
import {
  AccountabilityEntryEntity,
  ConfidentialityRegimeEntity,
  GrievanceProcedureEntity,
  GroundRuleChangeEntity,
  GroundRuleCommentEntity,
  GroundRuleEntity,
} from './agreements.entity';

export interface GroundRuleRow extends GroundRuleEntity {
  proposerName: string;
}

export interface GroundRuleChangeRow extends GroundRuleChangeEntity {
  changerName: string;
}

export interface AccountabilityRow {
  userId: string;
  displayName: string;
  entry: AccountabilityEntryEntity | null;
}

@Injectable()
export class AgreementsRepository {
  listGroundRules(em: EntityManager, processId: string): Promise<GroundRuleRow[]> {
    return em.query<GroundRuleRow[]>(
      `select r.id, r.text, r.status, r.position, r.proposed_by as "proposedBy", u.display_name as "proposerName",
              r.adopted_at as "adoptedAt", r.decision, r.version
         from ground_rules r join users u on u.id = r.proposed_by where r.process_id = $1 order by r.position, r.id`,
      [processId],
    );
  }

  listGroundRuleChanges(em: EntityManager, processId: string): Promise<GroundRuleChangeRow[]> {
    return em.query<GroundRuleChangeRow[]>(
      `select c.rule_id as "ruleId", c.text, c.status, c.changed_by as "changedBy", u.display_name as "changerName", c.changed_at as "changedAt", c.note
         from ground_rule_changes c join ground_rules r on r.id = c.rule_id join users u on u.id = c.changed_by
        where r.process_id = $1 order by c.changed_at, c.id`,
      [processId],
    );
  }

  findGroundRule(em: EntityManager, processId: string, id: string): Promise<GroundRuleEntity | null> {
    return em.findOneBy(GroundRuleEntity, { processId, id });
  }

  /** Appends rules at the end of the list, each with its first history entry. */
  /** Adds proposed rules after the last one; returns their ids in order. */
  async proposeGroundRules(
    em: EntityManager,
    workspaceId: string,
    processId: string,
    texts: readonly string[],
    userId: string,
  ): Promise<string[]> {
    const rows = await em.query<{ rule_id: string }[]>(
      `with next as (select coalesce(max(position), 0) as base from ground_rules where process_id = $2),
            added as (
              insert into ground_rules (workspace_id, process_id, text, position, proposed_by)
              select $1, $2, t.text, next.base + t.n, $4 from next, unnest($3::text[]) with ordinality as t(text, n)
              returning id, text)
       insert into ground_rule_changes (workspace_id, rule_id, text, status, changed_by)
       select $1, id, text, 'proposed', $4 from added
       returning rule_id`,
      [workspaceId, processId, texts, userId],
    );
    return rows.map((row) => row.rule_id);
  }

  /** Adopts the listed proposed rules; returns how many changed. */
  async adoptGroundRules(
    em: EntityManager,
    workspaceId: string,
    processId: string,
    ids: string[],
    decision: string,
    userId: string,
  ): Promise<number> {
    const rows = await em.query<unknown[]>(
      `with adopted as (
         update ground_rules set status = 'adopted', adopted_at = now(), decision = $4, version = version + 1, updated_at = now()
          where process_id = $2 and id = any($3::uuid[]) and status = 'proposed' returning id, text)
       insert into ground_rule_changes (workspace_id, rule_id, text, status, changed_by, note)
       select $1, id, text, 'adopted', $5, $4 from adopted returning id`,
      [workspaceId, processId, ids, decision, userId],
    );
    return rows.length;
  }

  /** Changes a rule at `version` and records the change; false when stale. */
  async changeGroundRule(
    em: EntityManager,
    rule: GroundRuleEntity,
    version: number,
    change: { text: string; status: GroundRuleStatus; note: string | null },
    userId: string,
  ): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `with changed as (
         update ground_rules set text = $3, status = $4, version = version + 1, updated_at = now()
          where id = $2 and version = $5 returning id, text, status)
       insert into ground_rule_changes (workspace_id, rule_id, text, status, changed_by, note)
       select $1, id, text, status, $6, $7 from changed returning id`,
      [rule.workspaceId, rule.id, change.text, change.status, version, userId, change.note],
    );
    return rows.length > 0;
  }

  async insertGroundRuleComment(
    em: EntityManager,
    comment: Pick<GroundRuleCommentEntity, 'workspaceId' | 'ruleId' | 'body' | 'authorId'>,
  ): Promise<GroundRuleCommentEntity> {
    return em.save(GroundRuleCommentEntity, em.create(GroundRuleCommentEntity, comment));
  }

  listGroundRuleComments(em: EntityManager, ruleId: string): Promise<(GroundRuleCommentEntity & { authorName: string })[]> {
    return em.query<(GroundRuleCommentEntity & { authorName: string })[]>(
      `select c.id, c.rule_id as "ruleId", c.body, c.author_id as "authorId", u.display_name as "authorName", c.created_at as "createdAt"
         from ground_rule_comments c join users u on u.id = c.author_id where c.rule_id = $1 order by c.created_at, c.id`,
      [ruleId],
    );
  }

  async countAdoptedGroundRules(em: EntityManager, processId: string): Promise<number> {
    return em.countBy(GroundRuleEntity, { processId, status: 'adopted' });
  }

  /** Every active participant with their entry, if any. */
  async accountabilityMap(em: EntityManager, processId: string): Promise<AccountabilityRow[]> {
    const rows = await em.query<(AccountabilityEntryEntity & { displayName: string; hasEntry: boolean })[]>(
      `select m.user_id as "userId", u.display_name as "displayName", a.process_id is not null as "hasEntry",
              a.accountable_to as "accountableTo", a.constituency, a.channel, a.frequency, a.last_reported_at as "lastReportedAt",
              a.version, a.created_at as "createdAt"
         from process_members m join users u on u.id = m.user_id
         left join accountability_entries a on a.process_id = m.process_id and a.user_id = m.user_id
        where m.process_id = $1 and m.role = 'participant' order by lower(u.display_name), u.id`,
      [processId],
    );
    return rows.map((row) => ({ userId: row.userId, displayName: row.displayName, entry: row.hasEntry ? row : null }));
  }

  findAccountability(em: EntityManager, processId: string, userId: string): Promise<AccountabilityEntryEntity | null> {
    return em.findOneBy(AccountabilityEntryEntity, { processId, userId });
  }

  /** Inserts the entry (version undefined) or updates it at `version`; false on a conflict. */
  async saveAccountability(
    em: EntityManager,
    entry: Omit<AccountabilityEntryEntity, 'version' | 'createdAt' | 'updatedAt'>,
    version: number | undefined,
  ): Promise<boolean> {
    if (version === undefined) {
      const rows = await em.query<unknown[]>(
        `insert into accountability_entries (workspace_id, process_id, user_id, accountable_to, constituency, channel, frequency, last_reported_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning user_id`,
        [
          entry.workspaceId,
          entry.processId,
          entry.userId,
          entry.accountableTo,
          entry.constituency,
          entry.channel,
          entry.frequency,
          entry.lastReportedAt,
        ],
      );
      return rows.length > 0;
    }
    return updateIfCurrent(em, AccountabilityEntryEntity, { processId: entry.processId, userId: entry.userId }, version, {
      accountableTo: entry.accountableTo,
      constituency: entry.constituency,
      channel: entry.channel,
      frequency: entry.frequency,
      lastReportedAt: entry.lastReportedAt,
    });
  }

  /**
   * A report-back happened on `reportedOn` (a date in the process's time zone): the entry's last report
   * moves to the start of that day unless a later one is already recorded. The entry's version moves too,
   * so an edit of the entry loaded before this answers 409 instead of writing the old date back.
   */
  async recordReportBack(em: EntityManager, processId: string, userId: string, reportedOn: string, timeZone: string): Promise<void> {
    await em.query(
      `update accountability_entries
          set last_reported_at = greatest(coalesce(last_reported_at, '-infinity'), $3::date::timestamp at time zone $4), version = version + 1, updated_at = now()
        where process_id = $1 and user_id = $2`,
      [processId, userId, reportedOn, timeZone],
    );
  }

  findGrievanceProcedure(em: EntityManager, processId: string): Promise<GrievanceProcedureEntity | null> {
    return em.findOneBy(GrievanceProcedureEntity, { processId });
  }

  findConfidentiality(em: EntityManager, processId: string): Promise<ConfidentialityRegimeEntity | null> {
    return em.findOneBy(ConfidentialityRegimeEntity, { processId });
  }

  /** Single-row documents: insert at version 0, otherwise update at the given version; false on a conflict. */
  async saveDocument<T extends GrievanceProcedureEntity | ConfidentialityRegimeEntity>(
    em: EntityManager,
    target: new () => T,
    row: Omit<T, 'version' | 'updatedAt' | 'process' | 'workspace'>,
    version: number,
  ): Promise<boolean> {
    if (version === 0) {
      const result = await em
        .createQueryBuilder()
        .insert()
        .into(target)
        .values(row as never)
        .orIgnore()
        .returning('process_id')
        .execute();
      return (result.raw as unknown[]).length > 0;
    }
    const { processId, workspaceId: _workspaceId, ...fields } = row as unknown as { processId: string; workspaceId: string };
    return updateIfCurrent<T>(em, target, { processId } as Partial<T>, version, fields);
  }

  async defaultMode(em: EntityManager, processId: string): Promise<ConfidentialityMode> {
    return (await this.findConfidentiality(em, processId))?.defaultMode ?? 'on_the_record';
  }
}
