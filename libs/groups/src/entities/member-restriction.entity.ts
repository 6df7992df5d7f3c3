import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RestrictionKind } from './group.enums.js';

/**
 * A mute or ban imposed by a moderator: in one group, or on the whole platform (`groupId` null).
 * In force until `endsAt` (null: until lifted) unless `liftedAt` is set. Rows are kept as history.
 */
@Entity('member_restrictions')
@Index('IX_member_restrictions_user', ['userId', 'kind'])
export class MemberRestriction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ type: 'varchar', length: 8 })
  kind: RestrictionKind;

  /** Shown to the member. */
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ name: 'imposed_by_id', type: 'uuid', nullable: true })
  imposedById: string | null;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3, nullable: true })
  endsAt: Date | null;

  @Column({ name: 'lifted_at', type: 'timestamptz', precision: 3, nullable: true })
  liftedAt: Date | null;

  @Column({ name: 'lifted_by_id', type: 'uuid', nullable: true })
  liftedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
