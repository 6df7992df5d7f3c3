import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReviewKind, ReviewStatus } from './moderation.enums.js';

/**
 * One thing for moderators to look at: a reported post or member (reports add up on it), or a held
 * post. At most one unresolved item per thing (`subject`), so new reports join the open item.
 */
@Entity('review_items')
@Index('UQ_review_items_open_subject', ['subject'], { unique: true, where: `"status" IN ('OPEN', 'CLAIMED')` })
export class ReviewItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ReviewKind;

  /** `<kind>:<id>` of the thing: `post:<id>`, `member:<groupId>:<userId>`, `held:<postId>`. */
  @Column({ type: 'varchar', length: 120 })
  subject: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  /** The reported member (or the post's author). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** 0-100, higher first; reports add up. */
  @Column({ type: 'smallint' })
  urgency: number;

  @Column({ name: 'report_count', type: 'int', default: 0 })
  reportCount: number;

  @Column({ type: 'varchar', length: 12 })
  status: ReviewStatus;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  /** What settled it, e.g. `post.hidden`, `dismissed`. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
