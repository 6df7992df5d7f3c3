import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PlatformRole } from '@alongside/platform';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Private: never shown to other members. Stored lower-cased. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** The public pseudonym; unique regardless of case. */
  @Column({ type: 'varchar', length: 32 })
  handle: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64, nullable: true })
  displayName: string | null;

  @Column({ type: 'varchar', length: 16, default: 'en' })
  locale: string;

  /** ISO 3166-1 alpha-2 country code, used to pick local crisis resources. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  region: string | null;

  @Column({ name: 'platform_role', type: 'varchar', length: 16, default: PlatformRole.MEMBER })
  platformRole: PlatformRole;

  /** Tokens issued before this instant are rejected (password change signs out every session). */
  @Column({ name: 'tokens_valid_after', type: 'timestamptz', default: () => 'now()' })
  tokensValidAfter: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
