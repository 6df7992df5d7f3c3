import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { User } from '@alongside/identity';
import { type Actor, ApiScope, InvalidInputException, type Page, decodeCursor, encodeCursor, requireActor, toPage } from '@alongside/platform';
import { GroupInvite } from '../entities/group-invite.entity.js';
import { Group } from '../entities/group.entity.js';
import { GroupRole, MembershipStatus } from '../entities/group.enums.js';
import { Membership } from '../entities/membership.entity.js';
import { GroupsErrorReason, GroupsException } from '../groups.exception.js';
import { GroupPermission } from '../policies/group-access.policy.js';
import {
  assertKeepsStaff,
  assertValidBreakEnd,
  hasOpenSeat,
  inviteUsable,
  isOnBreak,
  isStaffRole,
  joinStatus,
} from '../policies/membership.policy.js';
import { GroupAccessService } from './group-access.service.js';
import { RestrictionsService } from './restrictions.service.js';
import { type Listed, type Pagination, badCursor, pageSize } from './pagination.js';

/**
 * A member as other members see them: the handle, and the display name only where that member
 * chose to show it in this group. Never an e-mail address.
 */
export interface MemberProfile {
  /** The membership's id. */
  readonly id: string;
  readonly groupId: string;
  readonly userId: string;
  readonly handle: string;
  readonly displayName: string | null;
  readonly role: GroupRole;
  readonly status: MembershipStatus;
  readonly listening: boolean;
  readonly onBreak: boolean;
  readonly joinedAt: Date | null;
  /** The message of a pending request; only in lists of requests, which only reviewers see. */
  readonly requestMessage: string | null;
}

export interface CreatedInvite {
  readonly invite: GroupInvite;
  /** The token of the link; shown once, stored only as a hash. */
  readonly token: string;
}

export const DEFAULT_INVITE_HOURS = 168;
export const MAX_INVITE_HOURS = 720;
export const MAX_INVITE_USES = 10_000;

