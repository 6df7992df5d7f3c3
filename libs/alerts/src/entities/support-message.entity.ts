import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CrisisLine } from '../support/crisis-resources.js';

/** The private supportive message a member got after a post of theirs raised an alert; only they read it. */
@Entity('support_messages')
@Index('IX_support_messages_user', ['userId', 'createdAt'])
@Index('UQ_support_messages_alert', ['alertId'], { unique: true })
export class SupportMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The alert that prompted it (one message per alert at most). */
  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  /** The region whose lines it lists; `null`: the member set none (the generic advice only). */
  @Column({ type: 'varchar', length: 2, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'text' })
  body: string;

  /** The lines offered, as shown (the organization may change its list later). */
  @Column({ type: 'jsonb' })
  lines: CrisisLine[];

  @Column({ name: 'emergency_number', type: 'varchar', length: 16, nullable: true })
  emergencyNumber: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
