import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderators' notes about members; they go with the member's account (ON DELETE CASCADE as a backstop). */
export class MemberNotes1764187000000 implements MigrationInterface {
  name = 'MemberNotes1764187000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "member_notes" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "author_id" uuid REFERENCES "users" ("id") ON DELETE SET NULL,
        "body" varchar(2000) NOT NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT now(),
        "edited_at" timestamptz(3)
      )`);
    await q.query(`CREATE INDEX "IX_member_notes_user" ON "member_notes" ("user_id", "created_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "member_notes"`);
  }
}
