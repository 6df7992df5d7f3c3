import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a post was written: through this API, or in a connected forum. */
export enum PostSource {
  API = 'api',
  DISCOURSE = 'discourse',
}

/**
 * Where a post stands. PUBLISHED posts are shown to readers; PENDING (held for approval), HIDDEN and
 * REJECTED ones only to their author (with the reason) and moderators; DELETED ones only to moderators.
 */
export enum PostStatus {
  PUBLISHED = 'PUBLISHED',
  PENDING = 'PENDING',
  HIDDEN = 'HIDDEN',
  REJECTED = 'REJECTED',
  DELETED = 'DELETED',
}

@Entity('posts')
@Index('IX_posts_topic_created', ['topicId', 'createdAt', 'id'])
export class Post {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  /** Denormalized from the topic: access checks and alerts go by group. */
  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  /** 1 when written, +1 on every edit; with the id it names exactly the text that was scanned. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ type: 'varchar', length: 16, default: PostSource.API })
  source: PostSource;

  @Column({ type: 'varchar', length: 16, default: PostStatus.PUBLISHED })
  status: PostStatus;

  /** Why a moderator (or a rule) held, hid, rejected, deleted or edited it; shown to the author. */
  @Column({ name: 'moderation_reason', type: 'varchar', length: 1000, nullable: true })
  moderationReason: string | null;

  /** The ground rule (its stable key) the post broke, when that is the reason. */
  @Column({ name: 'moderation_rule_key', type: 'varchar', length: 64, nullable: true })
  moderationRuleKey: string | null;

  @Column({ name: 'moderated_by_id', type: 'uuid', nullable: true })
  moderatedById: string | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', precision: 3, nullable: true })
  moderatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}
