import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every scan looks up a post's alerts, resolved ones included: the partial unique index covers only the active one. */
export class CrisisAlertsPostIndex1764192000000 implements MigrationInterface {
  name = 'CrisisAlertsPostIndex1764192000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IX_crisis_alerts_post" ON "crisis_alerts" ("post_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IX_crisis_alerts_post"`);
  }
}
