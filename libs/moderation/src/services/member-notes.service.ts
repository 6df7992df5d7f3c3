import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { GroupRole, MembershipStatus } from '@alongside/groups';
import {
  AccessException,
  type Actor,
  ApiScope,
  decodeCursor,
  encodeCursor,
  isPlatformAdmin,
  isPlatformModerator,
  type Page,
  requireActor,
  toPage,
} from '@alongside/platform';
import { MemberNote } from '../entities/member-note.entity.js';
import { ModerationErrorReason, ModerationException } from '../moderation.exception.js';

const MAX_NOTE = 2000;
const NOTE_TARGET = 'member_note';

/**
 * Moderators' notes about a member. Least privilege, checked here for every read and write: platform
 * moderators and admins, and facilitators and moderators of a group the member belongs to (active or
 * asking to join); nobody reads notes about themselves through this (they get them in their export).
 * Audit records carry ids and lengths, never the text: the log outlives the member's account.
 */
@Injectable()
export class MemberNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor | null, userId: string, body: string): Promise<MemberNote> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const text = checkBody(body);
    return this.dataSource.transaction(async (tx) => {
      await this.requireReader(tx, me, userId);
      const note = tx.create(MemberNote, { userId, authorId: me.userId, body: text });
      await tx.insert(MemberNote, note);
      await this.audit.append({ actorId: me.userId, action: 'member_note.added', targetType: NOTE_TARGET, targetId: note.id,
        after: { userId, length: text.length } }, tx);
      return tx.findOneByOrFail(MemberNote, { id: note.id });
    });
  }

  /** Its author, or an admin, edits a note. */
  async edit(actor: Actor | null, noteId: string, body: string): Promise<MemberNote> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const text = checkBody(body);
    return this.dataSource.transaction(async (tx) => {
      const note = await this.requireOwnNote(tx, me, noteId);
      if (note.body === text) return note;
      await tx.update(MemberNote, { id: note.id }, { body: text, editedAt: new Date() });
      await this.audit.append({ actorId: me.userId, action: 'member_note.edited', targetType: NOTE_TARGET, targetId: note.id,
        before: { userId: note.userId, length: note.body.length, editedAt: note.editedAt?.toISOString() ?? null },
        after: { userId: note.userId, length: text.length } }, tx);
      return tx.findOneByOrFail(MemberNote, { id: note.id });
    });
  }

  /** Its author, or an admin, deletes a note. */
  async remove(actor: Actor | null, noteId: string): Promise<MemberNote> {
    const me = requireActor(actor, ApiScope.MODERATE);
    return this.dataSource.transaction(async (tx) => {
      const note = await this.requireOwnNote(tx, me, noteId);
      await tx.delete(MemberNote, { id: note.id });
      await this.audit.append({ actorId: me.userId, action: 'member_note.deleted', targetType: NOTE_TARGET, targetId: note.id,
        before: { userId: note.userId, authorId: note.authorId, length: note.body.length }, after: null }, tx);
      return note;
    });
  }

  /** The notes about a member, newest first. */
  async list(actor: Actor | null, userId: string, page: { first: number; after?: string }): Promise<Page<MemberNote>> {
    const me = requireActor(actor, ApiScope.MODERATE);
    return this.dataSource.transaction(async (tx) => {
      await this.requireReader(tx, me, userId);
      const query = tx.createQueryBuilder(MemberNote, 'n').where('n.user_id = :userId', { userId });
      if (page.after) {
        const { sort, id } = decodeCursor(page.after);
        query.andWhere('(n.created_at, n.id) < (:sort, :id)', { sort, id });
      }
      const rows = await query.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(page.first + 1).getMany();
      return toPage(rows, page.first);
    });
  }

  private async requireOwnNote(tx: EntityManager, me: Actor, noteId: string): Promise<MemberNote> {
    const note = await tx.findOne(MemberNote, { where: { id: noteId }, lock: { mode: 'pessimistic_write' } });
    if (!note || !(await this.mayRead(tx, me, note.userId))) throw noteNotFound();
    if (note.authorId !== me.userId && !isPlatformAdmin(me)) {
      throw AccessException.notAllowed('Only the note\'s author or an admin can change it.');
    }
    return note;
  }

  private async requireReader(tx: EntityManager, me: Actor, userId: string): Promise<void> {
    if (!(await this.mayRead(tx, me, userId))) {
      throw AccessException.notAllowed('Notes about a member are for moderators of their groups and admins.');
    }
    const [exists] = await tx.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    if (!exists) throw new ModerationException(ModerationErrorReason.MEMBER_NOT_FOUND, 'No such member.');
  }

  private async mayRead(tx: EntityManager, me: Actor, userId: string): Promise<boolean> {
    if (isPlatformModerator(me)) return true;
    if (userId === me.userId) return false;
    const [row] = await tx.query<unknown[]>(
      `SELECT 1 FROM memberships staff JOIN memberships subject ON subject.group_id = staff.group_id
        WHERE staff.user_id = $1 AND staff.status = $2 AND staff.role = ANY($3)
          AND subject.user_id = $4 AND subject.status = ANY($5)
        LIMIT 1`,
      [me.userId, MembershipStatus.ACTIVE, [GroupRole.FACILITATOR, GroupRole.MODERATOR], userId,
        [MembershipStatus.ACTIVE, MembershipStatus.PENDING]],
    );
    return row !== undefined;
  }
}

/** The cursor of a note in {@link MemberNotesService.list}. */
export function noteCursor(note: MemberNote): string {
  return encodeCursor({ sort: note.createdAt.toISOString(), id: note.id });
}

function checkBody(body: string): string {
  const text = body.trim();
  if (text.length === 0 || text.length > MAX_NOTE) throw ModerationException.invalid('body', `must be between 1 and ${MAX_NOTE} characters`);
  return text;
}

function noteNotFound(): ModerationException {
  return new ModerationException(ModerationErrorReason.NOTE_NOT_FOUND, 'No such note.');
}
