import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1764140050000 implements MigrationInterface {
  name = 'Outbox1764140050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "outbox_events" (
        "id" bigserial PRIMARY KEY,
        "type" varchar(64) NOT NULL,
        "dedup_key" varchar(200) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "dispatched_at" timestamptz,
        "attempts" int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX "IX_outbox_events_pending" ON "outbox_events" ("id") WHERE "dispatched_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outbox_events"`);
  }
}
