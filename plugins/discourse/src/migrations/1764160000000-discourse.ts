import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discourse1764160000000 implements MigrationInterface {
  name = 'Discourse1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "discourse_deliveries" (
        "id" bigserial PRIMARY KEY,
        "event" varchar(64) NOT NULL,
        "event_id" varchar(32),
        "dedup_key" varchar(200) NOT NULL,
        "body" text,
        "received_at" timestamptz(3) NOT NULL DEFAULT now(),
        "processed_at" timestamptz(3),
        "outcome" varchar(64)
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_discourse_deliveries_dedup" ON "discourse_deliveries" ("dedup_key")`);
    await q.query(`
      CREATE TABLE "discourse_members" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "discourse_user_id" int NOT NULL,
        "handle" varchar(32) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_discourse_members_user" ON "discourse_members" ("discourse_user_id")`);
    await q.query(`
      CREATE TABLE "discourse_topics" (
        "discourse_topic_id" int PRIMARY KEY,
        "topic_id" uuid NOT NULL REFERENCES "topics" ("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_discourse_topics_topic" ON "discourse_topics" ("topic_id")`);
    await q.query(`
      CREATE TABLE "discourse_posts" (
        "discourse_post_id" int PRIMARY KEY,
        "post_id" uuid NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
        "discourse_topic_id" int NOT NULL,
        "member_id" uuid REFERENCES "discourse_members" ("id") ON DELETE SET NULL,
        "version" int NOT NULL,
        "url" varchar(500) NOT NULL,
        "category_id" int,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_discourse_posts_post" ON "discourse_posts" ("post_id")`);
    await q.query(`
      CREATE TABLE "discourse_category_mappings" (
        "category" varchar(100) PRIMARY KEY,
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "updated_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "discourse_state" (
        "key" varchar(32) PRIMARY KEY,
        "value" jsonb NOT NULL,
        "updated_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "discourse_actions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "kind" varchar(16) NOT NULL,
        "discourse_post_id" int NOT NULL,
        "level" varchar(8) NOT NULL,
        "alert_id" uuid NOT NULL,
        "reviewable_id" int,
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_discourse_actions" ON "discourse_actions" ("kind", "discourse_post_id", "level")`);
    // One row shared by every process: the next free request slot, and until when the forum asked us to wait (a 429).
    await q.query(`CREATE TABLE "discourse_rate_limit" (
      "id" smallint PRIMARY KEY, "next_at" timestamptz NOT NULL DEFAULT now(), "paused_until" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`INSERT INTO "discourse_rate_limit" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['discourse_rate_limit', 'discourse_actions', 'discourse_state', 'discourse_category_mappings',
      'discourse_posts', 'discourse_topics', 'discourse_members', 'discourse_deliveries']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
