import { Column, CreateDateColumn, Entity, type EntityManager, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum DiscourseActionKind {
  FLAG = 'flag',
  /** The forum refused the flag for good (e.g. 404: the post is gone); `error` says why. Never sent again. */
  FLAG_FAILED = 'flag_failed',
  /** The flag also hid the post (`queue_for_review`). */
  HIDE = 'hide',
  /** A private message to the safeguarding recipients. */
  SAFEGUARDING = 'safeguarding',
  /** The supportive message to the post's author, as a private message. */
  SUPPORT = 'support',
}

/** Something the connector did on the forum, remembered so that a retried job never does it twice. */
@Entity('discourse_actions')
@Index('UQ_discourse_actions', ['kind', 'discoursePostId', 'level'], { unique: true })
export class DiscourseAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: DiscourseActionKind;

  @Column({ name: 'discourse_post_id', type: 'int' })
  discoursePostId: number;

  @Column({ type: 'varchar', length: 8 })
  level: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  /** The review-queue item Discourse made or reused for the flag. */
  @Column({ name: 'reviewable_id', type: 'int', nullable: true })
  reviewableId: number | null;

  /** The forum post the action created (a private message's first post). */
  @Column({ name: 'forum_post_id', type: 'int', nullable: true })
  forumPostId: number | null;

  /** Why the forum refused it, for a `flag_failed`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** Remembers an action done on the forum; a second record of the same kind, post and level is a no-op. */
export async function rememberAction(
  manager: EntityManager,
  action: Pick<DiscourseAction, 'kind' | 'discoursePostId' | 'level' | 'alertId'> & Partial<Pick<DiscourseAction, 'reviewableId' | 'forumPostId' | 'error'>>,
): Promise<void> {
  await manager.createQueryBuilder().insert().into(DiscourseAction).values(action).orIgnore().execute();
}
