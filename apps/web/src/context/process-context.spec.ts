import { describe, expect, it } from '@jest/globals';
import type { Action } from '@common-ground/domain';
import type { Process } from '../api';
import { processPermissions } from './process-context';

const process = (status: Process['status']): Process =>
  ({ id: 'p', workspaceId: 'w', title: 'Dialogue', status, myRole: 'convener', workspaceRole: 'member' }) as Process;

describe('processPermissions', () => {
  it('lets a convener change an active process', () => {
    const allowed = processPermissions(process('active'));
    expect((['process.edit', 'process.archive', 'charter.draft', 'plans.manage'] as Action[]).map((action) => allowed(action))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('shows no write on an archived process, whatever the role, and keeps every read', () => {
    const allowed = processPermissions(process('archived'));
    expect(
      (['process.edit', 'process.archive', 'process.transition', 'charter.draft', 'plans.manage', 'calendar.subscribe'] as Action[]).map(
        (action) => allowed(action),
      ),
    ).toEqual([false, false, false, false, false, false]);
    expect((['process.view', 'charter.view', 'plans.view', 'calendar.feed.view'] as Action[]).map((action) => allowed(action))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('still refuses what the role does not grant', () => {
    expect(processPermissions(process('active'))('charter.sign')).toBe(false);
  });
});
