import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportMessages1764170000000 implements MigrationInterface {
  name = 'SupportMessages1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "support_messages" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "alert_id" uuid NOT NULL,
        "region" varchar(2),
        "language" varchar(8) NOT NULL,
        "body" text NOT NULL,
        "lines" jsonb NOT NULL,
        "emergency_number" varchar(16),
        "created_at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_support_messages_alert" ON "support_messages" ("alert_id")`);
    await q.query(`CREATE INDEX "IX_support_messages_user" ON "support_messages" ("user_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "support_messages"`);
  }
}
