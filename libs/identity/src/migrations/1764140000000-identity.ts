import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764140000000 implements MigrationInterface {
  name = 'Identity1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL,
        "password_hash" varchar(255) NOT NULL,
        "handle" varchar(32) NOT NULL,
        "display_name" varchar(64),
        "locale" varchar(16) NOT NULL DEFAULT 'en',
        "region" varchar(2),
        "platform_role" varchar(16) NOT NULL DEFAULT 'MEMBER'
          CONSTRAINT "CK_users_platform_role" CHECK ("platform_role" IN ('ADMIN', 'MODERATOR', 'MEMBER')),
        "tokens_valid_after" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_handle_ci" ON "users" (lower("handle"))`);
    await q.query(`
      CREATE TABLE "api_keys" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" varchar(100) NOT NULL,
        "prefix" varchar(16) NOT NULL,
        "secret_hash" char(64) NOT NULL,
        "scopes" text[] NOT NULL,
        "created_by_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz,
        "revoked_at" timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_api_keys_secret_hash" ON "api_keys" ("secret_hash")`);
    await q.query(`
      CREATE TABLE "login_failures" (
        "id" bigserial PRIMARY KEY,
        "key" varchar(320) NOT NULL,
        "failed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IX_login_failures_key_at" ON "login_failures" ("key", "failed_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_failures"`);
    await q.query(`DROP TABLE "api_keys"`);
    await q.query(`DROP TABLE "users"`);
  }
}
