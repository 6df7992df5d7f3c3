import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { User } from '@alongside/identity';
import {
  AccessException,
  type Actor,
  ApiScope,
  type Page,
  decodeCursor,
  encodeCursor,
  isPlatformAdmin,
  isUniqueViolation,
  requireActor,
  toPage,
} from '@alongside/platform';
import { Group, type MeetingSchedule } from '../entities/group.entity.js';
import {
  Admission,
  Facilitation,
  GroupKind,
  GroupRole,
  GroupVisibility,
  MeetingMode,
  MembersListVisibility,
  MembershipStatus,
  Weekday,
} from '../entities/group.enums.js';
import { Membership } from '../entities/membership.entity.js';
import { GroupsErrorReason, GroupsException } from '../groups.exception.js';
import { GroupPermission, groupPermits } from '../policies/group-access.policy.js';
import { GroupAccessService } from './group-access.service.js';
import { assertTimeZone, normalizeSchedule, normalizeTags, slugify } from './group-fields.js';
import { type Listed, type Pagination, badCursor, pageSize } from './pagination.js';

export interface GroupSettings {
  name: string;
  slug?: string;
  description?: string;
  kind: GroupKind;
  conditions?: string[];
  audiences?: string[];
  languages?: string[];
  facilitation: Facilitation;
  meetingMode: MeetingMode;
  location?: string | null;
  timeZone?: string;
  schedule?: MeetingSchedule | null;
  visibility: GroupVisibility;
  admission: Admission;
  /** `null` or absent: unlimited. */
  capacity?: number | null;
  membersListVisibility?: MembersListVisibility;
}

export interface NewGroup extends GroupSettings {
  /** Users who become active facilitators. */
  facilitatorIds?: string[];
  /** Users who become active group moderators (a user in both lists is a moderator). */
  moderatorIds?: string[];
}

export type GroupUpdate = Partial<GroupSettings>;

/** Directory filters; array filters match groups having any of the values. */
export interface GroupFilter {
  search?: string;
  kind?: GroupKind;
  conditions?: string[];
  audiences?: string[];
  languages?: string[];
  facilitation?: Facilitation;
  meetingMode?: MeetingMode;
  meetingDays?: Weekday[];
  admission?: Admission;
  visibility?: GroupVisibility;
  /** true: groups with a free seat; false: full groups. */
  hasOpenSeats?: boolean;
  /** true: groups the actor is an active member of; false: the others. Needs a signed-in actor. */
  memberOf?: boolean;
}

/** Cursor sort keys carry their ordering, so a cursor of a search is never read as one of a name listing. */
const BY_NAME = 'n:';
const BY_RANK = 'r:';

