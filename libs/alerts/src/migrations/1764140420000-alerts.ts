import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Alerts1764140420000 implements MigrationInterface {
  name = 'Alerts1764140420000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "crisis_alerts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "post_id" uuid NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "author_id" uuid,
        "level" varchar(8) NOT NULL CHECK ("level" IN ('low', 'medium', 'high')),
        "level_rank" smallint NOT NULL,
        "categories" jsonb NOT NULL,
        "matches" jsonb NOT NULL,
        "text" text NOT NULL,
        "post_revision" int NOT NULL,
        "scanned_revision" int NOT NULL,
        "status" varchar(16) NOT NULL,
        "assignee_id" uuid,
        "due_at" timestamptz(3) NOT NULL,
        "acknowledged_at" timestamptz(3),
        "escalated_at" timestamptz(3),
        "resolved_at" timestamptz(3),
        "outcome" varchar(40),
        "resolution_note" text,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_crisis_alerts_active_post" ON "crisis_alerts" ("post_id") WHERE "status" <> 'RESOLVED'`);
    await q.query(`CREATE INDEX "IX_crisis_alerts_queue" ON "crisis_alerts" ("status", "level_rank", "due_at")`);
    await q.query(`CREATE INDEX "IX_crisis_alerts_group" ON "crisis_alerts" ("group_id")`);
    await q.query(`
      CREATE TABLE "crisis_alert_transitions" (
        "id" bigserial PRIMARY KEY,
        "alert_id" uuid NOT NULL REFERENCES "crisis_alerts" ("id") ON DELETE CASCADE,
        "action" varchar(20) NOT NULL,
        "from_status" varchar(16),
        "to_status" varchar(16) NOT NULL,
        "actor_id" uuid,
        "level" varchar(8) NOT NULL,
        "post_revision" int,
        "note" text,
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IX_crisis_alert_transitions_alert" ON "crisis_alert_transitions" ("alert_id", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "crisis_alert_transitions"`);
    await q.query(`DROP TABLE "crisis_alerts"`);
  }
}
