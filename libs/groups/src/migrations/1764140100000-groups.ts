import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Groups1764140100000 implements MigrationInterface {
  name = 'Groups1764140100000';

  async up(q: QueryRunner): Promise<void> {
    // array_to_string is only STABLE; tags are plain text, so wrapping it as IMMUTABLE is safe
    // and lets the search vector be a generated column.
    await q.query(`
      CREATE FUNCTION "alongside_tags_text"(text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$`);
    await q.query(`
      CREATE TABLE "groups" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "slug" varchar(80) NOT NULL,
        "name" varchar(120) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "kind" varchar(32) NOT NULL CHECK ("kind" IN ('CONDITION_SPECIFIC', 'DEMOGRAPHIC', 'PROFESSIONALLY_FACILITATED', 'PEER_LED_ONLINE')),
        "conditions" text[] NOT NULL DEFAULT '{}',
        "audiences" text[] NOT NULL DEFAULT '{}',
        "languages" text[] NOT NULL DEFAULT '{en}',
        "facilitation" varchar(16) NOT NULL CHECK ("facilitation" IN ('PEER_LED', 'PROFESSIONAL')),
        "meeting_mode" varchar(16) NOT NULL CHECK ("meeting_mode" IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
        "location" varchar(200),
        "time_zone" varchar(64) NOT NULL DEFAULT 'UTC',
        "schedule" jsonb,
        "meeting_days" text[] NOT NULL DEFAULT '{}',
        "visibility" varchar(16) NOT NULL CHECK ("visibility" IN ('PUBLIC', 'PRIVATE', 'HIDDEN')),
        "admission" varchar(16) NOT NULL CHECK ("admission" IN ('OPEN', 'REQUEST', 'INVITE')),
        "capacity" int CHECK ("capacity" IS NULL OR "capacity" > 0),
        "members_list_visibility" varchar(16) NOT NULL DEFAULT 'MEMBERS' CHECK ("members_list_visibility" IN ('MEMBERS', 'FACILITATORS')),
        "search" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', "name"), 'A') ||
          setweight(to_tsvector('english', "alongside_tags_text"("conditions") || ' ' || "alongside_tags_text"("audiences")), 'B') ||
          setweight(to_tsvector('english', "description"), 'C')
        ) STORED NOT NULL,
        "created_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_groups_slug" ON "groups" ("slug")`);
    await q.query(`CREATE INDEX "IX_groups_search" ON "groups" USING GIN ("search")`);
    await q.query(`CREATE INDEX "IX_groups_conditions" ON "groups" USING GIN ("conditions")`);
    await q.query(`CREATE INDEX "IX_groups_audiences" ON "groups" USING GIN ("audiences")`);
    await q.query(`CREATE INDEX "IX_groups_languages" ON "groups" USING GIN ("languages")`);
    await q.query(`CREATE INDEX "IX_groups_created" ON "groups" ("created_at", "id")`);
    await q.query(`
      CREATE TABLE "memberships" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "role" varchar(16) NOT NULL DEFAULT 'MEMBER' CHECK ("role" IN ('MEMBER', 'FACILITATOR', 'MODERATOR')),
        "status" varchar(16) NOT NULL CHECK ("status" IN ('PENDING', 'ACTIVE', 'DECLINED', 'LEFT')),
        "listening" boolean NOT NULL DEFAULT false,
        "on_break" boolean NOT NULL DEFAULT false,
        "break_until" timestamptz,
        "show_display_name" boolean NOT NULL DEFAULT false,
        "request_message" varchar(1000),
        "decision_reason" varchar(1000),
        "decided_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "joined_at" timestamptz,
        "left_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_memberships_group_user" ON "memberships" ("group_id", "user_id")`);
    await q.query(`CREATE INDEX "IX_memberships_user" ON "memberships" ("user_id", "status")`);
    await q.query(`CREATE INDEX "IX_memberships_group_status" ON "memberships" ("group_id", "status", "role")`);
    await q.query(`
      CREATE TABLE "group_invites" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "group_id" uuid NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
        "token_hash" char(64) NOT NULL,
        "created_by_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "expires_at" timestamptz NOT NULL,
        "max_uses" int CHECK ("max_uses" IS NULL OR "max_uses" > 0),
        "uses" int NOT NULL DEFAULT 0,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_group_invites_token_hash" ON "group_invites" ("token_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "group_invites"`);
    await q.query(`DROP TABLE "memberships"`);
    await q.query(`DROP TABLE "groups"`);
    await q.query(`DROP FUNCTION "alongside_tags_text"(text[])`);
  }
}
