import { Injectable } from '@nestjs/common';
import type { CharterContent, CharterVersionStatus } from '@common-ground/domain';
import type { EntityManager } from 'typeorm';
import { CharterSignatureEntity } from './charter-signature.entity';
import { CharterVersionEntity } from './charter-version.entity';

export interface SignatureRow extends CharterSignatureEntity {
  signerName: string;
}

@Injectable()
export class ChartersRepository {
  listVersions(em: EntityManager, processId: string): Promise<CharterVersionEntity[]> {
    return em.find(CharterVersionEntity, {
      where: { processId },
      order: { number: 'DESC' },
      select: { id: true, number: true, status: true, contentHash: true, version: true, updatedAt: true, adoptedAt: true },
    });
  }

  findVersion(em: EntityManager, processId: string, id: string): Promise<CharterVersionEntity | null> {
    return em.findOne(CharterVersionEntity, { where: { processId, id } });
  }

  findAdopted(em: EntityManager, processId: string): Promise<CharterVersionEntity | null> {
    return em.findOne(CharterVersionEntity, { where: { processId, status: 'adopted' } });
  }

  async nextNumber(em: EntityManager, processId: string): Promise<number> {
    const rows = await em.query<{ next: number }[]>(
      'select coalesce(max(number), 0) + 1 as next from charter_versions where process_id = $1',
      [processId],
    );
    return Number(rows[0].next);
  }

  /** null when the process already has a draft or proposal (a partial unique index decides, race-free). */
  async insertDraft(
    em: EntityManager,
    draft: Pick<CharterVersionEntity, 'workspaceId' | 'processId' | 'number' | 'content' | 'basedOn' | 'createdBy'>,
  ): Promise<CharterVersionEntity | null> {
    const rows = await em.query<{ id: string }[]>(
      `insert into charter_versions (workspace_id, process_id, number, content, based_on, created_by)
       values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning id`,
      [draft.workspaceId, draft.processId, draft.number, JSON.stringify(draft.content), draft.basedOn, draft.createdBy],
    );
    return rows[0] ? this.findVersion(em, draft.processId, rows[0].id) : null;
  }

  /** Applies the change only at `version`; false when someone else changed the version first. */
  async updateIfCurrent(
    em: EntityManager,
    id: string,
    version: number,
    changes: { content?: CharterContent; status?: CharterVersionStatus; contentHash?: string | null; adoptedAt?: Date },
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(CharterVersionEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id and version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async supersede(em: EntityManager, id: string): Promise<void> {
    await em.update(CharterVersionEntity, { id, status: 'adopted' }, { status: 'superseded', version: () => 'version + 1' });
  }

  /** false when this version was already signed for that person. */
  async insertSignature(
    em: EntityManager,
    signature: Omit<CharterSignatureEntity, 'id' | 'signedAt'>,
  ): Promise<CharterSignatureEntity | null> {
    const rows = await em.query<{ id: string }[]>(
      `insert into charter_signatures (workspace_id, process_id, version_id, signer_id, on_behalf_of, content_hash, consent_statement)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing returning id`,
      [
        signature.workspaceId,
        signature.processId,
        signature.versionId,
        signature.signerId,
        signature.onBehalfOf,
        signature.contentHash,
        signature.consentStatement,
      ],
    );
    return rows[0] ? em.findOneBy(CharterSignatureEntity, { id: rows[0].id }) : null;
  }

  async hasSigned(em: EntityManager, versionId: string, onBehalfOf: string): Promise<boolean> {
    return (await em.countBy(CharterSignatureEntity, { versionId, onBehalfOf })) > 0;
  }

  async listSignatures(em: EntityManager, versionId: string): Promise<SignatureRow[]> {
    const rows = await em
      .createQueryBuilder(CharterSignatureEntity, 's')
      .innerJoin('s.signer', 'u')
      .addSelect('u.display_name', 'signer_name')
      .where('s.version_id = :versionId', { versionId })
      .orderBy('s.signed_at', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, index) =>
      Object.assign(entity, { signerName: (rows.raw[index] as { signer_name: string }).signer_name }),
    );
  }

  /** The participant row of a person: whether they take part as a participant, and whom they stand in for. */
  async participantRow(em: EntityManager, processId: string, userId: string): Promise<{ alternateFor: string | null } | null> {
    const rows = await em.query<{ alternateFor: string | null }[]>(
      `select alternate_for as "alternateFor" from process_members where process_id = $1 and user_id = $2 and role = 'participant'`,
      [processId, userId],
    );
    return rows[0] ?? null;
  }

  /** Active participants with the group they represent, and the indispensable groups, in one statement. */
  async ratificationFacts(
    em: EntityManager,
    processId: string,
  ): Promise<{ participants: { id: string; groupId: string | null }[]; indispensable: { id: string; name: string }[] }> {
    const rows = await em.query<
      { participants: { id: string; groupId: string | null }[] | null; indispensable: { id: string; name: string }[] | null }[]
    >(
      `select (select json_agg(json_build_object('id', user_id, 'groupId', stakeholder_group_id))
                 from process_members where process_id = $1 and role = 'participant' and alternate_for is null) as participants,
              (select json_agg(json_build_object('id', id, 'name', name) order by position)
                 from stakeholder_groups where process_id = $1 and indispensable) as indispensable`,
      [processId],
    );
    return { participants: rows[0].participants ?? [], indispensable: rows[0].indispensable ?? [] };
  }
}
