import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'workspaces' })
export class WorkspaceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Optimistic lock, checked explicitly in UPDATE … WHERE version = $n. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Conveners and facilitators of the workspace's processes must have two-factor sign-in on to work in it. */
  @Column({ name: 'require_two_factor_for_leads', type: 'boolean', default: false })
  requireTwoFactorForLeads!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
