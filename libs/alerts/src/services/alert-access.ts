import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Group, GroupPermission, GroupRole, groupPermits, Membership, MembershipStatus } from '@alongside/groups';
import { type Actor, ApiScope, isPlatformModerator, requireActor } from '@alongside/platform';
import { AlertsException } from '../alerts.exception.js';
import type { CrisisAlert } from '../entities/crisis-alert.entity.js';

/** Whether the actor moderates the group (GroupPermission.MODERATE), without throwing. */
export async function moderates(manager: EntityManager, actor: Actor, groupId: string): Promise<boolean> {
  if (!actor.scopes.has(ApiScope.MODERATE)) return false;
  if (isPlatformModerator(actor)) return true;
  const [group, membership] = await Promise.all([
    manager.findOneBy(Group, { id: groupId }),
    manager.findOneBy(Membership, { groupId, userId: actor.userId }),
  ]);
  if (!group) return false;
  return groupPermits(GroupPermission.MODERATE, {
    visibility: group.visibility,
    membersListVisibility: group.membersListVisibility,
    platformRole: actor.platformRole,
    membership,
  });
}

/** The gate of every alert use case: a moderator of the alert's group, or NOT_FOUND (alerts are never revealed). */
export async function requireModerator(manager: EntityManager, actor: Actor | null, alert: CrisisAlert | null): Promise<Actor> {
  const me = requireActor(actor, ApiScope.MODERATE);
  if (!alert || !(await moderates(manager, me, alert.groupId))) throw AlertsException.notFound();
  return me;
}

/** Narrows an alert query to the groups the actor moderates (all of them for platform moderators). */
export function onlyModeratedGroups(query: SelectQueryBuilder<CrisisAlert>, actor: Actor): void {
  if (isPlatformModerator(actor)) return;
  query.andWhere(
    `a.group_id IN (SELECT m.group_id FROM memberships m
      WHERE m.user_id = :moderatorId AND m.status = :activeStatus AND m.role IN (:...staffRoles))`,
    { moderatorId: actor.userId, activeStatus: MembershipStatus.ACTIVE, staffRoles: [GroupRole.FACILITATOR, GroupRole.MODERATOR] },
  );
}
