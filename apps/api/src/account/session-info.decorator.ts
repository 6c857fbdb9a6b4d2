import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { deviceDescription } from '@common-ground/domain';
import type { Request } from 'express';

/** The request's own session (its store id, never sent out) and a description of its browser. */
export interface SessionInfo {
  sid: string | null;
  device: string;
  /** Where the request came from, only to throttle; hashed before it is stored and never kept past the window. */
  address: string;
}

export function sessionInfoOf(request: Request): SessionInfo {
  return {
    sid: request.user ? request.sessionID : null,
    device: deviceDescription(request.get('user-agent')),
    address: request.ip ?? 'unknown',
  };
}

export const Session = createParamDecorator((_data: unknown, context: ExecutionContext): SessionInfo =>
  sessionInfoOf(context.switchToHttp().getRequest<Request>()),
);
