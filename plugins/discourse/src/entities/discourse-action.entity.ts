import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum DiscourseActionKind {
  FLAG = 'flag',
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
