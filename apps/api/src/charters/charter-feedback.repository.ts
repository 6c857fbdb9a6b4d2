import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AmendmentStatus, CharterAmendmentEntity, CharterCommentEntity, CharterDeclineEntity } from './charter-feedback.entity';

export interface CommentRow extends CharterCommentEntity {
  authorName: string;
}

export interface AmendmentRow extends CharterAmendmentEntity {
  authorName: string;
  deciderName: string | null;
}

export interface BoardRow {
  userId: string;
  displayName: string;
  role: string;
  groupName: string | null;
  alternateFor: string | null;
  signedBy: string | null;
  signedAt: Date | null;
  declineReason: string | null;
  declinedAt: Date | null;
  declined: boolean;
}

@Injectable()
export class CharterFeedbackRepository {
  async insertComment(
    em: EntityManager,
    comment: Pick<CharterCommentEntity, 'workspaceId' | 'processId' | 'versionId' | 'sectionKey' | 'body' | 'authorId'>,
  ): Promise<CharterCommentEntity> {
    return em.save(CharterCommentEntity, em.create(CharterCommentEntity, comment));
  }

  listComments(em: EntityManager, versionId: string): Promise<CommentRow[]> {
    return em.query<CommentRow[]>(
      `select c.id, c.section_key as "sectionKey", c.body, c.author_id as "authorId", u.display_name as "authorName", c.created_at as "createdAt"
         from charter_comments c join users u on u.id = c.author_id where c.version_id = $1 order by c.created_at, c.id`,
      [versionId],
    );
  }

  async insertAmendment(
    em: EntityManager,
    amendment: Pick<
      CharterAmendmentEntity,
      'workspaceId' | 'processId' | 'versionId' | 'sectionKey' | 'proposedText' | 'rationale' | 'authorId'
    >,
  ): Promise<string> {
    return (await em.save(CharterAmendmentEntity, em.create(CharterAmendmentEntity, amendment))).id;
  }

  private amendmentQuery(where: string): string {
    return `select a.id, a.version_id as "versionId", a.section_key as "sectionKey", a.proposed_text as "proposedText", a.rationale, a.status,
                   a.decision_reason as "decisionReason", a.author_id as "authorId", au.display_name as "authorName",
                   a.decided_by as "decidedBy", de.display_name as "deciderName", a.created_at as "createdAt", a.decided_at as "decidedAt"
              from charter_amendments a join users au on au.id = a.author_id left join users de on de.id = a.decided_by
             where ${where} order by a.created_at, a.id`;
  }

  listAmendments(em: EntityManager, versionId: string): Promise<AmendmentRow[]> {
    return em.query<AmendmentRow[]>(this.amendmentQuery('a.version_id = $1'), [versionId]);
  }

  async findAmendment(em: EntityManager, processId: string, id: string): Promise<AmendmentRow | null> {
    const rows = await em.query<AmendmentRow[]>(this.amendmentQuery('a.process_id = $1 and a.id = $2'), [processId, id]);
    return rows[0] ?? null;
  }

  /** Decides an open amendment; false if someone decided it first. */
  async decide(
    em: EntityManager,
    id: string,
    status: Exclude<AmendmentStatus, 'open'>,
    reason: string | null,
    deciderId: string,
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(CharterAmendmentEntity)
      .set({ status, decisionReason: reason, decidedBy: deciderId, decidedAt: () => 'now()' })
      .where("id = :id and status = 'open'", { id })
      .execute();
    return result.affected === 1;
  }

  /** false when this person already declined this version. */
  async insertDecline(
    em: EntityManager,
    decline: Pick<CharterDeclineEntity, 'workspaceId' | 'processId' | 'versionId' | 'userId' | 'reason'>,
  ): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      `insert into charter_declines (workspace_id, process_id, version_id, user_id, reason) values ($1, $2, $3, $4, $5)
       on conflict do nothing returning id`,
      [decline.workspaceId, decline.processId, decline.versionId, decline.userId, decline.reason],
    );
    return rows.length > 0;
  }

  /** Each active participant with their signature or refusal of the version, in one statement. */
  board(em: EntityManager, processId: string, versionId: string): Promise<BoardRow[]> {
    return em.query<BoardRow[]>(
      `select m.user_id as "userId", u.display_name as "displayName", m.role, g.name as "groupName", m.alternate_for as "alternateFor",
              case when s.signer_id <> s.on_behalf_of then su.display_name end as "signedBy", s.signed_at as "signedAt",
              d.reason as "declineReason", d.created_at as "declinedAt", d.id is not null as declined
         from process_members m
         join users u on u.id = m.user_id
         left join stakeholder_groups g on g.id = m.stakeholder_group_id
         left join charter_signatures s on s.version_id = $2 and s.on_behalf_of = m.user_id
         left join users su on su.id = s.signer_id
         left join charter_declines d on d.version_id = $2 and d.user_id = m.user_id
        where m.process_id = $1 and m.role = 'participant'
        order by g.position nulls last, lower(u.display_name), u.id`,
      [processId, versionId],
    );
  }
}
