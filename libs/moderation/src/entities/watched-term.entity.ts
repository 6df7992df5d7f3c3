import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { WatchedTermAction } from './moderation.enums.js';

/** A word or phrase moderators watch for, in one group or organization-wide (`groupId` null). */
@Entity('watched_terms')
export class WatchedTerm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  /** Matched like the crisis engine's patterns (case, leetspeak and separators normalized); `*` ends a prefix. */
  @Column({ type: 'varchar', length: 200 })
  term: string;

  @Column({ type: 'varchar', length: 8 })
  action: WatchedTermAction;

  /** Shown to the author when the term blocks or holds a post. */
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
