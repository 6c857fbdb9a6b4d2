import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Reflector } from '@nestjs/core';
import {
  type Action,
  actionScope,
  can,
  DomainError,
  DomainErrorCode,
  type Grants,
  isReadOnly,
  mustEnrolTwoFactor,
  type ProcessRole,
  type WorkspaceRole,
  writes,
} from '@common-ground/domain';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { Db } from '../database/db.service';
import type { ProcessEntity } from '../processes/process.entity';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { verifyCsrf } from './csrf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Default deny: the one global guard. A route runs only if it is @Public() or declares a @Permission()
 * that the matrix grants to the person's roles in that workspace or process. Outside one's workspace
 * everything is 404 (a process of another workspace too); a process one cannot see is 404; a visible
 * thing one may not change is 403; a write on a read-only (archived) process is 409 PROCESS_ARCHIVED.
 * The roles and the process are read in one statement and handed to the handler on the request context.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true;
    const action = this.reflector.getAllAndOverride<Action | undefined>(PERMISSION_KEY, targets);
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();

    if (!isPublic && !action) {
      this.logger.error(`${request.method} ${request.path} declares no permission: denied`);
      throw new DomainError(DomainErrorCode.FORBIDDEN, 'This route declares no permission.');
    }
    verifyCsrf(request);
    if (isPublic) return true;
    const permission = action as Action;

    const actor = request.user;
    if (!actor) throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Sign in to continue.');

    const scope = actionScope(permission);
    const workspaceId = scope === 'user' ? null : this.idParam(request, 'workspaceId');
    const processId = scope === 'process' ? this.idParam(request, 'processId') : null;

    const transaction = await this.db.begin({ workspaceId, userId: actor.id });
    response.once('close', () => void transaction.rollback());
    request.cgTransaction = transaction;
    try {
      let grants: Grants = {};
      let process: ProcessEntity | null = null;
      if (workspaceId) {
        let twoFactor: TwoFactorFacts;
        ({ grants, process, twoFactor } = await this.grantsOf(transaction.manager, workspaceId, processId, actor.id));
        if (!grants.workspaceRole) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such workspace.');
        if (mustEnrolTwoFactor(twoFactor)) {
          throw new DomainError(
            DomainErrorCode.TWO_FACTOR_REQUIRED,
            'This workspace requires two-factor sign-in of its conveners and facilitators. Turn it on under Account, Two-factor sign-in, then come back.',
            undefined,
            { enrolPath: '/account/two-factor' },
          );
        }
        if (scope === 'process' && (!process || !can(grants, 'process.view')))
          throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such process.');
        if (!can(grants, permission)) throw new DomainError(DomainErrorCode.FORBIDDEN, 'Your role does not allow this.');
        if (process && writes(permission) && isReadOnly(process.status)) {
          throw new DomainError(DomainErrorCode.PROCESS_ARCHIVED, 'This process is archived: it is a read-only record.');
        }
      }
      request.cg = {
        actor,
        workspaceId,
        processId,
        process,
        grants,
        em: transaction.manager,
        audit: [],
        accountEvents: [],
        origin: this.config.publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`,
      };
      return true;
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
  }

  private idParam(request: Request, name: 'workspaceId' | 'processId'): string {
    const value = request.params[name];
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No such ${name === 'workspaceId' ? 'workspace' : 'process'}.`);
    }
    return value.toLowerCase();
  }

  /**
   * The person's workspace and process roles and, for a process route, the process row, in one
   * statement. The process is looked up inside the workspace of the URL: one of another workspace is
   * not found (and the transaction's row-level security would hide it anyway).
   */
  private async grantsOf(
    manager: EntityManager,
    workspaceId: string,
    processId: string | null,
    userId: string,
  ): Promise<{ grants: Grants; process: ProcessEntity | null; twoFactor: TwoFactorFacts }> {
    // The two-factor facts cost two index probes, and only in a workspace that requires it of its leads.
    const rows = await manager.query<(GrantsRow & Partial<ProcessEntity>)[]>(
      `select wm.role as workspace_role, pm.role as process_role, w.require_two_factor_for_leads as requires_two_factor,
              w.require_two_factor_for_leads and exists (
                select 1 from process_members lm where lm.workspace_id = wm.workspace_id and lm.user_id = wm.user_id
                   and lm.role in ('convener', 'facilitator')) as leads_a_process,
              w.require_two_factor_for_leads and exists (
                select 1 from user_two_factor tf where tf.user_id = wm.user_id and tf.enabled_at is not null) as two_factor_on,
              p.id, p.workspace_id as "workspaceId", p.title, p.purpose, p.level, p.wheel_areas as "wheelAreas",
              p.ownership_target as "ownershipTarget", p.timezone, p.language, p.phase, p.status, p.version,
              p.ratification_share_numerator as "ratificationShareNumerator",
              p.ratification_share_denominator as "ratificationShareDenominator",
              p.ratification_every_indispensable as "ratificationEveryIndispensable",
              p.created_by as "createdBy", p.created_at as "createdAt", p.updated_at as "updatedAt", p.archived_at as "archivedAt"
         from workspace_members wm
         join workspaces w on w.id = wm.workspace_id
         left join processes p on p.id = $3 and p.workspace_id = wm.workspace_id
         left join process_members pm on pm.process_id = p.id and pm.user_id = wm.user_id
        where wm.workspace_id = $1 and wm.user_id = $2`,
      [workspaceId, userId, processId],
    );
    const row = rows[0];
    if (!row) return { grants: {}, process: null, twoFactor: { workspaceRequires: false, leadsAProcess: false, enrolled: false } };
    const {
      workspace_role: workspaceRole,
      process_role: processRole,
      requires_two_factor: workspaceRequires,
      leads_a_process: leadsAProcess,
      two_factor_on: enrolled,
      ...process
    } = row;
    return {
      grants: { workspaceRole, processRole },
      process: process.id ? (process as ProcessEntity) : null,
      twoFactor: { workspaceRequires, leadsAProcess, enrolled },
    };
  }
}

interface GrantsRow {
  workspace_role: WorkspaceRole;
  process_role: ProcessRole | null;
  requires_two_factor: boolean;
  leads_a_process: boolean;
  two_factor_on: boolean;
}

type TwoFactorFacts = Parameters<typeof mustEnrolTwoFactor>[0];
