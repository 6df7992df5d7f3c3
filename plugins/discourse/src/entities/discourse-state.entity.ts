import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small named records the connector keeps across restarts: the backfill cursor, the reconciliation mark, its health. */
@Entity('discourse_state')
export class DiscourseState {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  key: string;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
