import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `topics.post_count` counts published posts only (it counted every post, held and hidden ones too). */
export class PublishedPostCount1764187000100 implements MigrationInterface {
  name = 'PublishedPostCount1764187000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "topics" t SET "post_count" = (SELECT count(*) FROM "posts" p WHERE p."topic_id" = t."id" AND p."status" = 'PUBLISHED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "topics" t SET "post_count" = (SELECT count(*) FROM "posts" p WHERE p."topic_id" = t."id")`);
  }
}
