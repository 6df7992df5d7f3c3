import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GroupRole, MembershipStatus } from './group.enums.js';

/** One user in one group. A row is kept after leaving so history (and a re-join) stays simple. */
@Entity('memberships')
@Index('UQ_memberships_group_user', ['groupId', 'userId'], { unique: true })
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16, default: GroupRole.MEMBER })
  role: GroupRole;

  @Column({ type: 'varchar', length: 16 })
  status: MembershipStatus;

  /** Reads without posting: a first-class way to take part. */
  @Column({ type: 'boolean', default: false })
  listening: boolean;

  /** On a break: still a member, no notifications, until the date if one is set. */
  @Column({ name: 'on_break', type: 'boolean', default: false })
  onBreak: boolean;

  @Column({ name: 'break_until', type: 'timestamptz', nullable: true })
  breakUntil: Date | null;

  /** Members show only their handle in a group unless they choose to show their display name there. */
  @Column({ name: 'show_display_name', type: 'boolean', default: false })
  showDisplayName: boolean;

  @Column({ name: 'request_message', type: 'varchar', length: 1000, nullable: true })
  requestMessage: string | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 1000, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
