import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1764150000200 implements MigrationInterface {
  name = 'Moderation1764150000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "review_items" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "kind" varchar(20) NOT NULL CHECK ("kind" IN ('REPORTED_POST', 'REPORTED_MEMBER', 'HELD_POST')),
        "subject" varchar(120) NOT NULL,
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "post_id" uuid REFERENCES "posts" ("id") ON DELETE CASCADE,
        "user_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "urgency" smallint NOT NULL CHECK ("urgency" BETWEEN 0 AND 100),
        "report_count" int NOT NULL DEFAULT 0,
        "status" varchar(12) NOT NULL CHECK ("status" IN ('OPEN', 'CLAIMED', 'RESOLVED')),
        "assignee_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "resolved_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "resolution" varchar(64),
        "resolved_at" timestamptz(3),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "updated_at" timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (("status" = 'CLAIMED') = ("assignee_id" IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_review_items_open_subject" ON "review_items" ("subject") WHERE "status" <> 'RESOLVED'`);
    await q.query(`CREATE INDEX "IX_review_items_queue" ON "review_items" ("status", "urgency", "created_at")`);
    await q.query(`
      CREATE TABLE "reports" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "item_id" uuid NOT NULL REFERENCES "review_items" ("id") ON DELETE CASCADE,
        "reporter_id" uuid REFERENCES "users" ("id") ON DELETE CASCADE,
        "subject" varchar(120) NOT NULL,
        "reason" varchar(32) NOT NULL,
        "rule_key" varchar(64),
        "text" varchar(2000),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_reports_reporter_subject" ON "reports" ("reporter_id", "subject")`);
    await q.query(`CREATE INDEX "IX_reports_item" ON "reports" ("item_id")`);
    await q.query(`
      CREATE TABLE "member_warnings" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "moderator_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "reason" varchar(1000) NOT NULL,
        "rule_key" varchar(64),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IX_member_warnings_user" ON "member_warnings" ("user_id", "created_at")`);
    await q.query(`
      CREATE TABLE "watched_terms" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid REFERENCES "groups" ("id") ON DELETE CASCADE,
        "term" varchar(200) NOT NULL,
        "action" varchar(8) NOT NULL CHECK ("action" IN ('BLOCK', 'HOLD', 'FLAG', 'CENSOR')),
        "reason" varchar(500) NOT NULL,
        "created_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IX_watched_terms_group" ON "watched_terms" ("group_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "watched_terms"`);
    await q.query(`DROP TABLE "member_warnings"`);
    await q.query(`DROP TABLE "reports"`);
    await q.query(`DROP TABLE "review_items"`);
  }
}
