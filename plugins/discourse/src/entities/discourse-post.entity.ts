import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A forum post mirrored as an Alongside post (source `discourse`), with the forum version last scanned. */
@Entity('discourse_posts')
@Index('UQ_discourse_posts_post', ['postId'], { unique: true })
export class DiscoursePost {
  @PrimaryColumn({ name: 'discourse_post_id', type: 'int' })
  discoursePostId: number;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ name: 'discourse_topic_id', type: 'int' })
  discourseTopicId: number;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  /** Discourse's `version` of the text stored as the post's latest revision: a version at or below it is never scanned again. */
  @Column({ type: 'int' })
  version: number;

  /** Path on the forum, e.g. `/t/rough-week/7731/4`. */
  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Column({ name: 'category_id', type: 'int', nullable: true })
  categoryId: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
