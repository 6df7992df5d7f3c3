import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataSource } from '@alongside/platform';
import { MemberNote } from '../entities/member-note.entity.js';
import { MemberWarning } from '../entities/member-warning.entity.js';
import { ReviewKind, ReviewStatus } from '../entities/moderation.enums.js';
import { Report } from '../entities/report.entity.js';
import { ReviewItem } from '../entities/review-item.entity.js';
import { WatchedTerm } from '../entities/watched-term.entity.js';

/**
 * The member's reports, the warnings they received and moderators' notes about them (a subject access
 * request covers those: the text and when, not which moderator wrote it). On deletion their reports (with
 * any text), warnings and the notes about them go, and so do open reports about them; review items keep
 * only ids and counts; notes they wrote as a moderator stay, without their author.
 */
@Injectable()
export class ModerationPersonalData implements PersonalDataSource {
  readonly section = 'moderation';

  async export(manager: EntityManager, userId: string): Promise<unknown> {
    const reports = await manager.find(Report, { where: { reporterId: userId }, order: { createdAt: 'ASC' } });
    const warnings = await manager.find(MemberWarning, { where: { userId }, order: { createdAt: 'ASC' } });
    const notes = await manager.find(MemberNote, { where: { userId }, order: { createdAt: 'ASC' } });
    return {
      reportsMade: reports.map((r) => ({ subject: r.subject, reason: r.reason, ruleKey: r.ruleKey, text: r.text, createdAt: r.createdAt })),
      warningsReceived: warnings.map((w) => ({ groupId: w.groupId, reason: w.reason, ruleKey: w.ruleKey, createdAt: w.createdAt })),
      moderatorNotesAboutYou: notes.map((n) => ({ body: n.body, createdAt: n.createdAt, editedAt: n.editedAt })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(Report, { reporterId: userId });
    await manager.delete(MemberWarning, { userId });
    await manager.delete(MemberNote, { userId });
    await manager.update(MemberNote, { authorId: userId }, { authorId: null });
    // Reports about them name them in their text: the items (and their reports) about the member go.
    await manager.delete(ReviewItem, { userId, kind: ReviewKind.REPORTED_MEMBER });
    await manager.update(MemberWarning, { moderatorId: userId }, { moderatorId: null });
    await manager.update(ReviewItem, { assigneeId: userId }, { assigneeId: null, status: ReviewStatus.OPEN });
    await manager.update(ReviewItem, { resolvedById: userId }, { resolvedById: null });
    await manager.update(WatchedTerm, { createdById: userId }, { createdById: null });
  }
}
