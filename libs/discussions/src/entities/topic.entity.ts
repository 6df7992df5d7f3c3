import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('topics')
@Index('IX_topics_group_activity', ['groupId', 'lastPostAt', 'id'])
export class Topic {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'post_count', type: 'int', default: 0 })
  postCount: number;

  @Column({ name: 'last_post_at', type: 'timestamptz', precision: 3 })
  lastPostAt: Date;

  /** A locked topic takes no new posts, except from its group's moderators. */
  @Column({ name: 'locked_at', type: 'timestamptz', precision: 3, nullable: true })
  lockedAt: Date | null;

  @Column({ name: 'lock_reason', type: 'varchar', length: 1000, nullable: true })
  lockReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