const RANK = `ts_rank(g.search, websearch_to_tsquery('english', :search))`;

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: GroupAccessService,
  ) {}

  /** Platform admins (or their API keys with the admin scope) create groups. */
  async create(actor: Actor | null, input: NewGroup): Promise<Group> {
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins create groups.');
    const staff = new Map<string, GroupRole>();
    for (const id of input.facilitatorIds ?? []) staff.set(id, GroupRole.FACILITATOR);
    for (const id of input.moderatorIds ?? []) staff.set(id, GroupRole.MODERATOR);

    return this.dataSource.transaction(async (tx) => {
      const group = settingsOf(
        input,
        tx.create(Group, {
          description: '',
          conditions: [],
          audiences: [],
          languages: ['en'],
          location: null,
          timeZone: 'UTC',
          schedule: null,
          meetingDays: [],
          capacity: null,
          membersListVisibility: MembersListVisibility.MEMBERS,
          createdById: me.userId,
        }),
      );
      group.slug = input.slug ?? (await this.freeSlug(tx, input.name));
      if (staff.size > 0 && (await tx.countBy(User, { id: In([...staff.keys()]) })) !== staff.size) {
        throw new GroupsException(GroupsErrorReason.UNKNOWN_USER, 'A facilitator or moderator does not exist.', {
          fields: { facilitatorIds: 'must name existing users', moderatorIds: 'must name existing users' },
        });
      }
      await insertGroup(tx, group);
      const now = new Date();
      for (const [userId, role] of staff) {
        await tx.insert(Membership, { groupId: group.id, userId, role, status: MembershipStatus.ACTIVE, joinedAt: now });
      }
      return group;
    });
  }

  /** Group moderators and admins change settings; fields left out stay as they are. */
  async update(actor: Actor | null, groupId: string, update: GroupUpdate): Promise<Group> {
    return this.dataSource.transaction(async (tx) => {
      const { group } = await this.access.require(actor, GroupPermission.MANAGE, groupId, { manager: tx, lockGroup: true });
      settingsOf(update, group);
      if (update.slug !== undefined) group.slug = update.slug;
      try {
        return await tx.save(group);
      } catch (error) {
        throw slugTaken(error) ?? error;
      }
    });
  }

  async get(actor: Actor | null, groupId: string): Promise<Group> {
    return (await this.access.require(actor, GroupPermission.VIEW, groupId)).group;
  }

  async getBySlug(actor: Actor | null, slug: string): Promise<Group> {
    const group = await this.dataSource.manager.findOneBy(Group, { slug });
    if (!group) throw GroupsException.notFound();
    return this.get(actor, group.id);
  }

  /** Groups by id with no access check, for DataLoaders of groups the caller already may see. */
  async findByIds(ids: readonly string[]): Promise<Group[]> {
    return ids.length === 0 ? [] : this.dataSource.manager.findBy(Group, { id: In([...ids]) });
  }

  /**
   * The directory: groups the actor may see, filtered, ranked by relevance when searching and by
   * name otherwise, one keyset page at a time.
   */
  async list(actor: Actor | null, filter: GroupFilter, pagination: Pagination = {}): Promise<Page<Listed<Group>>> {
    const first = pageSize(pagination.first);
    const qb = this.visible(actor, filter);
    const search = searchText(filter);
    const after = pagination.after === undefined ? undefined : decodeCursor(pagination.after);
    if (after !== undefined && !isUUID(after.id)) throw badCursor();

    if (search !== undefined) {
      qb.addSelect(`${RANK}::text`, 'rank').orderBy(RANK, 'DESC').addOrderBy('g.id', 'ASC');
      if (after !== undefined) {
        const rank = after.sort.startsWith(BY_RANK) ? after.sort.slice(BY_RANK.length) : '';
        if (rank === '' || !Number.isFinite(Number(rank))) throw badCursor();
        qb.andWhere(`(${RANK} < CAST(:rank AS real) OR (${RANK} = CAST(:rank AS real) AND g.id > :afterId))`, {
          rank,
          afterId: after.id,
        });
      }
    } else {
      qb.orderBy('g.name', 'ASC').addOrderBy('g.id', 'ASC');
      if (after !== undefined) {
        if (!after.sort.startsWith(BY_NAME)) throw badCursor();
        qb.andWhere('(g.name, g.id) > (:afterName, :afterId)', { afterName: after.sort.slice(BY_NAME.length), afterId: after.id });
      }
    }

    const { entities, raw } = await qb.limit(first + 1).getRawAndEntities<{ g_id: string; rank?: string }>();
    const ranks = new Map(raw.map((row) => [row.g_id, row.rank]));
    const rows = entities.map((group) => ({
      node: group,
      cursor: encodeCursor({
        sort: search !== undefined ? `${BY_RANK}${ranks.get(group.id)}` : `${BY_NAME}${group.name}`,
        id: group.id,
      }),
    }));
    return toPage(rows, first);
  }

  /** How many groups the directory holds for this actor and filter: the same visible set as {@link list}. */
  async count(actor: Actor | null, filter: GroupFilter): Promise<number> {
    return this.visible(actor, filter).getCount();
  }

  /** The groups the actor may see that match the filter. Hidden groups are filtered out here, in SQL. */
  private visible(actor: Actor | null, filter: GroupFilter): SelectQueryBuilder<Group> {
    if (actor !== null) requireActor(actor, ApiScope.READ);
    const qb = this.dataSource.createQueryBuilder(Group, 'g');
    if (!seesHiddenGroups(actor)) {
      qb.where(
        actor === null
          ? `g.visibility <> '${GroupVisibility.HIDDEN}'`
          : `(g.visibility <> '${GroupVisibility.HIDDEN}' OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.group_id = g.id
              AND vm.user_id = :viewerId AND vm.status IN ('${MembershipStatus.ACTIVE}', '${MembershipStatus.PENDING}')))`,
        { viewerId: actor?.userId },
      );
    }
    const search = searchText(filter);
    if (search !== undefined) qb.andWhere(`g.search @@ websearch_to_tsquery('english', :search)`, { search });
    for (const [column, value] of [
      ['kind', filter.kind],
      ['facilitation', filter.facilitation],
      ['meetingMode', filter.meetingMode],
      ['admission', filter.admission],
      ['visibility', filter.visibility],
    ] as const) {
      if (value !== undefined) qb.andWhere(`g.${column} = :${column}`, { [column]: value });
    }
    for (const [column, values] of [
      ['conditions', filter.conditions && normalizeTags(filter.conditions)],
      ['audiences', filter.audiences && normalizeTags(filter.audiences)],
      ['languages', filter.languages],
      ['meetingDays', filter.meetingDays],
    ] as const) {
      if (values !== undefined && values.length > 0) {
        qb.andWhere(`g.${column} && CAST(:${column} AS text[])`, { [column]: [...values] });
      }
    }
    if (filter.hasOpenSeats !== undefined) {
      const seats = `(g.capacity IS NULL OR (SELECT count(*) FROM memberships sm
        WHERE sm.group_id = g.id AND sm.status = '${MembershipStatus.ACTIVE}') < g.capacity)`;
      qb.andWhere(filter.hasOpenSeats ? seats : `NOT ${seats}`);
    }
    if (filter.memberOf !== undefined) {
      if (actor === null) throw AccessException.signInRequired();
      const mine = `EXISTS (SELECT 1 FROM memberships mm WHERE mm.group_id = g.id AND mm.user_id = :memberId
        AND mm.status = '${MembershipStatus.ACTIVE}')`;
      qb.andWhere(filter.memberOf ? mine : `NOT ${mine}`, { memberId: actor.userId });
    }
    return qb;
  }

  /** The slug of `name`, with a random suffix when it is taken (a race still ends in SLUG_TAKEN). */
  private async freeSlug(tx: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'group';
    const taken = base.length < 3 || (await tx.existsBy(Group, { slug: base }));
    return taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
  }
}

