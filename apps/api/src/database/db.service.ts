import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/** Who a transaction acts for. Row-level security reads these settings; they last for the transaction only. */
export interface TenantScope {
  workspaceId?: string | null;
  userId?: string | null;
  invitationTokenHash?: string | null;
}

/** A transaction opened by the access guard and finished by the transaction interceptor. */
export class RequestTransaction {
  private open = true;

  constructor(private readonly runner: QueryRunner) {}

  get manager(): EntityManager {
    return this.runner.manager;
  }

  async commit(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}

export async function applyScope(manager: EntityManager, scope: TenantScope): Promise<void> {
  await manager.query(
    "select set_config('app.workspace_id', $1, true), set_config('app.user_id', $2, true), set_config('app.invitation_token_hash', $3, true)",
    [scope.workspaceId ?? '', scope.userId ?? '', scope.invitationTokenHash ?? ''],
  );
}

@Injectable()
export class Db {
  constructor(readonly dataSource: DataSource) {}

  /** Runs work in one transaction scoped to a workspace and user (never a session-level SET: pooled connections would leak it). */
  async transaction<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await applyScope(manager, scope);
      return work(manager);
    });
  }

  async begin(scope: TenantScope): Promise<RequestTransaction> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await applyScope(runner.manager, scope);
    } catch (error) {
      await runner.release();
      throw error;
    }
    return new RequestTransaction(runner);
  }
}
