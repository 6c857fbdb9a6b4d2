import { Injectable } from '@nestjs/common';
import {
  assertMaySign,
  CHARTER_SECTIONS,
  type CharterContent,
  contentHash,
  DomainError,
  DomainErrorCode,
  evaluateRatification,
  isEditable,
  nextVersionStatus,
  type CharterVersionEvent,
} from '@common-ground/domain';
import { versionConflict } from '../common/db/conflict';
import { processOf, type RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/record-audit';
import { notifyCharterSigned, notifyCharterToSign } from '../notifications/producers';
import { processContent } from '../process-content/process-content';
import type { ProcessEntity } from '../processes/process.entity';
import type { CharterVersionEntity } from './charter-version.entity';
import { ChartersRepository } from './charters.repository';
import type {
  CharterOverviewDto,
  CharterSignatureDto,
  CharterSignatureListDto,
  CharterVerificationDto,
  CharterVersionDto,
  CharterVersionSummaryDto,
  RatificationDto,
  UpdateCharterVersionDto,
} from './dto/charter.dto';

const summary = (row: CharterVersionEntity): CharterVersionSummaryDto => ({
  id: row.id,
  number: row.number,
  status: row.status,
  contentHash: row.contentHash,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  adoptedAt: row.adoptedAt?.toISOString() ?? null,
});

const full = (row: CharterVersionEntity): CharterVersionDto => ({ ...summary(row), content: row.content, basedOn: row.basedOn });

/** The template, in the process's language: every component of Lesson 11's terms of reference, with what to agree on. */
function templateContent(language: string, number: number): CharterContent {
  const content = processContent(language);
  return {
    sections: Object.fromEntries(CHARTER_SECTIONS.map((section) => [section.key, content.sectionTemplate[section.key]])),
    consentStatement: content.consentStatement(number),
    alternatesMaySign: false,
  };
}

/** The process as the notifications name it. */
export function processFacts(ctx: RequestContext): { workspaceId: string; processId: string; processTitle: string } {
  const process = processOf(ctx);
  return { workspaceId: process.workspaceId, processId: process.id, processTitle: process.title };
}

const MOVED = { propose: 'proposed', withdraw: 'withdrawn', adopt: 'adopted' } as const;

@Injectable()
export class ChartersService {
  constructor(private readonly charters: ChartersRepository) {}

  async overview(ctx: RequestContext): Promise<CharterOverviewDto> {
    const process = processOf(ctx);
    const versions = await this.charters.listVersions(ctx.em, process.id);
    const adopted = versions.find((version) => version.status === 'adopted');
    return { versions: versions.map(summary), ratification: adopted ? await this.ratificationFor(ctx, process, adopted.id) : null };
  }

  async get(ctx: RequestContext, versionId: string): Promise<CharterVersionDto> {
    return full(await this.load(ctx, versionId));
  }

  async startDraft(ctx: RequestContext, fromVersionId: string | undefined): Promise<CharterVersionDto> {
    const process = processOf(ctx);
    const number = await this.charters.nextNumber(ctx.em, process.id);
    const source = fromVersionId ? await this.load(ctx, fromVersionId) : null;
    const draft = await this.charters.insertDraft(ctx.em, {
      workspaceId: process.workspaceId,
      processId: process.id,
      number,
      content: source ? source.content : templateContent(process.language, number),
      basedOn: source?.id ?? null,
      createdBy: ctx.actor.id,
    });
    if (!draft)
      throw new DomainError(
        DomainErrorCode.CHARTER_STATE_INVALID,
        'The process already has a draft or a proposal; finish or withdraw it first.',
      );
    recordAudit(ctx, {
      objectType: 'charter_version',
      action: 'drafted',
      objectId: draft.id,
      payload: { versionId: draft.id, number, basedOn: draft.basedOn ?? null },
    });
    return full(draft);
  }

  async edit(ctx: RequestContext, versionId: string, dto: UpdateCharterVersionDto): Promise<CharterVersionDto> {
    const current = await this.load(ctx, versionId);
    if (!isEditable(current.status)) {
      throw new DomainError(
        DomainErrorCode.CHARTER_STATE_INVALID,
        `A ${current.status} version cannot be edited; start a new draft from it.`,
      );
    }
    const content: CharterContent = {
      sections: { ...dto.content.sections },
      consentStatement: dto.content.consentStatement,
      alternatesMaySign: dto.content.alternatesMaySign,
    };
    await this.changeIfCurrent(ctx, current, dto.version, { content });
    recordAudit(ctx, {
      objectType: 'charter_version',
      action: 'edited',
      objectId: versionId,
      payload: {
        versionId,
        sections: Object.keys(content.sections).sort(),
        version: dto.version + 1,
        contentHash: await contentHash(content),
      },
    });
    return this.get(ctx, versionId);
  }

  /** propose fixes the hash; withdraw returns to draft; adopt supersedes the version in force. */
  async move(
    ctx: RequestContext,
    versionId: string,
    event: Exclude<CharterVersionEvent, 'supersede'>,
    version: number,
  ): Promise<CharterVersionDto> {
    const current = await this.load(ctx, versionId);
    const status = nextVersionStatus(current.status, event);
    if (event === 'adopt') {
      const inForce = await this.charters.findAdopted(ctx.em, current.processId);
      if (inForce) {
        await this.charters.supersede(ctx.em, inForce.id);
        recordAudit(ctx, {
          objectType: 'charter_version',
          action: 'superseded',
          objectId: inForce.id,
          payload: { versionId: inForce.id, supersededBy: current.id, status: 'superseded' },
        });
      }
    }
    const hash = event === 'withdraw' ? null : await contentHash(current.content);
    await this.changeIfCurrent(ctx, current, version, {
      status,
      contentHash: hash,
      ...(event === 'adopt' ? { adoptedAt: new Date() } : {}),
    });
    recordAudit(ctx, {
      objectType: 'charter_version',
      action: MOVED[event],
      objectId: versionId,
      payload: { versionId, from: current.status, to: status, version: version + 1, contentHash: hash },
    });
    if (event === 'adopt') await notifyCharterToSign(ctx.em, processFacts(ctx), { id: current.id, number: current.number }, ctx.actor.id);
    return this.get(ctx, versionId);
  }

  /**
   * The version the signed-in person may sign or decline — adopted, current, not signed yet for that
   * participant — and whom the signature counts for: themselves, or, as an alternate the charter allows,
   * the participant they stand in for.
   */
  async loadForSigning(
    ctx: RequestContext,
    versionId: string,
    onBehalfOf?: string,
  ): Promise<{ target: CharterVersionEntity; principal: string }> {
    const target = await this.load(ctx, versionId);
    const me = await this.charters.participantRow(ctx.em, target.processId, ctx.actor.id);
    const principal = onBehalfOf ?? ctx.actor.id;
    const forOther = principal !== ctx.actor.id;
    if (forOther && me?.alternateFor !== principal) {
      throw new DomainError(DomainErrorCode.NOT_ACTIVE_PARTICIPANT, 'You are not the alternate of this participant.', 'onBehalfOf');
    }
    assertMaySign({
      versionStatus: target.status,
      versionIsCurrent: target.status === 'adopted',
      signerIsActiveParticipant: me !== null && (forOther || me.alternateFor === null),
      alreadySigned: await this.charters.hasSigned(ctx.em, target.id, principal),
      onBehalfOfOther: forOther,
      alternatesMaySign: target.content.alternatesMaySign,
    });
    return { target, principal };
  }

  async sign(ctx: RequestContext, versionId: string, onBehalfOf?: string): Promise<CharterSignatureDto> {
    const { target, principal } = await this.loadForSigning(ctx, versionId, onBehalfOf);
    const signature = await this.charters.insertSignature(ctx.em, {
      workspaceId: target.workspaceId,
      processId: target.processId,
      versionId: target.id,
      signerId: ctx.actor.id,
      onBehalfOf: principal,
      contentHash: target.contentHash as string,
      consentStatement: target.content.consentStatement,
    });
    if (!signature) throw new DomainError(DomainErrorCode.ALREADY_SIGNED, 'This version has already been signed for this participant.');
    recordAudit(ctx, {
      objectType: 'charter_signature',
      action: 'signed',
      objectId: signature.id,
      payload: { versionId: target.id, onBehalfOf: principal, contentHash: signature.contentHash },
    });
    await notifyCharterSigned(ctx.em, processFacts(ctx), { id: signature.id, versionNumber: target.number }, ctx.actor);
    return { ...this.signatureDto(signature, ctx.actor.displayName) };
  }

  async signatures(ctx: RequestContext, versionId: string): Promise<CharterSignatureListDto> {
    const target = await this.load(ctx, versionId);
    return { items: (await this.charters.listSignatures(ctx.em, target.id)).map((row) => this.signatureDto(row, row.signerName)) };
  }

  /** Anyone who may read the charter can check that the stored text still hashes to what was signed. */
  async verify(ctx: RequestContext, versionId: string): Promise<CharterVerificationDto> {
    const target = await this.load(ctx, versionId);
    const recomputed = await contentHash(target.content);
    const signatures = await this.charters.listSignatures(ctx.em, target.id);
    return {
      storedHash: target.contentHash,
      recomputedHash: recomputed,
      matches: target.contentHash === recomputed,
      signaturesMatching: signatures.filter((signature) => signature.contentHash === recomputed).length,
      signatures: signatures.length,
    };
  }

  /** The ratification of one version under the process's rule. */
  async ratificationFor(ctx: RequestContext, process: ProcessEntity, adoptedId: string): Promise<RatificationDto> {
    const rule = {
      everyIndispensableGroup: process.ratificationEveryIndispensable,
      shareNumerator: process.ratificationShareNumerator,
      shareDenominator: process.ratificationShareDenominator,
    };
    const facts = await this.charters.ratificationFacts(ctx.em, process.id);
    const signatures = await this.charters.listSignatures(ctx.em, adoptedId);
    const result = evaluateRatification(rule, {
      activeParticipants: facts.participants,
      indispensableGroups: facts.indispensable,
      signedFor: signatures.map((signature) => signature.onBehalfOf),
    });
    return { ...result, ...rule };
  }

  /** A version of this process's charter, or 404. */
  async load(ctx: RequestContext, versionId: string): Promise<CharterVersionEntity> {
    const process = processOf(ctx);
    const version = await this.charters.findVersion(ctx.em, process.id, versionId);
    if (!version) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such charter version.');
    return version;
  }

  private async changeIfCurrent(
    ctx: RequestContext,
    current: CharterVersionEntity,
    version: number,
    changes: Parameters<ChartersRepository['updateIfCurrent']>[3],
  ): Promise<void> {
    if (current.version !== version || !(await this.charters.updateIfCurrent(ctx.em, current.id, version, changes))) {
      const latest = await this.load(ctx, current.id);
      throw versionConflict(
        'Someone changed this charter version since you loaded it; nothing of yours was saved over theirs.',
        full(latest),
      );
    }
  }

  private signatureDto(
    row: { id: string; signerId: string; onBehalfOf: string; contentHash: string; consentStatement: string; signedAt: Date },
    signerName: string,
  ): CharterSignatureDto {
    return {
      id: row.id,
      signerId: row.signerId,
      signerName,
      onBehalfOf: row.onBehalfOf,
      contentHash: row.contentHash,
      consentStatement: row.consentStatement,
      signedAt: row.signedAt.toISOString(),
    };
  }
}
