import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type Group, GroupsService, type MemberProfile, type Membership, MembershipService } from '@alongside/groups';
import { GroundRulesService, type RuleSetVersion } from '@alongside/ground-rules';
import { type User, UsersService } from '@alongside/identity';

/** Batches lookups by id into one query per kind and tick, for the lifetime of one request. */
export function byIdLoader<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** One user's membership in one group. */
export interface MembershipKey {
  readonly userId: string;
  readonly groupId: string;
}

export interface Loaders {
  readonly users: DataLoader<string, User | null>;
  readonly groups: DataLoader<string, Group | null>;
  /** Active members per group id. */
  readonly memberCounts: DataLoader<string, number>;
  /** Active facilitators per group id. */
  readonly facilitators: DataLoader<string, MemberProfile[]>;
  readonly memberships: DataLoader<MembershipKey, Membership | null, string>;
  /** The current ground rules per group id. */
  readonly groundRules: DataLoader<string, RuleSetVersion>;
}

/**
 * Forgets what the loaders read. A subscription keeps one context for all its events: each event must read afresh
 * (a handle changed, an account deleted since the last one).
 */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as DataLoader<unknown, unknown>[]) loader.clearAll();
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly membershipService: MembershipService,
    private readonly groundRulesService: GroundRulesService,
  ) {}

  create(): Loaders {
    return {
      users: byIdLoader((ids) => this.users.findByIds(ids)),
      groups: byIdLoader((ids) => this.groups.findByIds(ids)),
      memberCounts: new DataLoader(async (groupIds) => {
        const counts = await this.membershipService.countActiveMembers(groupIds);
        return groupIds.map((id) => counts.get(id) ?? 0);
      }),
      facilitators: new DataLoader(async (groupIds) => {
        const byGroup = await this.membershipService.facilitatorsOf(groupIds);
        return groupIds.map((id) => byGroup.get(id) ?? []);
      }),
      memberships: new DataLoader(
        async (keys) => {
          const found = new Map<string, Membership>();
          for (const userId of new Set(keys.map((key) => key.userId))) {
            const groupIds = keys.filter((key) => key.userId === userId).map((key) => key.groupId);
            for (const m of await this.membershipService.membershipsOf(userId, groupIds)) found.set(`${m.userId}:${m.groupId}`, m);
          }
          return keys.map((key) => found.get(`${key.userId}:${key.groupId}`) ?? null);
        },
        { cacheKeyFn: (key) => `${key.userId}:${key.groupId}` },
      ),
      groundRules: new DataLoader(async (groupIds) => {
        const byGroup = await this.groundRulesService.currentForGroups(groupIds);
        return groupIds.map((id) => byGroup.get(id)!);
      }),
    };
  }
}
