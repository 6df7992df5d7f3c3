import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DiscourseDecisions1764190000000 implements MigrationInterface {
  name = 'DiscourseDecisions1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "discourse_actions" ADD "forum_post_id" int`);
    await q.query(`
      CREATE TABLE "discourse_decisions" (
        "id" bigserial PRIMARY KEY,
        "reviewable_id" int NOT NULL,
        "version" int NOT NULL,
        "status" varchar(16) NOT NULL,
        "direction" varchar(8) NOT NULL,
        "action" varchar(40),
        "alert_id" uuid REFERENCES "crisis_alerts" ("id") ON DELETE CASCADE,
        "decided_by" varchar(60),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // A reviewable's version moves on every transition: one row per version is what tells our own perform from a moderator's.
    await q.query(`CREATE UNIQUE INDEX "UQ_discourse_decisions_version" ON "discourse_decisions" ("reviewable_id", "version")`);
    await q.query(`CREATE INDEX "IX_discourse_decisions_alert" ON "discourse_decisions" ("alert_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "discourse_decisions"`);
    await q.query(`ALTER TABLE "discourse_actions" DROP COLUMN "forum_post_id"`);
  }
}
