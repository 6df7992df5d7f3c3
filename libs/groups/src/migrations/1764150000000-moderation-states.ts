import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Removed members, mutes and bans, and a group's approval of new members' first posts. */
export class GroupModerationStates1764150000000 implements MigrationInterface {
  name = 'GroupModerationStates1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "groups" ADD "approve_first_posts" int NOT NULL DEFAULT 0 CHECK ("approve_first_posts" BETWEEN 0 AND 100)`);
    await q.query(`
      CREATE TABLE "member_restrictions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "group_id" uuid REFERENCES "groups" ("id") ON DELETE CASCADE,
        "kind" varchar(8) NOT NULL CHECK ("kind" IN ('MUTE', 'BAN')),
        "reason" varchar(1000) NOT NULL,
        "imposed_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "ends_at" timestamptz(3),
        "lifted_at" timestamptz(3),
        "lifted_by_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ("kind" = 'BAN' OR "group_id" IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX "IX_member_restrictions_user" ON "member_restrictions" ("user_id", "kind")`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_status_check"`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_status_check"
      CHECK ("status" IN ('PENDING', 'ACTIVE', 'DECLINED', 'LEFT', 'REMOVED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_status_check"`);
    await q.query(`ALTER TABLE "memberships" ADD CONSTRAINT "memberships_status_check"
      CHECK ("status" IN ('PENDING', 'ACTIVE', 'DECLINED', 'LEFT'))`);
    await q.query(`DROP TABLE "member_restrictions"`);
    await q.query(`ALTER TABLE "groups" DROP COLUMN "approve_first_posts"`);
  }
}
