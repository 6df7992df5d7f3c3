import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  Admission,
  Facilitation,
  Group,
  GroupKind,
  GroupRole,
  GroupVisibility,
  MeetingFrequency,
  MeetingMode,
  Membership,
  MembershipStatus,
  Weekday,
} from '@alongside/groups';
import { PlatformRole } from '@alongside/platform';
import { databaseKinds } from '@alongside/testing';
import { codeOf, TestApp, type TestUser } from './test-app.js';

const GROUP_FIELDS = `id slug name description kind conditions audiences languages facilitation meetingMode location timeZone
  schedule { frequency weekdays startTime durationMinutes } meetingDays visibility admission capacity membersListVisibility
  memberCount openSeats facilitators { handle displayName role }`;
const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) { ${GROUP_FIELDS} } }`;
const GROUP = `query($id: ID, $slug: String) { group(id: $id, slug: $slug) { id name viewerMembership { status role } } }`;
const DIRECTORY = `query($filter: GroupFilterInput, $first: Int, $after: String) {
  groups(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Directory {
  groups: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const names = (data: Pick<Directory, 'groups'>): string[] => data.groups.edges.map((e) => e.node.name);

describe.each(databaseKinds())('groups over GraphQL (%s)', (kind) => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    t = await TestApp.start(kind);
    [admin, member] = await Promise.all([t.user(PlatformRole.ADMIN), t.user()]);
  });
  afterAll(() => t.close());

  describe('createGroup', () => {
    it('creates a group with its schedule and staff, and stores it', async () => {
      const [facilitator, moderator] = await Promise.all([t.user(), t.user()]);
      const input = {
        name: 'Young Adults Living With Cancer',
        description: 'A weekly circle for people aged 18-35 during and after treatment.',
        kind: 'CONDITION_SPECIFIC',
        conditions: ['Cancer', 'breast cancer'],
        audiences: ['Young Adults'],
        languages: ['en', 'es'],
        facilitation: 'PROFESSIONAL',
        meetingMode: 'HYBRID',
        location: 'Community Hall, Room 3',
        timeZone: 'Europe/Lisbon',
        schedule: { frequency: 'WEEKLY', weekdays: ['THURSDAY', 'MONDAY', 'MONDAY'], startTime: '18:30', durationMinutes: 90 },
        visibility: 'PRIVATE',
        admission: 'REQUEST',
        capacity: 12,
        membersListVisibility: 'FACILITATORS',
        facilitatorIds: [facilitator.id],
        moderatorIds: [moderator.id],
      };
      const { createGroup } = await t.ok(CREATE, { input }, admin.token);
      expect(createGroup).toMatchObject({
        slug: 'young-adults-living-with-cancer',
        conditions: ['cancer', 'breast-cancer'],
        audiences: ['young-adults'],
        schedule: { frequency: 'WEEKLY', weekdays: ['MONDAY', 'THURSDAY'], startTime: '18:30', durationMinutes: 90 },
        meetingDays: ['MONDAY', 'THURSDAY'],
        memberCount: 2,
        openSeats: 10,
        facilitators: [{ handle: facilitator.handle, displayName: null, role: 'FACILITATOR' }],
      });

      const stored = await t.dataSource.getRepository(Group).findOneByOrFail({ id: createGroup.id });
      expect(stored).toMatchObject({ timeZone: 'Europe/Lisbon', capacity: 12, createdById: admin.id, meetingDays: ['MONDAY', 'THURSDAY'] });
      const staff = await t.dataSource.getRepository(Membership).findBy({ groupId: createGroup.id });
      expect(staff.map((m) => [m.userId, m.role, m.status]).sort()).toEqual(
        [
          [facilitator.id, GroupRole.FACILITATOR, MembershipStatus.ACTIVE],
          [moderator.id, GroupRole.MODERATOR, MembershipStatus.ACTIVE],
        ].sort(),
      );
    });

    it('makes a free slug from the name and refuses a taken one with CONFLICT', async () => {
      const input = { name: 'Caregivers Circle', kind: 'DEMOGRAPHIC', facilitation: 'PEER_LED', meetingMode: 'ONLINE', visibility: 'PUBLIC', admission: 'OPEN' };
      const first = (await t.ok(CREATE, { input }, admin.token)).createGroup;
      const second = (await t.ok(CREATE, { input }, admin.token)).createGroup;
      expect(first.slug).toBe('caregivers-circle');
      expect(second.slug).toMatch(/^caregivers-circle-[0-9a-f]{6}$/);

      const taken = await t.gql(CREATE, { input: { ...input, slug: 'caregivers-circle' } }, admin.token);
      expect(codeOf(taken)).toBe('CONFLICT');
      expect(taken.errors![0].extensions).toMatchObject({ reason: 'SLUG_TAKEN', fields: { slug: 'already taken' } });
      expect(await t.dataSource.getRepository(Group).countBy({ name: 'Caregivers Circle' })).toBe(2);
    });

    it('refuses invalid input with BAD_USER_INPUT naming the fields, and writes nothing', async () => {
      const before = await t.dataSource.getRepository(Group).count();
      const base = { name: 'Valid name', kind: 'DEMOGRAPHIC', facilitation: 'PEER_LED', meetingMode: 'ONLINE', visibility: 'PUBLIC', admission: 'OPEN' };

      const bad = await t.gql(
        CREATE,
        {
          input: {
            ...base,
            name: 'x',
            slug: 'Not A Slug',
            conditions: Array.from({ length: 21 }, (_, i) => `c${i}`),
            languages: ['english!'],
            capacity: 0,
            schedule: { frequency: 'WEEKLY', weekdays: [], startTime: '25:00', durationMinutes: 1 },
          },
        },
        admin.token,
      );
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(Object.keys(bad.errors![0].extensions!.fields).sort()).toEqual([
        'capacity',
        'conditions',
        'languages',
        'name',
        'schedule.durationMinutes',
        'schedule.startTime',
        'schedule.weekdays',
        'slug',
      ]);

      const zone = await t.gql(CREATE, { input: { ...base, timeZone: 'Mars/Olympus_Mons' } }, admin.token);
      expect(codeOf(zone)).toBe('BAD_USER_INPUT');
      expect(zone.errors![0].extensions).toMatchObject({ reason: 'INVALID_TIME_ZONE', fields: { timeZone: expect.any(String) } });

      const ghost = await t.gql(CREATE, { input: { ...base, facilitatorIds: [randomUUID()] } }, admin.token);
      expect(ghost.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_USER' });
      expect(await t.dataSource.getRepository(Group).count()).toBe(before);
    });

    it('is for admins only', async () => {
      const input = { name: 'Nope group', kind: 'DEMOGRAPHIC', facilitation: 'PEER_LED', meetingMode: 'ONLINE', visibility: 'PUBLIC', admission: 'OPEN' };
      expect(codeOf(await t.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(CREATE, { input }, member.token))).toBe('FORBIDDEN');
    });
  });

  describe('updateGroup', () => {
    it('changes only the given fields; null clears the nullable ones', async () => {
      const moderator = await t.user();
      const group = await t.group({
        capacity: 5,
        location: 'Library',
        schedule: { frequency: MeetingFrequency.MONTHLY, weekdays: [Weekday.SATURDAY], startTime: '10:00', durationMinutes: 60 },
      });
      await t.member(group, moderator, GroupRole.MODERATOR);

      const { updateGroup } = await t.ok(
        UPDATE,
        { id: group.id, input: { description: 'Now with a description', capacity: null, schedule: null, conditions: ['Diabetes'] } },
        moderator.token,
      );
      expect(updateGroup).toMatchObject({
        name: group.name,
        location: 'Library',
        description: 'Now with a description',
        capacity: null,
        openSeats: null,
        schedule: null,
        meetingDays: [],
        conditions: ['diabetes'],
      });
      const stored = await t.dataSource.getRepository(Group).findOneByOrFail({ id: group.id });
      expect(stored).toMatchObject({ capacity: null, schedule: null, meetingDays: [], location: 'Library' });
    });

    it('refuses null for required fields, other groups\' slugs, and non-moderators', async () => {
      const group = await t.group();
      const other = await t.group();
      const nulled = await t.gql(UPDATE, { id: group.id, input: { name: null } }, admin.token);
      expect(codeOf(nulled)).toBe('BAD_USER_INPUT');
      expect(Object.keys(nulled.errors![0].extensions!.fields)).toEqual(['name']);
      expect(codeOf(await t.gql(UPDATE, { id: group.id, input: { slug: other.slug } }, admin.token))).toBe('CONFLICT');
      expect(codeOf(await t.gql(UPDATE, { id: group.id, input: { name: 'Taken over' } }, member.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { id: randomUUID(), input: { name: 'Ghost' } }, admin.token))).toBe('NOT_FOUND');
      expect((await t.dataSource.getRepository(Group).findOneByOrFail({ id: group.id })).name).toBe(group.name);
    });
  });

  describe('the directory', () => {
    /** Every test tags its groups, so it sees only its own. */
    const tagged = () => `t-${randomUUID().slice(0, 8)}`;

    it('filters by each field; list filters match any of the values', async () => {
      const tag = tagged();
      const a = await t.group({
        name: 'Alpha',
        conditions: [tag, `${tag}-diabetes`],
        audiences: ['caregivers'],
        languages: ['es'],
        kind: GroupKind.DEMOGRAPHIC,
        facilitation: Facilitation.PROFESSIONAL,
        meetingMode: MeetingMode.IN_PERSON,
        admission: Admission.REQUEST,
        visibility: GroupVisibility.PRIVATE,
        schedule: { frequency: MeetingFrequency.WEEKLY, weekdays: [Weekday.TUESDAY], startTime: '19:00', durationMinutes: 60 },
        capacity: 1,
      });
      await t.group({ name: 'Beta', conditions: [tag, 'parkinsons'], audiences: ['lgbtq+'] });
      await t.member(a, await t.user());

      const list = async (filter: object) => names(await t.ok(DIRECTORY, { filter: { conditions: [tag], ...filter } }));
      expect(await list({})).toEqual(['Alpha', 'Beta']);
      expect(await list({ conditions: [`${tag}-Diabetes`, 'nothing-else'] })).toEqual(['Alpha']);
      expect(await list({ audiences: ['LGBTQ+'] })).toEqual(['Beta']);
      expect(await list({ languages: ['es', 'fr'] })).toEqual(['Alpha']);
      expect(await list({ kind: 'DEMOGRAPHIC' })).toEqual(['Alpha']);
      expect(await list({ facilitation: 'PEER_LED' })).toEqual(['Beta']);
      expect(await list({ meetingMode: 'IN_PERSON' })).toEqual(['Alpha']);
      expect(await list({ meetingDays: ['TUESDAY', 'FRIDAY'] })).toEqual(['Alpha']);
      expect(await list({ admission: 'OPEN' })).toEqual(['Beta']);
      expect(await list({ visibility: 'PRIVATE' })).toEqual(['Alpha']);
      expect(await list({ hasOpenSeats: true })).toEqual(['Beta']);
      expect(await list({ hasOpenSeats: false })).toEqual(['Alpha']);
    });

    it('lists only my groups with memberOf, and needs sign-in for it', async () => {
      const tag = tagged();
      const me = await t.user();
      const mine = await t.group({ name: 'Mine', conditions: [tag] });
      await t.group({ name: 'Theirs', conditions: [tag] });
      const pending = await t.group({ name: 'Pending', conditions: [tag] });
      await t.member(mine, me);
      await t.member(pending, me, GroupRole.MEMBER, MembershipStatus.PENDING);
      expect(names(await t.ok(DIRECTORY, { filter: { conditions: [tag], memberOf: true } }, me.token))).toEqual(['Mine']);
      expect(names(await t.ok(DIRECTORY, { filter: { conditions: [tag], memberOf: false } }, me.token))).toEqual(['Pending', 'Theirs']);
      expect(codeOf(await t.gql(DIRECTORY, { filter: { memberOf: true } }))).toBe('UNAUTHENTICATED');
    });

    it('searches with PostgreSQL full-text, best match first', async () => {
      const tag = tagged();
      await t.group({ name: 'Knitting Club', conditions: [tag], description: 'We sometimes talk about arthritis.' });
      await t.group({ name: 'Arthritis Support', conditions: [tag, 'arthritis'], description: 'Living well with arthritis.' });
      await t.group({ name: 'Heart Health', conditions: [tag] });
      const { groups } = await t.ok(DIRECTORY, { filter: { conditions: [tag], search: 'arthritis' } });
      expect(names({ groups })).toEqual(['Arthritis Support', 'Knitting Club']);
      expect(groups.totalCount).toBe(2);
      expect(names(await t.ok(DIRECTORY, { filter: { conditions: [tag], search: 'arthritis -knitting' } }))).toEqual([
        'Arthritis Support',
      ]);
    });

    it('pages with opaque keyset cursors, by name then by rank', async () => {
      const tag = tagged();
      for (const name of ['Echo', 'Alpha', 'Delta', 'Bravo', 'Charlie']) {
        await t.group({ name, conditions: [tag], description: name === 'Echo' ? 'support support support' : 'support' });
      }
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { groups }: Directory = await t.ok(DIRECTORY, { filter: { conditions: [tag] }, first: 2, after });
        expect(groups.totalCount).toBe(5);
        seen.push(...names({ groups }));
        if (!groups.pageInfo.hasNextPage) break;
        after = groups.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);

      const ranked: string[] = [];
      after = undefined;
      for (;;) {
        const { groups }: Directory = await t.ok(DIRECTORY, { filter: { conditions: [tag], search: 'support' }, first: 2, after });
        ranked.push(...names({ groups }));
        if (!groups.pageInfo.hasNextPage) break;
        after = groups.pageInfo.endCursor;
      }
      expect(ranked[0]).toBe('Echo');
      expect([...ranked].sort()).toEqual(seen);

      // a search cursor means nothing to a listing by name, and garbage is refused
      const mixed = await t.gql(DIRECTORY, { filter: { conditions: [tag] }, after });
      expect(mixed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
      expect(codeOf(await t.gql(DIRECTORY, { after: 'bm90IGEgY3Vyc29y' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(DIRECTORY, { after: Buffer.from('["n:x","1; drop"]').toString('base64url') }))).toBe('BAD_USER_INPUT');
    });

    it('never shows hidden groups to outsiders, not even in totalCount or by search', async () => {
      const tag = tagged();
      const [insider, applicant, outsider, platformModerator] = await Promise.all([
        t.user(),
        t.user(),
        t.user(),
        t.user(PlatformRole.MODERATOR),
      ]);
      await t.group({ name: 'Open Door', conditions: [tag] });
      const hidden = await t.group({ name: 'Secret Circle', conditions: [tag], visibility: GroupVisibility.HIDDEN });
      await t.member(hidden, insider);
      await t.member(hidden, applicant, GroupRole.MEMBER, MembershipStatus.PENDING);

      const seenBy = async (token?: string, search?: string): Promise<any> =>
        (await t.ok(DIRECTORY, { filter: { conditions: [tag], search } }, token)).groups;
      for (const token of [undefined, outsider.token]) {
        expect(names({ groups: await seenBy(token) })).toEqual(['Open Door']);
        expect((await seenBy(token)).totalCount).toBe(1);
        expect((await seenBy(token, 'secret circle')).totalCount).toBe(0);
        expect(codeOf(await t.gql(GROUP, { id: hidden.id }, token))).toBe('NOT_FOUND');
        expect(codeOf(await t.gql(GROUP, { slug: hidden.slug }, token))).toBe('NOT_FOUND');
      }
      for (const token of [insider.token, applicant.token, platformModerator.token]) {
        expect(names({ groups: await seenBy(token) })).toEqual(['Open Door', 'Secret Circle']);
        expect((await seenBy(token)).totalCount).toBe(2);
      }
      const { group } = await t.ok(GROUP, { slug: hidden.slug }, applicant.token);
      expect(group).toMatchObject({ id: hidden.id, viewerMembership: { status: 'PENDING', role: 'MEMBER' } });
    });

    it('caps the page size and the filters: BAD_USER_INPUT, not a crash', async () => {
      expect(codeOf(await t.gql(DIRECTORY, { first: 51 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(DIRECTORY, { first: 0 }))).toBe('BAD_USER_INPUT');
      const huge = await t.gql(DIRECTORY, { filter: { conditions: Array.from({ length: 10_000 }, (_, i) => `c${i}`) } });
      expect(codeOf(huge)).toBe('BAD_USER_INPUT');
      expect(huge.errors![0].extensions!.fields).toHaveProperty(['filter.conditions']);
      const long = await t.gql(DIRECTORY, { filter: { search: 'x'.repeat(1_000_000) } });
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      expect(long.errors![0].extensions!.fields).toHaveProperty(['filter.search']);
      for (const search of ['the', '"unbalanced & | ! :* (', "'); drop table groups; --"]) {
        expect((await t.ok(DIRECTORY, { filter: { search } })).groups.totalCount).toBe(0);
      }
      const nested = await t.gql(`{ groups(first: 50) { edges { node { members(first: 50) { edges { node { handle } } } } } } }`);
      expect(nested.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/too complex/) });
      expect(codeOf(await t.gql(GROUP, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(GROUP, {}))).toBe('BAD_USER_INPUT');
    });
  });

  it('lists 5 or 50 groups with member counts, facilitators and my membership in the same number of SQL queries', async () => {
    const tag5 = `q5-${randomUUID().slice(0, 8)}`;
    const tag50 = `q50-${randomUUID().slice(0, 8)}`;
    const [viewer, facilitator] = await Promise.all([t.user(), t.user()]);
    for (let i = 0; i < 50; i++) {
      const group = await t.group({ conditions: i < 5 ? [tag5, tag50] : [tag50], facilitatorIds: [facilitator.id] });
      if (i % 2 === 0) await t.member(group, viewer);
    }
    const LIST = `query($tag: String!) { groups(first: 50, filter: { conditions: [$tag] }) {
      totalCount edges { node { id name memberCount openSeats facilitators { handle } viewerMembership { status } } } } }`;
    let five: any;
    let fifty: any;
    const queriesFor5 = await t.countQueries(async () => {
      five = await t.ok(LIST, { tag: tag5 }, viewer.token);
    });
    const queriesFor50 = await t.countQueries(async () => {
      fifty = await t.ok(LIST, { tag: tag50 }, viewer.token);
    });

    expect(five.groups.edges).toHaveLength(5);
    expect(fifty.groups.edges).toHaveLength(50);
    expect(fifty.groups.edges.every((e: any) => e.node.facilitators[0]?.handle === facilitator.handle)).toBe(true);
    expect(fifty.groups.edges.filter((e: any) => e.node.viewerMembership?.status === 'ACTIVE')).toHaveLength(25);
    expect(fifty.groups.edges.map((e: { node: { memberCount: number } }) => e.node.memberCount).sort()).toEqual([...Array(25).fill(1), ...Array(25).fill(2)]);
    expect(queriesFor50).toBe(queriesFor5);
    // actor, page, total count, member counts, facilitators, memberships
    expect(queriesFor50).toBeLessThanOrEqual(6);
  });
});
