import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProcessEntity } from '../processes/process.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** A stakeholder group of a process (police, women's organisations…); an indispensable one must be represented. */
@Entity({ name: 'stakeholder_groups' })
@Index('stakeholder_groups_name_key', ['processId', 'name'], { unique: true })
export class StakeholderGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId!: string;
  @Column({ name: 'process_id', type: 'uuid' }) processId!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'boolean', default: false }) indispensable!: boolean;
  @Column({ type: 'integer' }) position!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'process_id' }) process?: ProcessEntity;
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'workspace_id' }) workspace?: WorkspaceEntity;
}
