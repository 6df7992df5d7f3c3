import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed webhook delivery accepted from Discourse, stored with its outbox row before the 200 goes out
 * (Discourse does not retry by default). The body is erased once processed: the forum keeps the post.
 */
@Entity('discourse_deliveries')
@Index('UQ_discourse_deliveries_dedup', ['dedupKey'], { unique: true })
export class DiscourseDelivery {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** `X-Discourse-Event`, e.g. `post_created`. */
  @Column({ type: 'varchar', length: 64 })
  event: string;

  /** `X-Discourse-Event-Id`: for logs only (a retry gets a new one). */
  @Column({ name: 'event_id', type: 'varchar', length: 32, nullable: true })
  eventId: string | null;

  /** Event name + post id + post version (or a digest of the body for topic events). */
  @Column({ name: 'dedup_key', type: 'varchar', length: 200 })
  dedupKey: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', precision: 3, nullable: true })
  processedAt: Date | null;

  /** What processing did (`ingested`, `revised`, `already-scanned`, `skipped:<why>` …). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  outcome: string | null;
}
