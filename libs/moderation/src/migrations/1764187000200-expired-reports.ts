import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Review items may expire; only open and claimed items are unique per thing, so a new report opens a new item. */
export class ExpiredReports1764187000200 implements MigrationInterface {
  name = 'ExpiredReports1764187000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "review_items" DROP CONSTRAINT "review_items_status_check"`);
    await q.query(`ALTER TABLE "review_items" ADD CONSTRAINT "review_items_status_check"
      CHECK ("status" IN ('OPEN', 'CLAIMED', 'RESOLVED', 'EXPIRED'))`);
    await q.query(`DROP INDEX "UQ_review_items_open_subject"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_review_items_open_subject" ON "review_items" ("subject") WHERE "status" IN ('OPEN', 'CLAIMED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "review_items" SET "status" = 'RESOLVED' WHERE "status" = 'EXPIRED'`);
    await q.query(`DROP INDEX "UQ_review_items_open_subject"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_review_items_open_subject" ON "review_items" ("subject") WHERE "status" <> 'RESOLVED'`);
    await q.query(`ALTER TABLE "review_items" DROP CONSTRAINT "review_items_status_check"`);
    await q.query(`ALTER TABLE "review_items" ADD CONSTRAINT "review_items_status_check" CHECK ("status" IN ('OPEN', 'CLAIMED', 'RESOLVED'))`);
  }
}
