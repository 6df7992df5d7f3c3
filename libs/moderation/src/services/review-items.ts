import { type EntityManager, In } from 'typeorm';
import type { AuditService } from '@alongside/audit';
import { ReviewStatus, UNSETTLED } from '../entities/moderation.enums.js';
import { ReviewItem } from '../entities/review-item.entity.js';
import { ModerationErrorReason, ModerationException } from '../moderation.exception.js';

export const postSubject = (postId: string) => `post:${postId}`;
export const heldSubject = (postId: string) => `held:${postId}`;
export const memberSubject = (groupId: string, userId: string) => `member:${groupId}:${userId}`;

/**
 * Closes the unresolved items about these things, as part of the action that settles them. An item
 * another moderator has claimed is theirs to work: CONFLICT.
 */
export async function resolveItems(
  manager: EntityManager,
  audit: AuditService,
  subjects: readonly string[],
  actorId: string,
  resolution: string,
): Promise<void> {
  const items = await manager.find(ReviewItem, {
    where: { subject: In([...subjects]), status: In([...UNSETTLED]) },
    lock: { mode: 'pessimistic_write' },
  });
  for (const item of items) {
    if (item.status === ReviewStatus.CLAIMED && item.assigneeId !== actorId) throw claimedByOther();
    await manager.update(ReviewItem, { id: item.id }, {
      status: ReviewStatus.RESOLVED, assigneeId: null, resolvedById: actorId, resolution, resolvedAt: new Date(),
    });
    await audit.append({
      actorId, action: 'review_item.resolved', targetType: 'review_item', targetId: item.id, reason: resolution,
      before: { status: item.status, assigneeId: item.assigneeId }, after: { status: ReviewStatus.RESOLVED },
    }, manager);
  }
}

export function claimedByOther(): ModerationException {
  return new ModerationException(ModerationErrorReason.ALREADY_CLAIMED, 'Another moderator has claimed this item.');
}
