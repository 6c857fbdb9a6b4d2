import { Injectable } from '@nestjs/common';
import { can, CHARTER_SECTIONS, DomainError, DomainErrorCode, invalidInput, withholdsNames } from '@common-ground/domain';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { processOf, type RequestContext } from '../common/request-context';
import { AuditRepository } from '../audit/audit.repository';
import { recordAudit } from '../audit/record-audit';
import { ProcessesRepository } from '../processes/processes.repository';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import { documentLocale, translator } from '../documents/document-messages';
import { PdfPrinter } from '../documents/pdf-printer';
import { type CharterEvent, charterDocument } from './charter-document';
import { CharterFeedbackRepository } from './charter-feedback.repository';
import { ChartersRepository } from './charters.repository';
import { ChartersService } from './charters.service';
import type { CharterBoardDto, DeclineCharterDto, RatificationRuleDto } from './dto/charter.dto';

function charterEvent(objectType: string, action: string, number: number): CharterEvent {
  if (objectType === 'charter_signature') return { kind: 'signed' };
  if (objectType === 'charter_decline') return { kind: 'declined' };
  return { kind: 'version', action, number };
}

/** Who has signed, who declined (and why, for conveners and facilitators), the rule, and the PDF. */
@Injectable()
export class CharterBoardService {
  constructor(
    private readonly charters: ChartersRepository,
    private readonly feedback: CharterFeedbackRepository,
    private readonly versions: ChartersService,
    private readonly processRows: ProcessesRepository,
    private readonly agreements: AgreementsRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditRepository,
    private readonly printer: PdfPrinter,
  ) {}

  async decline(ctx: RequestContext, versionId: string, dto: DeclineCharterDto): Promise<void> {
    const { target } = await this.versions.loadForSigning(ctx, versionId);
    const saved = await this.feedback.insertDecline(ctx.em, {
      workspaceId: target.workspaceId,
      processId: target.processId,
      versionId: target.id,
      userId: ctx.actor.id,
      reason: dto.reason.trim(),
    });
    if (!saved) throw new DomainError(DomainErrorCode.ALREADY_SIGNED, 'You already declined this version.');
    recordAudit(ctx, { objectType: 'charter_decline', action: 'declined', objectId: target.id, payload: { versionId: target.id } });
  }

  async board(ctx: RequestContext, versionId: string): Promise<CharterBoardDto> {
    const target = await this.versions.load(ctx, versionId);
    const rows = await this.feedback.board(ctx.em, target.processId, target.id);
    // Reasons for declining are for those who run the process, not for the other participants.
    const seesReasons = can(ctx.grants, 'charter.declines.view');
    return {
      ratification: await this.versions.ratificationFor(ctx, processOf(ctx), target.id),
      rows: rows.map((row) => ({
        userId: row.userId,
        displayName: row.displayName,
        role: row.role,
        group: row.groupName,
        alternateFor: row.alternateFor,
        signedBy: row.signedBy,
        status: row.signedAt ? 'signed' : row.declined ? 'declined' : 'pending',
        signedAt: row.signedAt ? new Date(row.signedAt).toISOString() : null,
        declineReason: seesReasons ? row.declineReason : null,
      })),
    };
  }

  async setRule(ctx: RequestContext, dto: RatificationRuleDto): Promise<RatificationRuleDto> {
    if (dto.shareNumerator > dto.shareDenominator) {
      throw invalidInput('ratificationShareTooHigh', 'The share cannot be more than all active participants.', 'shareNumerator');
    }
    const process = processOf(ctx);
    await this.processRows.setRatificationRule(ctx.em, process.id, dto);
    recordAudit(ctx, { objectType: 'charter_rule', action: 'set', objectId: process.id, payload: { ...dto } });
    return dto;
  }

  async pdf(ctx: RequestContext, versionId: string): Promise<{ file: Buffer; name: string }> {
    const target = await this.versions.load(ctx, versionId);
    const process = processOf(ctx);
    const [workspace, signatures, roster, mode, board] = await Promise.all([
      this.workspaces.find(ctx.em, process.workspaceId),
      this.charters.listSignatures(ctx.em, target.id),
      this.feedback.board(ctx.em, process.id, target.id),
      this.agreements.defaultMode(ctx.em, process.id),
      this.board(ctx, versionId),
    ]);
    // A signer's group; null when they sign for no group (or are no longer on the list).
    const groupOf = new Map(roster.map((row) => [row.userId, row.groupName]));
    // The audit page reads the trail: who drafted, proposed, withdrew, adopted, signed and declined, and when.
    const trail = await this.audit.concerning(
      ctx.em,
      process.workspaceId,
      process.id,
      ['charter_version', 'charter_signature', 'charter_decline'],
      target.id,
    );
    const locale = documentLocale(process.language);
    const document = charterDocument(
      {
        locale,
        timeZone: process.timezone,
        processTitle: process.title,
        workspaceName: workspace?.name ?? '',
        versionNumber: target.number,
        status: target.status,
        adoptedAt: target.adoptedAt,
        contentHash: target.contentHash,
        sections: CHARTER_SECTIONS.filter((section) => (target.content.sections[section.key] ?? '').trim() !== '').map((section) => ({
          key: section.key,
          text: target.content.sections[section.key] as string,
        })),
        participants: roster.map((row) => row.displayName),
        consentStatement: target.content.consentStatement,
        signatureDisclosure: withholdsNames(mode) ? 'groups_only' : 'names',
        signatures: signatures.map((signature) => ({
          name: signature.signerName,
          group: groupOf.get(signature.onBehalfOf) ?? null,
          signedAt: signature.signedAt,
          contentHash: signature.contentHash,
        })),
        ratification: target.status === 'adopted' ? board.ratification : null,
        auditTrail: trail
          .filter((row) => row.action !== 'edited')
          .map((row) => ({
            at: new Date(row.occurredAt),
            event: charterEvent(row.objectType, row.action, target.number),
            actor: row.actorName,
          })),
        generatedAt: new Date(),
      },
      translator(locale),
    );
    const file = await this.printer.print(document);
    return { file, name: `charter-v${target.number}.pdf` };
  }
}
