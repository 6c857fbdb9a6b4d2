import { Injectable } from '@nestjs/common';
import { can, CHARTER_SECTIONS, DomainError, DomainErrorCode, ROLE_LABELS, withholdsNames, invalidInput } from '@common-ground/domain';
import { AgreementsRepository } from '../agreements/agreements.repository';
import { processOf, type RequestContext } from '../common/request-context';
import { AuditRepository } from '../audit/audit.repository';
import { recordAudit } from '../audit/record-audit';
import { ProcessesRepository } from '../processes/processes.repository';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import { renderCharterPdf } from './charter-pdf';
import { CharterFeedbackRepository } from './charter-feedback.repository';
import { ChartersRepository } from './charters.repository';
import { ChartersService } from './charters.service';
import type { CharterBoardDto, DeclineCharterDto, RatificationRuleDto } from './dto/charter.dto';

/** The representatives, taken from the process's participant list rather than retyped; a count when names are withheld. */
function participantList(names: string[], withhold: boolean): string {
  if (names.length === 0) return 'No active participants yet.';
  if (withhold)
    return `${names.length} active participant${names.length === 1 ? '' : 's'} (names withheld under the process's confidentiality regime).`;
  return names.join('\n');
}

/** Who has signed, who declined (and why, for conveners and facilitators), the rule, and the PDF. */
const VERSION_EVENT_LABELS: Record<string, string> = {
  drafted: 'drafted',
  proposed: 'proposed',
  withdrawn: 'withdrawn',
  adopted: 'adopted',
  superseded: 'superseded',
};

function charterEventLabel(objectType: string, action: string, number: number): string {
  if (objectType === 'charter_signature') return 'Signed';
  if (objectType === 'charter_decline') return 'Declined to sign';
  return `Version ${number} ${VERSION_EVENT_LABELS[action] ?? action}`;
}

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
    const roleOf = new Map(
      roster.map((row) => [row.userId, row.groupName ?? ROLE_LABELS[row.role as keyof typeof ROLE_LABELS] ?? row.role]),
    );
    // The audit page reads the trail: who drafted, proposed, withdrew, adopted, signed and declined, and when.
    const trail = await this.audit.concerning(
      ctx.em,
      process.workspaceId,
      process.id,
      ['charter_version', 'charter_signature', 'charter_decline'],
      target.id,
    );
    const events = trail
      .filter((row) => row.action !== 'edited')
      .map((row) => ({
        at: new Date(row.occurredAt),
        event: charterEventLabel(row.objectType, row.action, target.number),
        actor: row.actorName,
      }));
    const file = await renderCharterPdf({
      processTitle: process.title,
      workspaceName: workspace?.name ?? '',
      versionNumber: target.number,
      status: target.status,
      adoptedAt: target.adoptedAt,
      contentHash: target.contentHash,
      sections: [
        ...CHARTER_SECTIONS.filter((section) => (target.content.sections[section.key] ?? '').trim() !== '').map((section) => ({
          label: section.label,
          text: target.content.sections[section.key] as string,
        })),
        {
          label: 'Participants (from the participant list)',
          text: participantList(
            roster.map((row) => row.displayName),
            withholdsNames(mode),
          ),
        },
      ],
      consentStatement: target.content.consentStatement,
      signatureDisclosure: withholdsNames(mode) ? 'groups_only' : 'names',
      signatures: signatures.map((signature) => ({
        name: signature.signerName,
        group: roleOf.get(signature.onBehalfOf) ?? 'Participant',
        signedAt: signature.signedAt,
        contentHash: signature.contentHash,
      })),
      ratification: target.status === 'adopted' ? board.ratification : null,
      auditTrail: events,
      generatedAt: new Date(),
    });
    return { file, name: `charter-v${target.number}.pdf` };
  }
}
