import fs from 'node:fs';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { catchError, concatMap, type Observable } from 'rxjs';
import { AUDIT_EXEMPT_KEY } from '../audit/audit-exempt.decorator';
import { AuditService } from '../audit/audit.service';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The route as the OpenAPI document names it: `POST /api/v1/workspaces/{workspaceId}`. */
export function routeKey(request: Request): string {
  const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
  return `${request.method} ${route.replace(/:(\w+)/g, '{$1}')}`;
}

/**
 * Commits the guard's transaction before the response is sent, or rolls it back on any error. Just before
 * the commit it appends the request's audit events to the workspace's chain. A guarded write that recorded
 * none fails (and rolls back), so an unaudited write route shows up at its first call.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  /** Test runs only: where each successful audited write route is noted, for the suite's coverage check. */
  private readonly coverageLog = process.env.CG_TEST_AUDIT_LOG;

  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        const transaction = request.cgTransaction;
        const ctx = request.cg;
        if (transaction && ctx && !READS.has(request.method)) {
          // Account routes record to the person's own security log instead of a workspace's chain.
          if (ctx.audit.length === 0 && !ctx.accountEvents?.length) {
            const exempt = this.reflector.getAllAndOverride<string | undefined>(AUDIT_EXEMPT_KEY, [
              context.getHandler(),
              context.getClass(),
            ]);
            if (!exempt)
              throw new Error(`${routeKey(request)} changed data but recorded no audit event: call recordAudit() in its service`);
            // An exempt route names its reason in code; for the suite's coverage check it has been called.
            if (this.coverageLog) fs.appendFileSync(this.coverageLog, `${routeKey(request)}\n`);
          } else {
            await this.audit.flush(transaction.manager, ctx);
            if (this.coverageLog) fs.appendFileSync(this.coverageLog, `${routeKey(request)}\n`);
          }
        }
        await transaction?.commit();
        return value;
      }),
      catchError(async (error: unknown) => {
        await request.cgTransaction?.rollback();
        throw error;
      }),
    );
  }
}
