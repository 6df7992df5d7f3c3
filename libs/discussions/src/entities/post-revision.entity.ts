import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The text of every revision of a post, the first included. */
@Entity('post_revisions')
@Index('UQ_post_revisions', ['postId', 'revision'], { unique: true })
export class PostRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'edited_by_id', type: 'uuid', nullable: true })
  editedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
