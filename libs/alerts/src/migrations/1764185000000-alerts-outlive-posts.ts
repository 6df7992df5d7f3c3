import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An alert is a safeguarding record: when its post is removed (a deleted account under
 * DELETED_ACCOUNT_POSTS=remove) it keeps its ids, level and timeline and loses only the link.
 */
export class AlertsOutlivePosts1764185000000 implements MigrationInterface {
  name = 'AlertsOutlivePosts1764185000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "crisis_alerts" DROP CONSTRAINT "crisis_alerts_post_id_fkey"`);
    await q.query(`ALTER TABLE "crisis_alerts" ALTER COLUMN "post_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "crisis_alerts" ADD CONSTRAINT "crisis_alerts_post_id_fkey"
         FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "crisis_alerts" WHERE "post_id" IS NULL`);
    await q.query(`ALTER TABLE "crisis_alerts" DROP CONSTRAINT "crisis_alerts_post_id_fkey"`);
    await q.query(`ALTER TABLE "crisis_alerts" ALTER COLUMN "post_id" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "crisis_alerts" ADD CONSTRAINT "crisis_alerts_post_id_fkey"
         FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE`,
    );
  }
}
