import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * One link of a workspace's hash chain: `hash = sha256(prev_hash ‖ seq ‖ canonical)`, where `canonical`
 * is the exact text hashed (the event's body as canonical JSON). The columns repeat the body so the trail
 * can be filtered; verification checks that they still say what the hashed body says. The app role may
 * insert and read, never change or remove (grants and triggers in the migration).
 */
@Entity({ name: 'audit_events' })
@Unique('audit_events_prev_hash_key', ['workspaceId', 'prevHash'])
@Index('audit_events_process_idx', ['workspaceId', 'processId', 'seq'])
@Index('audit_events_object_idx', ['workspaceId', 'objectType', 'objectId', 'seq'])
@Index('audit_events_actor_idx', ['workspaceId', 'actorId', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid', primaryKeyConstraintName: 'audit_events_pkey' }) workspaceId!: string;
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'audit_events_pkey' }) seq!: string;
  @Column({ name: 'process_id', type: 'uuid', nullable: true }) processId!: string | null;
  /** Null where the event is anonymous (the seeds require it) or no person acted. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'object_type', type: 'varchar', length: 40 }) objectType!: string;
  @Column({ type: 'varchar', length: 40 }) action!: string;
  @Column({ name: 'object_id', type: 'varchar', length: 100 }) objectId!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload!: Record<string, unknown>;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  /** The exact text whose UTF-8 bytes were hashed. */
  @Column({ type: 'text' }) canonical!: string;
  @Column({ name: 'prev_hash', type: 'bytea' }) prevHash!: Buffer;
  @Column({ type: 'bytea' }) hash!: Buffer;

  @ManyToOne(() => WorkspaceEntity) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}

/** Where a workspace's chain ends. An append locks this row first, so two writers never fork the chain. */
@Entity({ name: 'audit_chain_heads' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid', primaryKeyConstraintName: 'audit_chain_heads_pkey' }) workspaceId!: string;
  @Column({ type: 'bigint' }) seq!: string;
  @Column({ type: 'bytea' }) hash!: Buffer;

  @ManyToOne(() => WorkspaceEntity) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
