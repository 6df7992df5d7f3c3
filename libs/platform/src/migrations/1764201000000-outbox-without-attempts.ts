import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A relay reads its batch instead of counting claims on it: a write per event per claim that nothing read. */
export class OutboxWithoutAttempts1764201000000 implements MigrationInterface {
  name = 'OutboxWithoutAttempts1764201000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_events" DROP COLUMN "attempts"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_events" ADD "attempts" int NOT NULL DEFAULT 0`);
  }
}
