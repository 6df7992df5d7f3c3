import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussions1764140300000 implements MigrationInterface {
  name = 'Discussions1764140300000';

  // Keyset cursors carry JavaScript Dates (milliseconds), so the columns they page on keep milliseconds too.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "topics" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "title" varchar(200) NOT NULL,
        "post_count" int NOT NULL DEFAULT 0,
        "last_post_at" timestamptz(3) NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IX_topics_group_activity" ON "topics" ("group_id", "last_post_at", "id")`);
    await q.query(`
      CREATE TABLE "posts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "topic_id" uuid NOT NULL REFERENCES "topics" ("id") ON DELETE CASCADE,
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "body" text NOT NULL,
        "revision" int NOT NULL DEFAULT 1 CHECK ("revision" > 0),
        "source" varchar(16) NOT NULL DEFAULT 'api' CHECK ("source" IN ('api', 'discourse')),
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "edited_at" timestamptz
      )`);
    await q.query(`CREATE INDEX "IX_posts_topic_created" ON "posts" ("topic_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "IX_posts_author" ON "posts" ("author_id")`);
    await q.query(`
      CREATE TABLE "post_revisions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "post_id" uuid NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE,
        "revision" int NOT NULL,
        "body" text NOT NULL,
        "edited_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_post_revisions" ON "post_revisions" ("post_id", "revision")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "post_revisions"`);
    await q.query(`DROP TABLE "posts"`);
    await q.query(`DROP TABLE "topics"`);
  }
}
