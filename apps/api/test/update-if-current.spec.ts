import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { updateIfCurrent } from '../src/common/db/update-if-current';
import { createDataSource } from '../src/data-source';
import { ProcessEntity } from '../src/processes/process.entity';
import { WorkspaceEntity } from '../src/workspaces/workspace.entity';
import { Client, createProcess, createWorkspace, ownerDatabaseUrl, startTestApp, type TestApp } from './harness';

describe('updateIfCurrent', () => {
  let server: TestApp;
  let dataSource: DataSource;
  let workspaceId: string;
  let processId: string;

  beforeAll(async () => {
    server = await startTestApp();
    const convener = await new Client(server.url).signUp('Convener');
    workspaceId = await createWorkspace(convener);
    processId = (await createProcess(convener, workspaceId)).id as string;
    dataSource = await createDataSource(ownerDatabaseUrl(), 1).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await server.close();
  });

  it('changes the row at its version, moves the version and updated_at, and refuses a stale version', async () => {
    const before = await dataSource.manager.findOneByOrFail(WorkspaceEntity, { id: workspaceId });
    expect(await updateIfCurrent(dataSource.manager, WorkspaceEntity, { id: workspaceId }, before.version, { name: 'Renamed' })).toBe(true);
    const after = await dataSource.manager.findOneByOrFail(WorkspaceEntity, { id: workspaceId });
    expect([after.name, after.version]).toEqual(['Renamed', before.version + 1]);
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(await updateIfCurrent(dataSource.manager, WorkspaceEntity, { id: workspaceId }, before.version, { name: 'Stale' })).toBe(false);
    expect((await dataSource.manager.findOneByOrFail(WorkspaceEntity, { id: workspaceId })).name).toBe('Renamed');
  });

  it('writes arrays, dates and raw SQL values under a composite key', async () => {
    const process = await dataSource.manager.findOneByOrFail(ProcessEntity, { id: processId });
    const archivedAt = new Date('2026-03-01T10:00:00Z');
    const changed = await updateIfCurrent(dataSource.manager, ProcessEntity, { workspaceId, id: processId }, process.version, {
      wheelAreas: ['joint_planning', 'joint_assessment'],
      archivedAt,
      purpose: () => `'set in SQL'`,
    });
    expect(changed).toBe(true);
    const after = await dataSource.manager.findOneByOrFail(ProcessEntity, { id: processId });
    expect([after.wheelAreas, after.archivedAt?.toISOString(), after.purpose, after.version]).toEqual([
      ['joint_planning', 'joint_assessment'],
      archivedAt.toISOString(),
      'set in SQL',
      process.version + 1,
    ]);
  });

  it('refuses a property the entity does not map, and a change of the version itself', async () => {
    await expect(updateIfCurrent(dataSource.manager, WorkspaceEntity, { id: workspaceId }, 1, { nope: 1 } as never)).rejects.toThrow(
      'no column',
    );
    await expect(updateIfCurrent(dataSource.manager, WorkspaceEntity, { id: workspaceId }, 1, { version: 9 })).rejects.toThrow('version');
  });
});