/** Platform moderators and admins see hidden groups; decided by the one policy table. */
function seesHiddenGroups(actor: Actor | null): boolean {
  return groupPermits(GroupPermission.VIEW, {
    visibility: GroupVisibility.HIDDEN,
    membersListVisibility: MembersListVisibility.MEMBERS,
    platformRole: actor?.platformRole ?? null,
    membership: null,
  });
}

function searchText(filter: GroupFilter): string | undefined {
  const search = filter.search?.trim();
  return search === undefined || search === '' ? undefined : search;
}

async function insertGroup(tx: EntityManager, group: Group): Promise<void> {
  try {
    await tx.insert(Group, group);
  } catch (error) {
    throw slugTaken(error) ?? error;
  }
}

function slugTaken(error: unknown): GroupsException | undefined {
  return isUniqueViolation(error, 'UQ_groups_slug')
    ? new GroupsException(GroupsErrorReason.SLUG_TAKEN, 'Another group already uses this slug.', {
        fields: { slug: 'already taken' },
      })
    : undefined;
}

/** Copies the given settings onto `group`, validated and normalized. */
function settingsOf(input: Partial<GroupSettings>, group: Group): Group {
  if (input.timeZone !== undefined) assertTimeZone(input.timeZone);
  if (input.name !== undefined) group.name = input.name.trim();
  if (input.description !== undefined) group.description = input.description;
  if (input.kind !== undefined) group.kind = input.kind;
  if (input.conditions !== undefined) group.conditions = normalizeTags(input.conditions);
  if (input.audiences !== undefined) group.audiences = normalizeTags(input.audiences);
  if (input.languages !== undefined) group.languages = [...new Set(input.languages)];
  if (input.facilitation !== undefined) group.facilitation = input.facilitation;
  if (input.meetingMode !== undefined) group.meetingMode = input.meetingMode;
  if (input.location !== undefined) group.location = input.location;
  if (input.timeZone !== undefined) group.timeZone = input.timeZone;
  if (input.schedule !== undefined) {
    group.schedule = input.schedule === null ? null : normalizeSchedule(input.schedule);
    group.meetingDays = group.schedule?.weekdays ?? [];
  }
  if (input.visibility !== undefined) group.visibility = input.visibility;
  if (input.admission !== undefined) group.admission = input.admission;
  if (input.capacity !== undefined) group.capacity = input.capacity;
  if (input.membersListVisibility !== undefined) group.membersListVisibility = input.membersListVisibility;
  return group;
}