const INVITE_PREFIX = 'inv_';

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: GroupAccessService,
    private readonly restrictions: RestrictionsService,
  ) {}

  /** Open groups admit at once, request groups take a pending request, invite-only groups refuse. */
  async join(actor: Actor | null, groupId: string, options: { message?: string } = {}): Promise<Membership> {
    const me = requireActor(actor, ApiScope.WRITE);
    return this.dataSource.transaction(async (tx) => {
      const { group, membership } = await this.access.require(me, GroupPermission.JOIN, groupId, { manager: tx, lockGroup: true });
      await this.restrictions.requireAllowed(me.userId, group.id, 'join', tx);
      const status = joinStatus(group.admission, membership?.status ?? null, false);
      if (status === MembershipStatus.ACTIVE) await this.requireSeat(tx, group);
      return this.enter(tx, group.id, me.userId, membership, status, options.message?.trim() || null);
    });
  }

  /** An invite link admits at once, to any group (hidden ones too), turning a pending request into membership. */
  async joinWithInvite(actor: Actor | null, token: string): Promise<Membership> {
    const me = requireActor(actor, ApiScope.WRITE);
    const invalid = new GroupsException(GroupsErrorReason.INVITE_INVALID, 'This invite link is not valid (it may have expired).');
    return this.dataSource.transaction(async (tx) => {
      const found = await tx.findOneBy(GroupInvite, { tokenHash: digest(token) });
      if (!found) throw invalid;
      // Group first, then invite: the same order as every other path that locks both.
      const group = await tx.findOne(Group, { where: { id: found.groupId }, lock: { mode: 'pessimistic_write' } });
      const invite = await tx.findOne(GroupInvite, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!group || !invite || !inviteUsable(invite, new Date())) throw invalid;
      await this.restrictions.requireAllowed(me.userId, group.id, 'join', tx);
      const membership = await tx.findOneBy(Membership, { groupId: group.id, userId: me.userId });
      joinStatus(group.admission, membership?.status ?? null, true);
      await this.requireSeat(tx, group);
      await tx.increment(GroupInvite, { id: invite.id }, 'uses', 1);
      return this.enter(tx, group.id, me.userId, membership, MembershipStatus.ACTIVE, null);
    });
  }

  async approveRequest(actor: Actor | null, groupId: string, userId: string): Promise<MemberProfile> {
    const me = requireActor(actor, ApiScope.MODERATE);
    return this.dataSource.transaction(async (tx) => {
      const { group } = await this.access.require(me, GroupPermission.REVIEW_REQUESTS, groupId, { manager: tx, lockGroup: true });
      const request = await this.pendingRequest(tx, groupId, userId);
      await this.requireSeat(tx, group);
      Object.assign(request, {
        status: MembershipStatus.ACTIVE,
        decidedById: me.userId,
        decisionReason: null,
        joinedAt: new Date(),
      });
      return this.profile(tx, await tx.save(request));
    });
  }

  /** The reason is shown to the person who asked. */
  async declineRequest(actor: Actor | null, groupId: string, userId: string, reason: string): Promise<MemberProfile> {
    const me = requireActor(actor, ApiScope.MODERATE);
    return this.dataSource.transaction(async (tx) => {
      await this.access.require(me, GroupPermission.REVIEW_REQUESTS, groupId, { manager: tx, lockGroup: true });
      const request = await this.pendingRequest(tx, groupId, userId);
      Object.assign(request, { status: MembershipStatus.DECLINED, decidedById: me.userId, decisionReason: reason.trim() });
      return this.profile(tx, await tx.save(request));
    });
  }

  async createInvite(
    actor: Actor | null,
    groupId: string,
    options: { expiresInHours?: number; maxUses?: number | null } = {},
  ): Promise<CreatedInvite> {
    const hours = options.expiresInHours ?? DEFAULT_INVITE_HOURS;
    const maxUses = options.maxUses ?? null;
    if (!Number.isInteger(hours) || hours < 1 || hours > MAX_INVITE_HOURS) {
      throw new InvalidInputException('An invite lasts 1 to 720 hours.', { expiresInHours: `must be between 1 and ${MAX_INVITE_HOURS}` });
    }
    if (maxUses !== null && (!Number.isInteger(maxUses) || maxUses < 1 || maxUses > MAX_INVITE_USES)) {
      throw new InvalidInputException('maxUses is out of range.', { maxUses: `must be between 1 and ${MAX_INVITE_USES}` });
    }
    const me = requireActor(actor, ApiScope.MODERATE);
    const { group } = await this.access.require(me, GroupPermission.REVIEW_REQUESTS, groupId);
    const token = `${INVITE_PREFIX}${randomBytes(24).toString('base64url')}`;
    const invite = this.dataSource.manager.create(GroupInvite, {
      groupId: group.id,
      tokenHash: digest(token),
      createdById: me.userId,
      expiresAt: new Date(Date.now() + hours * 3600 * 1000),
      maxUses,
      uses: 0,
      revokedAt: null,
    });
    await this.dataSource.manager.insert(GroupInvite, invite);
    return { invite, token };
  }

  async revokeInvite(actor: Actor | null, inviteId: string): Promise<GroupInvite> {
    return this.dataSource.transaction(async (tx) => {
      const invite = await tx.findOne(GroupInvite, { where: { id: inviteId }, lock: { mode: 'pessimistic_write' } });
      if (!invite) throw new GroupsException(GroupsErrorReason.INVITE_NOT_FOUND, 'No such invite.');
      await this.access.require(actor, GroupPermission.REVIEW_REQUESTS, invite.groupId, { manager: tx });
      invite.revokedAt ??= new Date();
      return tx.save(invite);
    });
  }

  /**
   * Leaving has no friction: no reason asked, a pending request is simply withdrawn. The one
   * exception keeps a group with members from losing its last facilitator or moderator.
   */
  async leave(actor: Actor | null, groupId: string): Promise<Membership> {
    return this.dataSource.transaction(async (tx) => {
      const { membership: mine } = await this.access.require(actor, GroupPermission.PARTICIPATE, groupId, { manager: tx, lockGroup: true });
      if (!mine) throw GroupsException.notFound();
      if (mine.status === MembershipStatus.ACTIVE && isStaffRole(mine.role)) {
        const others = await this.activeOthers(tx, groupId, mine.userId);
        assertKeepsStaff(others.staff, others.members);
      }
      Object.assign(mine, { status: MembershipStatus.LEFT, role: GroupRole.MEMBER, leftAt: new Date(), onBreak: false, breakUntil: null });
      return tx.save(mine);
    });
  }

  /** Pause notifications and stay a member, until `until` or until ended. */
  async takeBreak(actor: Actor | null, groupId: string, until?: Date): Promise<Membership> {
    assertValidBreakEnd(until, new Date());
    return this.updateOwn(actor, groupId, { onBreak: true, breakUntil: until ?? null });
  }

  async endBreak(actor: Actor | null, groupId: string): Promise<Membership> {
    return this.updateOwn(actor, groupId, { onBreak: false, breakUntil: null });
  }

  async setListening(actor: Actor | null, groupId: string, listening: boolean): Promise<Membership> {
    return this.updateOwn(actor, groupId, { listening });
  }

  async setShowDisplayName(actor: Actor | null, groupId: string, showDisplayName: boolean): Promise<Membership> {
    return this.updateOwn(actor, groupId, { showDisplayName });
  }

  /** Group moderators and admins appoint facilitators and moderators among active members. */
  async setMemberRole(actor: Actor | null, groupId: string, userId: string, role: GroupRole): Promise<MemberProfile> {
    return this.dataSource.transaction(async (tx) => {
      await this.access.require(actor, GroupPermission.ASSIGN_ROLES, groupId, { manager: tx, lockGroup: true });
      const target = await tx.findOneBy(Membership, { groupId, userId, status: MembershipStatus.ACTIVE });
      if (!target) throw new GroupsException(GroupsErrorReason.MEMBERSHIP_NOT_FOUND, 'This user is not an active member of the group.');
      if (isStaffRole(target.role) && !isStaffRole(role)) {
        const others = await this.activeOthers(tx, groupId, userId);
        assertKeepsStaff(others.staff, others.members + 1);
      }
      target.role = role;
      return this.profile(tx, await tx.save(target));
    });
  }

  /**
   * Members of a group by handle. Active members per the group's members-list setting; pending
   * requests (with their messages) only for those who review them.
   */
  async listMembers(
    actor: Actor | null,
    groupId: string,
    status: MembershipStatus.ACTIVE | MembershipStatus.PENDING,
    pagination: Pagination = {},
  ): Promise<Page<Listed<MemberProfile>>> {
    const permission = status === MembershipStatus.PENDING ? GroupPermission.REVIEW_REQUESTS : GroupPermission.VIEW_MEMBERS;
    await this.access.require(actor, permission, groupId);
    const first = pageSize(pagination.first);
    const qb = this.profiles(this.dataSource.manager)
      .where('m.groupId = :groupId AND m.status = :status', { groupId, status })
      .orderBy('u.handle', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(first + 1);
    if (pagination.after !== undefined) {
      const after = decodeCursor(pagination.after);
      if (!isUUID(after.id)) throw badCursor();
      qb.andWhere('(u.handle, m.id) > (:afterHandle, CAST(:afterId AS uuid))', { afterHandle: after.sort, afterId: after.id });
    }
    const rows = await this.readProfiles(qb, status === MembershipStatus.PENDING);
    return toPage(
      rows.map((node) => ({ node, cursor: encodeCursor({ sort: node.handle, id: node.id }) })),
      first,
    );
  }

  /** The actor's memberships: active, pending, and declined ones (with the reason given). */
  async myMemberships(actor: Actor | null): Promise<Membership[]> {
    const me = requireActor(actor, ApiScope.READ);
    return this.dataSource.manager.find(Membership, {
      where: { userId: me.userId, status: Not(MembershipStatus.LEFT) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  // Batch reads for DataLoaders. They check no access: callers pass groups the actor may already see.

  /** Active members per group, in one query. */
  async countActiveMembers(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows =
      groupIds.length === 0
        ? []
        : await this.dataSource
            .createQueryBuilder(Membership, 'm')
            .select('m.groupId', 'groupId')
            .addSelect('count(*)::int', 'count')
            .where({ groupId: In([...groupIds]), status: MembershipStatus.ACTIVE })
            .groupBy('m.groupId')
            .getRawMany<{ groupId: string; count: number }>();
    return new Map(rows.map((row) => [row.groupId, Number(row.count)]));
  }

  /** Active facilitators per group, by handle, in one query. */
  async facilitatorsOf(groupIds: readonly string[]): Promise<Map<string, MemberProfile[]>> {
    const byGroup = new Map<string, MemberProfile[]>();
    if (groupIds.length === 0) return byGroup;
    const qb = this.profiles(this.dataSource.manager)
      .where({ groupId: In([...groupIds]), status: MembershipStatus.ACTIVE, role: GroupRole.FACILITATOR })
      .orderBy('u.handle', 'ASC');
    for (const profile of await this.readProfiles(qb, false)) {
      byGroup.set(profile.groupId, [...(byGroup.get(profile.groupId) ?? []), profile]);
    }
    return byGroup;
  }

  /** One user's memberships (any status) in the given groups, in one query. */
  async membershipsOf(userId: string, groupIds: readonly string[]): Promise<Membership[]> {
    return groupIds.length === 0 ? [] : this.dataSource.manager.findBy(Membership, { userId, groupId: In([...groupIds]) });
  }

  private async updateOwn(actor: Actor | null, groupId: string, patch: Partial<Membership>): Promise<Membership> {
    return this.dataSource.transaction(async (tx) => {
      const { membership } = await this.access.require(actor, GroupPermission.PARTICIPATE, groupId, { manager: tx });
      if (membership?.status !== MembershipStatus.ACTIVE) {
        throw new GroupsException(GroupsErrorReason.NOT_A_MEMBER, 'Only active members can do this; your request is still pending.');
      }
      await tx.update(Membership, { id: membership.id }, patch);
      return tx.findOneByOrFail(Membership, { id: membership.id });
    });
  }

  /** GROUP_FULL unless the group has a free seat; the caller holds the group's row lock (`lockGroup`). */
  async requireSeat(tx: EntityManager, group: Group): Promise<void> {
    if (group.capacity === null) return;
    const active = await tx.countBy(Membership, { groupId: group.id, status: MembershipStatus.ACTIVE });
    if (!hasOpenSeat(group.capacity, active)) {
      throw new GroupsException(GroupsErrorReason.GROUP_FULL, 'This group is full.', { capacity: group.capacity });
    }
  }

  private async pendingRequest(tx: EntityManager, groupId: string, userId: string): Promise<Membership> {
    const request = await tx.findOneBy(Membership, { groupId, userId });
    if (!request) throw new GroupsException(GroupsErrorReason.MEMBERSHIP_NOT_FOUND, 'This user has not asked to join.');
    if (request.status !== MembershipStatus.PENDING) {
      throw new GroupsException(GroupsErrorReason.NOT_PENDING, 'This request has already been decided or withdrawn.');
    }
    return request;
  }

  /** Writes a fresh membership, or revives a left or declined one: a re-join starts over as a member. */
  private async enter(
    tx: EntityManager,
    groupId: string,
    userId: string,
    existing: Membership | null,
    status: MembershipStatus,
    requestMessage: string | null,
  ): Promise<Membership> {
    const now = new Date();
    const membership = existing ?? tx.create(Membership, { groupId, userId });
    Object.assign(membership, {
      status,
      role: GroupRole.MEMBER,
      listening: false,
      onBreak: false,
      breakUntil: null,
      showDisplayName: false,
      requestMessage: status === MembershipStatus.PENDING ? requestMessage : null,
      decisionReason: null,
      decidedById: null,
      joinedAt: status === MembershipStatus.ACTIVE ? now : null,
      leftAt: null,
    });
    return tx.save(membership);
  }

  private async activeOthers(tx: EntityManager, groupId: string, userId: string): Promise<{ staff: number; members: number }> {
    const others = await tx.findBy(Membership, { groupId, status: MembershipStatus.ACTIVE, userId: Not(userId) });
    return { staff: others.filter((m) => isStaffRole(m.role)).length, members: others.length };
  }

  private profiles(manager: EntityManager) {
    return manager
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .addSelect('u.handle', 'handle')
      .addSelect('u.displayName', 'display_name');
  }

  private async readProfiles(
    qb: ReturnType<MembershipService['profiles']>,
    withRequestMessages: boolean,
  ): Promise<MemberProfile[]> {
    const { entities, raw } = await qb.getRawAndEntities<{ m_id: string; handle: string; display_name: string | null }>();
    const users = new Map(raw.map((row) => [row.m_id, row]));
    const now = new Date();
    return entities.map((m) => {
      const user = users.get(m.id)!;
      return toProfile(m, user.handle, user.display_name, now, withRequestMessages);
    });
  }

  private async profile(tx: EntityManager, membership: Membership): Promise<MemberProfile> {
    const user = await tx.findOneByOrFail(User, { id: membership.userId });
    return toProfile(membership, user.handle, user.displayName, new Date(), true);
  }
}

function toProfile(
  m: Membership,
  handle: string,
  displayName: string | null,
  now: Date,
  withRequestMessage: boolean,
): MemberProfile {
  return {
    id: m.id,
    groupId: m.groupId,
    userId: m.userId,
    handle,
    displayName: m.showDisplayName ? displayName : null,
    role: m.role,
    status: m.status,
    listening: m.listening,
    onBreak: isOnBreak(m, now),
    joinedAt: m.joinedAt,
    requestMessage: withRequestMessage ? m.requestMessage : null,
  };
}
