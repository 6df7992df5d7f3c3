import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a post was written: through this API, or in a connected forum. */
export enum PostSource {
  API = 'api',
  DISCOURSE = 'discourse',
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}
