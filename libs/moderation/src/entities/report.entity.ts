import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportReason } from './moderation.enums.js';

/** One member's report of a post or a member. A member reports a thing once. */
@Entity('reports')
@Index('UQ_reports_reporter_subject', ['reporterId', 'subject'], { unique: true })
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  /** `null` for an automatic rule. */
  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId: string | null;

  @Column({ type: 'varchar', length: 120 })
  subject: string;

  @Column({ type: 'varchar', length: 32 })
  reason: ReportReason;

  /** The ground rule's key, for GROUND_RULE_BREACH. */
  @Column({ name: 'rule_key', type: 'varchar', length: 64, nullable: true })
  ruleKey: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  text: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
