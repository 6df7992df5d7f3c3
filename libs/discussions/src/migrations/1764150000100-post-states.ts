import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Post states (held, hidden, rejected, deleted) with the moderator's reason, and locked topics. */
export class PostStates1764150000100 implements MigrationInterface {
  name = 'PostStates1764150000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "posts"
        ADD "status" varchar(16) NOT NULL DEFAULT 'PUBLISHED'
          CHECK ("status" IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'REJECTED', 'DELETED')),
        ADD "moderation_reason" varchar(1000),
        ADD "moderation_rule_key" varchar(64),
        ADD "moderated_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        ADD "moderated_at" timestamptz(3)`);
    await q.query(`CREATE INDEX "IX_posts_pending" ON "posts" ("group_id") WHERE "status" = 'PENDING'`);
    await q.query(`ALTER TABLE "topics" ADD "locked_at" timestamptz(3), ADD "lock_reason" varchar(1000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "topics" DROP COLUMN "locked_at", DROP COLUMN "lock_reason"`);
    await q.query(`DROP INDEX "IX_posts_pending"`);
    await q.query(`ALTER TABLE "posts" DROP COLUMN "status", DROP COLUMN "moderation_reason", DROP COLUMN "moderation_rule_key",
      DROP COLUMN "moderated_by_id", DROP COLUMN "moderated_at"`);
  }
}
