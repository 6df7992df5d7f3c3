import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessException, type Actor, type DomainException, hasScope } from '@alongside/platform';
import { Group } from '../entities/group.entity.js';
import { Membership } from '../entities/membership.entity.js';
import { GroupsException } from '../groups.exception.js';
import { GroupPermission, SCOPE_OF_PERMISSION, groupPermits } from '../policies/group-access.policy.js';

export interface GroupAccess {
  readonly group: Group;
  /** The actor's membership row in any status, or `null`. */
  readonly membership: Membership | null;
}

export interface AccessOptions {
  /** Run inside this transaction. */
  readonly manager?: EntityManager;
  /** Lock the group row for update (serializes capacity checks and role changes). */
  readonly lockGroup?: boolean;
}

/**
 * The service-level gate for everything done in a group. Callers who may not know a hidden
 * group exists get NOT_FOUND, never FORBIDDEN.
 */
@Injectable()
export class GroupAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async require(
    actor: Actor | null,
    permission: GroupPermission,
    groupId: string,
    options: AccessOptions = {},
  ): Promise<GroupAccess> {
    const access = await this.load(actor, groupId, options);
    this.check(actor, permission, access.group, access.membership);
    return access;
  }

  /** The group and the actor's membership, unchecked: NOT_FOUND only when there is no such group. */
  async load(actor: Actor | null, groupId: string, options: AccessOptions = {}): Promise<GroupAccess> {
    const manager = options.manager ?? this.dataSource.manager;
    const group = await manager.findOne(Group, {
      where: { id: groupId },
      lock: options.lockGroup ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!group) throw GroupsException.notFound();
    const membership = actor ? await manager.findOneBy(Membership, { groupId, userId: actor.userId }) : null;
    return { group, membership };
  }

  /**
   * What the actor's roles allow, whatever the scopes of the key it uses: for deciding what the actor
   * may know exists (NOT_FOUND versus FORBIDDEN) before the operation's own check.
   */
  allows(actor: Actor | null, permission: GroupPermission, group: Group, membership: Membership | null): boolean {
    return groupPermits(permission, {
      visibility: group.visibility,
      membersListVisibility: group.membersListVisibility,
      platformRole: actor?.platformRole ?? null,
      membership,
    });
  }

  /** The same decision for a group and membership already loaded. */
  check(actor: Actor | null, permission: GroupPermission, group: Group, membership: Membership | null): void {
    const refusal = this.refusal(actor, permission, group, membership);
    if (refusal) throw refusal;
  }

  /** Whether the actor may do this, without throwing (for lists and field visibility). */
  permits(actor: Actor | null, permission: GroupPermission, group: Group, membership: Membership | null): boolean {
    return this.refusal(actor, permission, group, membership) === null;
  }

  private refusal(
    actor: Actor | null,
    permission: GroupPermission,
    group: Group,
    membership: Membership | null,
  ): DomainException | null {
    const facts = {
      visibility: group.visibility,
      membersListVisibility: group.membersListVisibility,
      platformRole: actor?.platformRole ?? null,
      membership,
    };
    if (!groupPermits(GroupPermission.VIEW, facts)) return GroupsException.notFound();
    if (permission === GroupPermission.VIEW && actor === null) return null;
    if (actor === null) return AccessException.signInRequired();
    const scope = SCOPE_OF_PERMISSION[permission];
    if (!hasScope(actor, scope)) return AccessException.missingScope(scope);
    if (!groupPermits(permission, facts)) return AccessException.notAllowed(deniedMessage(permission));
    return null;
  }
}

function deniedMessage(permission: GroupPermission): string {
  switch (permission) {
    case GroupPermission.VIEW:
    case GroupPermission.READ_CONTENT:
      return 'Only members can read this group.';
    case GroupPermission.JOIN:
      return 'You cannot join this group.';
    case GroupPermission.POST:
      return 'Only active members can post in this group.';
    case GroupPermission.PARTICIPATE:
      return 'You are not a member of this group.';
    case GroupPermission.VIEW_MEMBERS:
      return 'The members list of this group is not visible to you.';
    case GroupPermission.REVIEW_REQUESTS:
    case GroupPermission.MODERATE:
      return "Only the group's facilitators and moderators can do this.";
    case GroupPermission.MANAGE:
    case GroupPermission.ASSIGN_ROLES:
      return "Only the group's moderators and admins can do this.";
  }
}
