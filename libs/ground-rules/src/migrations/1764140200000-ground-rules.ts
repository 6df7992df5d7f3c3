import type { MigrationInterface, QueryRunner } from 'typeorm';
// Seeds version 1 of the default from the text shipped at the time this migration runs.
import { DEFAULT_GROUND_RULES } from '../default-ground-rules.js';

export class GroundRules1764140200000 implements MigrationInterface {
  name = 'GroundRules1764140200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "rule_sets" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid REFERENCES "groups" ("id") ON DELETE CASCADE,
        "current_version" int NOT NULL CHECK ("current_version" > 0),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_rule_sets_group" ON "rule_sets" ("group_id") WHERE "group_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_rule_sets_default" ON "rule_sets" ((true)) WHERE "group_id" IS NULL`);
    await q.query(`
      CREATE TABLE "rule_set_versions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "rule_set_id" uuid NOT NULL REFERENCES "rule_sets" ("id") ON DELETE CASCADE,
        "version" int NOT NULL CHECK ("version" > 0),
        "title" varchar(200) NOT NULL,
        "preamble" text NOT NULL,
        "rules" jsonb NOT NULL,
        "created_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_rule_set_versions_version" ON "rule_set_versions" ("rule_set_id", "version")`);
    await q.query(`
      CREATE TABLE "rules_acceptances" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "rule_set_version_id" uuid NOT NULL REFERENCES "rule_set_versions" ("id") ON DELETE CASCADE,
        "version" int NOT NULL,
        "accepted_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_rules_acceptances" ON "rules_acceptances" ("user_id", "group_id", "rule_set_version_id")`,
    );
    const [ruleSet] = (await q.query(
      `INSERT INTO "rule_sets" ("group_id", "current_version") VALUES (NULL, 1) RETURNING "id"`,
    )) as { id: string }[];
    await q.query(
      `INSERT INTO "rule_set_versions" ("rule_set_id", "version", "title", "preamble", "rules") VALUES ($1, 1, $2, $3, $4)`,
      [ruleSet.id, DEFAULT_GROUND_RULES.title, DEFAULT_GROUND_RULES.preamble, JSON.stringify(DEFAULT_GROUND_RULES.rules)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rules_acceptances"`);
    await q.query(`DROP TABLE "rule_set_versions"`);
    await q.query(`DROP TABLE "rule_sets"`);
  }
}
