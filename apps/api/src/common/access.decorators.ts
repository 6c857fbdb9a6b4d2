import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Action } from '@common-ground/domain';
import type { Request } from 'express';
import type { RequestContext } from './request-context';

export const PERMISSION_KEY = 'cg:permission';
export const PUBLIC_KEY = 'cg:public';

/** The action of the permission matrix this route performs; the global guard enforces it. */
export const Permission = (action: Action) => SetMetadata(PERMISSION_KEY, action);

/** Open to anyone, signed in or not. Every route is either @Public() or has a @Permission(). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The actor, their grants and the request's tenant-scoped transaction. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<Request>();
  if (!request.cg) throw new Error('No request context: the route is public or the guard did not run');
  return request.cg;
});
