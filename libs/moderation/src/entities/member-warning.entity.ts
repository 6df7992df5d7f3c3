import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A private warning to a member: seen by them and by moderators of the group, nobody else. */
@Entity('member_warnings')
@Index('IX_member_warnings_user', ['userId', 'createdAt'])
export class MemberWarning {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId: string | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ name: 'rule_key', type: 'varchar', length: 64, nullable: true })
  ruleKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
