import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewStatus } from '../policies/review-decision.js';

export enum DecisionDirection {
  /** A review action the connector performed for an alert resolved in Alongside (or found the item already closed). */
  SENT = 'sent',
  /** A decision a Discourse moderator took in the review queue, recorded on the alert's timeline. */
  RECEIVED = 'received',
}

/**
 * A closing transition of a Discourse review item, in either direction. Unique per reviewable version, so a
 * `reviewable_updated` echoing our own perform is recognised, and a decision is never recorded twice.
 */
@Entity('discourse_decisions')
@Index('UQ_discourse_decisions_version', ['reviewableId', 'version'], { unique: true })
@Index('IX_discourse_decisions_alert', ['alertId'])
export class DiscourseDecision {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'reviewable_id', type: 'int' })
  reviewableId: number;

  /** The reviewable's `version` after the transition (or as read, when it was found closed). */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 16 })
  status: ReviewStatus;

  @Column({ type: 'varchar', length: 8 })
  direction: DecisionDirection;

  /** The perform action sent (`agree_and_keep`…); null when nothing was sent. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  action: string | null;

  @Column({ name: 'alert_id', type: 'uuid', nullable: true })
  alertId: string | null;

  /** The Discourse username of the moderator who decided (received decisions). */
  @Column({ name: 'decided_by', type: 'varchar', length: 60, nullable: true })
  decidedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
