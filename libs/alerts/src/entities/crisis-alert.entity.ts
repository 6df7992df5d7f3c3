import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AlertLevel, AlertStatus, ResolutionOutcome } from './alert.enums.js';

/** One rule that fired, with the span of the scanned text it matched (UTF-16 offsets, end exclusive). */
export interface AlertMatch {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly severity: string;
}

/** A post that the crisis engine flagged, and where its triage stands. At most one active alert per post. */
@Entity('crisis_alerts')
@Index('UQ_crisis_alerts_active_post', ['postId'], { unique: true, where: `"status" <> 'RESOLVED'` })
@Index('IX_crisis_alerts_queue', ['status', 'levelRank', 'dueAt'])
@Index('IX_crisis_alerts_post', ['postId', 'createdAt'])
export class CrisisAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the post was removed with its author's account: the alert outlives it, without text. */
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 8 })
  level: AlertLevel;

  /** 1 low, 2 medium, 3 high: the queue's first sort key. */
  @Column({ name: 'level_rank', type: 'smallint' })
  levelRank: number;

  @Column({ type: 'jsonb' })
  categories: string[];

  @Column({ type: 'jsonb' })
  matches: AlertMatch[];

  /** The text that was scanned, as it was: the post may be edited or deleted since. */
  @Column({ type: 'text', select: false })
  text: string;

  /** The post revision whose text is shown. */
  @Column({ name: 'post_revision', type: 'int' })
  postRevision: number;

  /** The latest post revision scanned for this alert (a redelivered scan job stops here). */
  @Column({ name: 'scanned_revision', type: 'int' })
  scannedRevision: number;

  @Column({ type: 'varchar', length: 16 })
  status: AlertStatus;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  /** Acknowledge by then, or the alert escalates. */
  @Column({ name: 'due_at', type: 'timestamptz', precision: 3 })
  dueAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome: ResolutionOutcome | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
