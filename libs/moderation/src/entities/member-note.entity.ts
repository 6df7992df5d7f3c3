import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A moderator's note about a member: seen by moderators of the groups the member belongs to and by
 * platform moderators and admins, never by other members. The member gets the text (not who wrote it) in their export.
 */
@Entity('member_notes')
@Index('IX_member_notes_user', ['userId', 'createdAt', 'id'])
export class MemberNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The member the note is about. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** `null` once its author deleted their account. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;
}
