import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { CharterVersionEntity } from './charter-version.entity';

/** A person's signature of one version: bound to that version's content hash and the consent statement shown. */
@Entity({ name: 'charter_signatures' })
@Index('charter_signatures_once_key', ['versionId', 'onBehalfOf'], { unique: true })
export class CharterSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ name: 'signer_id', type: 'uuid' })
  signerId!: string;

  /** The participant the signature counts for: the signer, or the one an alternate stands in for. */
  @Column({ name: 'on_behalf_of', type: 'uuid' })
  onBehalfOf!: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'consent_statement', type: 'text' })
  consentStatement!: string;

  @CreateDateColumn({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  @ManyToOne(() => CharterVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  charterVersion?: CharterVersionEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'signer_id' })
  signer?: UserEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'on_behalf_of' })
  principal?: UserEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
}
