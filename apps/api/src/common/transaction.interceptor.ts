import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, concatMap, type Observable } from 'rxjs';

/** Commits the guard's transaction before the response is sent, or rolls it back on any error. */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        await request.cgTransaction?.commit();
        return value;
      }),
      catchError(async (error: unknown) => {
        await request.cgTransaction?.rollback();
        throw error;
      }),
    );
  }
}
