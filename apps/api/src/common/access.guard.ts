import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Reflector } from '@nestjs/core';
import { type Action, actionScope, can, DomainError, DomainErrorCode, type Grants, type ProcessRole, type WorkspaceRole } from '@common-ground/domain';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { Db } from '../database/db.service';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { verifyCsrf } from './csrf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Default deny: the one global guard. A route runs only if it is @Public() or declares a @Permission()
 * that the matrix grants to the person's roles in that workspace or process. Outside one's workspace
 * everything is 404; a process one cannot see is 404; a visible thing one may not change is 403.
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
      if (workspaceId) {
        grants = await this.grantsOf(transaction.manager, workspaceId, processId, actor.id);
        if (!grants.workspaceRole) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such workspace.');
        if (scope === 'process' && !can(grants, 'process.view')) throw new DomainError(DomainErrorCode.NOT_FOUND, 'No such process.');
        if (!can(grants, permission)) throw new DomainError(DomainErrorCode.FORBIDDEN, 'Your role does not allow this.');
      }
      request.cg = { actor, workspaceId, processId, grants, em: transaction.manager, audit: [], origin: this.config.publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}` };
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

  private async grantsOf(
    manager: EntityManager,
    workspaceId: string,
    processId: string | null,
    userId: string,
  ): Promise<Grants> {
    const rows = await manager.query<{ workspace_role: WorkspaceRole; process_role: ProcessRole | null }[]>(
      `select wm.role as workspace_role, pm.role as process_role
         from workspace_members wm
         left join process_members pm on pm.process_id = $3 and pm.user_id = wm.user_id
        where wm.workspace_id = $1 and wm.user_id = $2`,
      [workspaceId, userId, processId],
    );
    const row = rows[0];
    return row ? { workspaceRole: row.workspace_role, processRole: row.process_role } : {};
  }
}
