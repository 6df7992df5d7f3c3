import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertAction, AlertLevel, AlertStatus } from './alert.enums.js';

/** One entry of an alert's timeline (its audit record is written in the same transaction). */
@Entity('crisis_alert_transitions')
@Index('IX_crisis_alert_transitions_alert', ['alertId', 'id'])
export class CrisisAlertTransition {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @Column({ type: 'varchar', length: 20 })
  action: AlertAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: AlertStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: AlertStatus;

  /** `null` for the system (a scan, a timed escalation). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 8 })
  level: AlertLevel;

  /** The post revision a scan entry is about. */
  @Column({ name: 'post_revision', type: 'int', nullable: true })
  postRevision: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
