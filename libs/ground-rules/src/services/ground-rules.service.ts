import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { GroupAccessService, GroupPermission } from '@alongside/groups';
import { AccessException, type Actor, ApiScope, isPlatformAdmin, requireActor } from '@alongside/platform';
import { type GroundRule, RuleSetVersion } from '../entities/rule-set-version.entity.js';
import { RuleSet } from '../entities/rule-set.entity.js';
import { RulesAcceptance } from '../entities/rules-acceptance.entity.js';
import { GroundRulesErrorReason, GroundRulesException } from '../ground-rules.exception.js';

export interface GroundRulesDraft {
  title: string;
  preamble: string;
  rules: GroundRule[];
}

/** The rules that apply in a group: its own set if it has one, else the organization's default. */
export interface ApplicableRules {
  readonly ruleSet: RuleSet;
  readonly current: RuleSetVersion;
}

@Injectable()
export class GroundRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: GroupAccessService,
  ) {}

  /** The organization-wide default rules, current version (anyone may read them). */
  async currentDefault(manager: EntityManager = this.dataSource.manager): Promise<ApplicableRules> {
    const ruleSet = await manager.findOneByOrFail(RuleSet, { groupId: IsNull() });
    return { ruleSet, current: await this.version(manager, ruleSet.id, ruleSet.currentVersion) };
  }

  /** The current rules of a group, for anyone who may see the group. */
  async currentForGroup(actor: Actor | null, groupId: string): Promise<ApplicableRules> {
    await this.access.require(actor, GroupPermission.VIEW, groupId);
    return this.applicable(this.dataSource.manager, groupId);
  }

  /** Current rules of many groups in three queries, for DataLoaders; the caller has checked access. */
  async currentForGroups(groupIds: readonly string[]): Promise<Map<string, RuleSetVersion>> {
    const manager = this.dataSource.manager;
    const own = groupIds.length ? await manager.findBy(RuleSet, { groupId: In([...groupIds]) }) : [];
    const fallback = await manager.findOneByOrFail(RuleSet, { groupId: IsNull() });
    const sets = [...own, fallback];
    const versions = await manager
      .createQueryBuilder(RuleSetVersion, 'v')
      .innerJoin(RuleSet, 's', 's.id = v.rule_set_id AND s.current_version = v.version')
      .where('v.rule_set_id IN (:...ids)', { ids: sets.map((s) => s.id) })
      .getMany();
    const versionBySet = new Map(versions.map((v) => [v.ruleSetId, v]));
    const setByGroup = new Map(own.map((s) => [s.groupId, s]));
    return new Map(
      groupIds.map((id) => [id, versionBySet.get((setByGroup.get(id) ?? fallback).id)!] as const),
    );
  }

  /** Every version of the rules a group has had or inherits, newest first. */
  async history(actor: Actor | null, groupId: string): Promise<RuleSetVersion[]> {
    await this.access.require(actor, GroupPermission.VIEW, groupId);
    const { ruleSet } = await this.applicable(this.dataSource.manager, groupId);
    return this.dataSource.manager.find(RuleSetVersion, {
      where: { ruleSetId: ruleSet.id },
      order: { version: 'DESC' },
    });
  }

  /**
   * Records that the actor accepts `version` of the group's current rules. Accepting an older
   * version is refused with STALE_VERSION, naming the current one.
   */
  async accept(actor: Actor | null, groupId: string, version: number): Promise<RulesAcceptance> {
    const me = requireActor(actor, ApiScope.WRITE);
    return this.dataSource.transaction(async (manager) => {
      // Members accept, and so may those waiting for approval, so they can post once admitted.
      await this.access.require(me, GroupPermission.PARTICIPATE, groupId, { manager });
      const { current } = await this.applicable(manager, groupId);
      if (current.version !== version) {
        throw new GroundRulesException(
          GroundRulesErrorReason.STALE_VERSION,
          `Version ${version} is not current; accept version ${current.version}.`,
          { currentVersion: current.version },
        );
      }
      // Accepting twice keeps the first acceptance and its time.
      await manager
        .createQueryBuilder()
        .insert()
        .into(RulesAcceptance)
        .values({ userId: me.userId, groupId, ruleSetVersionId: current.id, version: current.version })
        .orIgnore()
        .execute();
      return manager.findOneByOrFail(RulesAcceptance, { userId: me.userId, groupId, ruleSetVersionId: current.id });
    });
  }

  /** The actor's acceptance of the current rules of a group, or `null`. */
  async acceptanceOfCurrent(
    userId: string,
    groupId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ current: RuleSetVersion; acceptance: RulesAcceptance | null }> {
    const { current } = await this.applicable(manager, groupId);
    const acceptance = await manager.findOneBy(RulesAcceptance, { userId, groupId, ruleSetVersionId: current.id });
    return { current, acceptance };
  }

  /** Throws GROUND_RULES_NOT_ACCEPTED (with the version to accept) unless the user accepted the current rules. */
  async requireAccepted(manager: EntityManager, userId: string, groupId: string): Promise<void> {
    const { current, acceptance } = await this.acceptanceOfCurrent(userId, groupId, manager);
    if (!acceptance) {
      throw new GroundRulesException(
        GroundRulesErrorReason.GROUND_RULES_NOT_ACCEPTED,
        `Accept version ${current.version} of this group's ground rules before posting.`,
        { groupId, version: current.version },
      );
    }
  }

  /** Admins publish a new version of the organization's default rules. */
  async publishDefault(actor: Actor | null, draft: GroundRulesDraft): Promise<RuleSetVersion> {
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins edit the default ground rules.');
    return this.dataSource.transaction(async (manager) => {
      const ruleSet = await manager.findOneOrFail(RuleSet, {
        where: { groupId: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      return this.appendVersion(manager, ruleSet, ruleSet.currentVersion + 1, draft, me.userId);
    });
  }

  /**
   * A group's moderators publish the group's own rules. Its first own version continues the numbering
   * of the default it replaces, so a group's version numbers only ever go up.
   */
  async publishForGroup(actor: Actor | null, groupId: string, draft: GroundRulesDraft): Promise<RuleSetVersion> {
    const me = requireActor(actor, ApiScope.ADMIN);
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(me, GroupPermission.MANAGE, groupId, { manager, lockGroup: true });
      let ruleSet = await manager.findOne(RuleSet, { where: { groupId }, lock: { mode: 'pessimistic_write' } });
      let next: number;
      if (ruleSet) {
        next = ruleSet.currentVersion + 1;
      } else {
        const fallback = await manager.findOneByOrFail(RuleSet, { groupId: IsNull() });
        next = fallback.currentVersion + 1;
        ruleSet = manager.create(RuleSet, { groupId, currentVersion: next });
        await manager.insert(RuleSet, ruleSet);
      }
      return this.appendVersion(manager, ruleSet, next, draft, me.userId);
    });
  }

  private async appendVersion(
    manager: EntityManager,
    ruleSet: RuleSet,
    version: number,
    draft: GroundRulesDraft,
    authorId: string,
  ): Promise<RuleSetVersion> {
    const row = manager.create(RuleSetVersion, { ruleSetId: ruleSet.id, version, ...draft, createdById: authorId });
    await manager.insert(RuleSetVersion, row);
    await manager.update(RuleSet, { id: ruleSet.id }, { currentVersion: version });
    return row;
  }

  private async applicable(manager: EntityManager, groupId: string): Promise<ApplicableRules> {
    const own = await manager.findOneBy(RuleSet, { groupId });
    if (!own) return this.currentDefault(manager);
    return { ruleSet: own, current: await this.version(manager, own.id, own.currentVersion) };
  }

  private async version(manager: EntityManager, ruleSetId: string, version: number): Promise<RuleSetVersion> {
    const row = await manager.findOneBy(RuleSetVersion, { ruleSetId, version });
    if (!row) throw new GroundRulesException(GroundRulesErrorReason.VERSION_NOT_FOUND, 'No such version.');
    return row;
  }
}
