import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A forum author as Alongside knows them: a Discourse user id and a pseudonym, never a name or an e-mail address. */
@Entity('discourse_members')
@Index('UQ_discourse_members_user', ['discourseUserId'], { unique: true })
export class DiscourseMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'discourse_user_id', type: 'int' })
  discourseUserId: number;

  @Column({ type: 'varchar', length: 32 })
  handle: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
