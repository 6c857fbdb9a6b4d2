import { randomUUID } from 'node:crypto';
import type { Action } from '@common-ground/domain';
import { ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY } from '../src/common/access.decorators';
import type { TestApp } from './harness';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

export interface Route {
  /** `METHOD path`, the path as Nest declares it (`v1/workspaces/:workspaceId/…`). */
  signature: string;
  method: string;
  path: string;
  declared: boolean;
  action: Action | undefined;
}

/** Every route the app serves, read from the controllers' metadata. */
export function routesOf(app: TestApp['app']): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = String(Reflect.getMetadata('path', type) ?? '').replace(/^\/|\/$/g, '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const path = Reflect.getMetadata('path', handler) as string | undefined;
        if (path === undefined) continue;
        const method = METHODS[Reflect.getMetadata('method', handler) as number];
        const full = [base, path.replace(/^\/|\/$/g, '')].filter(Boolean).join('/');
        const action = (Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, type)) as Action | undefined;
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) === true || Reflect.getMetadata(PUBLIC_KEY, type) === true;
        routes.push({ signature: `${method} ${full}`, method, path: full, declared: isPublic || action !== undefined, action });
      }
    }
  }
  return routes;
}

/**
 * The URL of a route with the given workspace and process, and a fresh id for every other parameter
 * (a number for `:number`): enough for requests the guard answers before any handler runs.
 */
export function urlOf(route: Route, workspaceId: string, processId: string): string {
  const path = route.path.replace(/:(\w+)/g, (_match, name: string) => {
    if (name === 'workspaceId') return workspaceId;
    if (name === 'processId') return processId;
    if (name === 'number') return '1';
    return randomUUID();
  });
  return `/api/${path}`;
}
