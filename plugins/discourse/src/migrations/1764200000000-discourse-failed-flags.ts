import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DiscourseFailedFlags1764200000000 implements MigrationInterface {
  name = 'DiscourseFailedFlags1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Why the forum refused an action for good (kind `flag_failed`), for the admin status.
    await q.query(`ALTER TABLE "discourse_actions" ADD "error" varchar(300)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "discourse_actions" WHERE "kind" = 'flag_failed'`);
    await q.query(`ALTER TABLE "discourse_actions" DROP COLUMN "error"`);
  }
}
