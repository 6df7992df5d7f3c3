import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Histogram } from 'prom-client';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '@alongside/audit';
import {
  type Actor,
  AccessException,
  APP_CONFIG,
  type AppConfig,
  ApiScope,
  decodeCursor,
  encodeCursor,
  InvalidInputException,
  isPlatformAdmin,
  isUniqueViolation,
  insertJsonRows,
  type Page,
  requireActor,
  toPage,
} from '@alongside/platform';
import { filterEvents, Metrics } from '@alongside/queue';
import { AlertsErrorReason, AlertsException } from '../alerts.exception.js';
import { AlertAction, type AlertLevel, AlertStatus, ResolutionOutcome } from '../entities/alert.enums.js';
import { CrisisAlertTransition } from '../entities/crisis-alert-transition.entity.js';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { decideTriage, isPastDue, MAX_NOTE_LENGTH, type TriageCommand } from '../policies/triage.policy.js';
import { moderates, onlyModeratedGroups, requireModerator } from './alert-access.js';
import { ALERT_RAISED_EVENT, ALERT_UPDATED_EVENT, AlertAnnouncer, type AlertChange, type AlertEvent } from './alert-announcer.service.js';

export interface AlertFilter {
  readonly status?: AlertStatus[];
  readonly level?: AlertLevel[];
  readonly category?: string;
  readonly groupId?: string;
  readonly assignedToMe?: boolean;
  readonly overdue?: boolean;
}

export interface AlertPageRequest {
  readonly first: number;
  readonly after?: string;
}

export interface RuleStat {
  readonly rule: string;
  readonly fired: number;
  readonly falsePositives: number;
}

/** Audit actions and target type of alerts. */
export const ALERT_TARGET = 'crisis_alert';
export const TEXT_VIEWED = 'crisis_alert.text_viewed';
/**
 * How long a subscription trusts its last answers (the session still valid, the account there, its roles, "moderates
 * this group"): a revoked, deleted or demoted moderator stops hearing within it. Asked on an event, not on a timer,
 * so an idle subscription costs nothing; a busy one costs a user lookup and two per group a second.
 */
const WATCH_ACCESS_CACHE_MS = 1000;

/** Overdue: still awaiting acknowledgement past its time, or escalated. */
const OVERDUE_SQL = `(a.status = '${AlertStatus.ESCALATED}' OR (a.status IN ('${AlertStatus.OPEN}', '${AlertStatus.CLAIMED}') AND a.due_at <= :now))`;

/** The moderators' queue and the triage use cases. Moderators see and act on the alerts of groups they moderate. */
@Injectable()
export class AlertsService {
  private readonly timeToAcknowledge: Histogram<'level'>;
  private readonly triage: TriageServices;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly announcer: AlertAnnouncer,
    metrics: Metrics,
  ) {
    this.triage = { audit, announcer, config };
    this.timeToAcknowledge = new Histogram({
      name: 'alongside_alert_time_to_acknowledge_seconds',
      help: 'From an alert being raised to a moderator acknowledging it.',
      labelNames: ['level'],
      buckets: [15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 24 * 3600],
      registers: [metrics.registry],
    });
  }

  /**
   * Most urgent first: level, then overdue, then oldest. "Overdue" changes with time, so every page after the
   * first is ordered as of the first page's moment (carried in the cursor): no alert is skipped or repeated
   * because it fell due while a moderator paged.
   */
  async list(actor: Actor | null, filter: AlertFilter, page: AlertPageRequest): Promise<AlertPage> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const position = page.after ? readAlertCursor(page.after) : null;
    const now = position?.asOf ?? new Date();
    const query = this.dataSource.manager
      .createQueryBuilder(CrisisAlert, 'a')
      .addSelect(`CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END`, 'overdue_rank')
      .setParameter('now', now);
    onlyModeratedGroups(query, me);
    if (filter.status?.length) query.andWhere('a.status IN (:...status)', { status: filter.status });
    if (filter.level?.length) query.andWhere('a.level IN (:...level)', { level: filter.level });
    if (filter.category) query.andWhere('a.categories ? :category', { category: filter.category });
    if (filter.groupId) query.andWhere('a.group_id = :groupId', { groupId: filter.groupId });
    if (filter.assignedToMe) query.andWhere('a.assignee_id = :me', { me: me.userId });
    if (filter.overdue !== undefined) query.andWhere(filter.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`);
    if (position) {
      const { rank, overdue, createdAt, id } = position;
      query.andWhere(
        `(a.level_rank < :cRank OR (a.level_rank = :cRank AND (
          (CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END) < :cOverdue OR ((CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END) = :cOverdue
          AND (a.created_at, a.id) > (:cCreated, :cId)))))`,
        { cRank: rank, cOverdue: overdue, cCreated: createdAt, cId: id },
      );
    }
    query
      .orderBy('a.level_rank', 'DESC')
      .addOrderBy('overdue_rank', 'DESC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(page.first + 1);
    return { ...toPage(await query.getMany(), page.first), asOf: now };
  }

  async get(actor: Actor | null, alertId: string): Promise<CrisisAlert> {
    const alert = await this.dataSource.manager.findOneBy(CrisisAlert, { id: alertId });
    await requireModerator(this.dataSource.manager, actor, alert);
    return alert!;
  }

  /** The scanned text; every read is an access record in the audit log. */
  async text(actor: Actor | null, alertId: string): Promise<string> {
    const alert = await this.get(actor, alertId);
    const { text } = await this.dataSource.manager
      .createQueryBuilder(CrisisAlert, 'a')
      .select('a.text', 'text')
      .where('a.id = :id', { id: alert.id })
      .getRawOne<{ text: string }>() ?? { text: '' };
    await this.audit.append({ actorId: actor!.userId, action: TEXT_VIEWED, targetType: ALERT_TARGET, targetId: alert.id });
    return text;
  }

  async timeline(actor: Actor | null, alertId: string): Promise<CrisisAlertTransition[]> {
    const alert = await this.get(actor, alertId);
    return this.dataSource.manager.find(CrisisAlertTransition, { where: { alertId: alert.id }, order: { id: 'ASC' } });
  }

  claim(actor: Actor | null, alertId: string): Promise<CrisisAlert> {
    return this.transition(actor, alertId, (actorId) => ({ kind: 'claim', actorId }));
  }

  release(actor: Actor | null, alertId: string): Promise<CrisisAlert> {
    return this.transition(actor, alertId, (actorId) => ({ kind: 'release', actorId }));
  }

  acknowledge(actor: Actor | null, alertId: string): Promise<CrisisAlert> {
    return this.transition(actor, alertId, (actorId) => ({ kind: 'acknowledge', actorId }));
  }

  escalate(actor: Actor | null, alertId: string, reason?: string): Promise<CrisisAlert> {
    return this.transition(actor, alertId, (actorId) => ({ kind: 'escalate', actorId, reason }));
  }

  resolve(actor: Actor | null, alertId: string, outcome: ResolutionOutcome, note: string): Promise<CrisisAlert> {
    return this.transition(actor, alertId, (actorId) => ({ kind: 'resolve', actorId, outcome, note }));
  }

  reopen(actor: Actor | null, alertId: string, reason?: string): Promise<CrisisAlert> {
    return this.transition(actor, alertId, (actorId) => ({ kind: 'reopen', actorId, reason }));
  }

  /**
   * A decision taken about an alert's post in a connected forum (a Discourse moderator closing the review item):
   * one timeline entry naming who decided there, with its audit record. It resolves the alert only if nobody here
   * holds it (see the `external` triage command). `claim` runs first in the same transaction and lets the caller
   * record the decision as seen; when it returns false (already recorded), nothing is written and null returned.
   */
  async recordExternalDecision(
    alertId: string,
    decision: { readonly source: string; readonly by: string | null; readonly decision: string; readonly outcome: ResolutionOutcome | null },
    claim: (manager: EntityManager) => Promise<boolean>,
  ): Promise<CrisisAlert | null> {
    const note = `${decision.source}: ${decision.decision}${decision.by ? ` by @${decision.by}` : ''}`.slice(0, MAX_NOTE_LENGTH);
    const applied = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(CrisisAlert, { where: { id: alertId }, lock: { mode: 'pessimistic_write' } });
      if (!current || !(await claim(manager))) return null;
      return applyTriage(manager, this.triage, current, { kind: 'external', outcome: decision.outcome, note }, null);
    });
    if (!applied) return null;
    await this.announcer.publish([applied]);
    return applied.alert;
  }

  /**
   * The posts moved to another group (a forum topic moved to another category): their active alerts go along, so
   * that group's moderators see them; each move is an audit record. Caller's transaction: pass the moved alerts it
   * returns to {@link announceMoved} once it commits.
   */
  async moveActiveAlerts(manager: EntityManager, postIds: readonly string[], groupId: string): Promise<CrisisAlert[]> {
    if (postIds.length === 0) return [];
    const moving = await manager
      .createQueryBuilder(CrisisAlert, 'a')
      .where('a.post_id IN (:...postIds) AND a.status <> :resolved AND a.group_id <> :groupId', { postIds, resolved: AlertStatus.RESOLVED, groupId })
      .getMany();
    if (moving.length === 0) return [];
    const ids = moving.map((a) => a.id);
    await manager.update(CrisisAlert, { id: In(ids) }, { groupId });
    await this.audit.appendAll(
      moving.map((alert) => ({
        actorId: null,
        action: 'crisis_alert.moved',
        targetType: ALERT_TARGET,
        targetId: alert.id,
        before: { groupId: alert.groupId },
        after: { groupId },
      })),
      manager,
    );
    return manager.findBy(CrisisAlert, { id: In(ids) });
  }

  /** After a move committed: `crisisAlertUpdated` for each moved alert, so its new group's moderators see it. */
  announceMoved(alerts: readonly CrisisAlert[]): Promise<void> {
    return this.announcer.publishUpdated(alerts);
  }

  /**
   * Raised or updated alerts as they happen, only those of groups the actor moderates. A subscription outlives its
   * credentials' checks, so `reauthenticate` (the socket's credentials resolved again) and group moderation are asked
   * again on events (cached per {@link WATCH_ACCESS_CACHE_MS}); once the session is gone (password changed, token
   * expired, account deleted, key revoked) the iterator throws UNAUTHENTICATED/FORBIDDEN and the subscription ends.
   */
  watch(
    actor: Actor | null,
    event: typeof ALERT_RAISED_EVENT | typeof ALERT_UPDATED_EVENT,
    reauthenticate: () => Promise<Actor | null>,
  ): AsyncIterableIterator<AlertEvent> {
    let window = { at: Date.now(), me: Promise.resolve(requireActor(actor, ApiScope.MODERATE)), groups: new Map<string, Promise<boolean>>() };
    const source = this.announcer.events<AlertEvent>(event);
    return filterEvents(source, async (e) => {
      const now = Date.now();
      if (now - window.at >= WATCH_ACCESS_CACHE_MS) {
        const me = reauthenticate().then((current) => requireActor(current, ApiScope.MODERATE));
        window = { at: now, me, groups: new Map() };
      }
      // graphql-ws does not close an iterator that threw: release the bus listener here.
      const me = await window.me.catch(async (error: unknown) => {
        await source.return?.();
        throw error;
      });
      let allowed = window.groups.get(e.alert.groupId);
      if (!allowed) window.groups.set(e.alert.groupId, (allowed = moderates(this.dataSource.manager, me, e.alert.groupId)));
      return allowed;
    });
  }

  /** Per rule: alerts it fired in, and how many of those were resolved as false positives. Admins only. */
  async ruleStats(actor: Actor | null): Promise<RuleStat[]> {
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins see rule statistics.');
    const rows = await this.dataSource.query<{ rule: string; fired: string; false_positives: string }[]>(
      `SELECT m.rule, count(DISTINCT a.id) AS fired,
              count(DISTINCT a.id) FILTER (WHERE a.outcome = $1) AS false_positives
         FROM crisis_alerts a, jsonb_to_recordset(a.matches) AS m(rule text)
        GROUP BY m.rule ORDER BY fired DESC, m.rule`,
      [ResolutionOutcome.FALSE_POSITIVE],
    );
    return rows.map((r) => ({ rule: r.rule, fired: Number(r.fired), falsePositives: Number(r.false_positives) }));
  }

  /**
   * One triage step: the row is locked, so of two concurrent claims the second sees the first
   * and gets CONFLICT. The transition and its audit record commit with the change.
   */
  private async transition(
    actor: Actor | null,
    alertId: string,
    command: (actorId: string) => TriageCommand,
  ): Promise<CrisisAlert> {
    const { alert, transition } = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(CrisisAlert, { where: { id: alertId }, lock: { mode: 'pessimistic_write' } });
      const me = await requireModerator(manager, actor, current);
      return applyTriage(manager, this.triage, current!, command(me.userId), me.userId);
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'UQ_crisis_alerts_active_post')) {
        throw new AlertsException(AlertsErrorReason.POST_HAS_ACTIVE_ALERT, 'This post already has an active alert.');
      }
      throw error;
    });
    if (transition.action === AlertAction.ACKNOWLEDGED) {
      this.timeToAcknowledge.observe({ level: alert.level }, (alert.acknowledgedAt!.getTime() - alert.createdAt.getTime()) / 1000);
    }
    await this.announcer.publish([{ alert, transition }]);
    return alert;
  }
}

/** What a triage step writes with. */
export interface TriageServices {
  readonly audit: AuditService;
  readonly announcer: AlertAnnouncer;
  readonly config: AppConfig;
}

/**
 * Applies a triage decision to a locked alert: the row, its timeline entry, its audit record and its follow-up jobs,
 * in the caller's transaction. Publish the change once that commits.
 */
export async function applyTriage(
  manager: EntityManager,
  { audit, announcer, config }: TriageServices,
  alert: CrisisAlert,
  command: TriageCommand,
  actorId: string | null,
): Promise<AlertChange> {
  const now = new Date();
  const decision = decideTriage(alert, command, now, config.alerts.ackSeconds);
  const before = { status: alert.status, assigneeId: alert.assigneeId };
  await manager.update(CrisisAlert, { id: alert.id }, decision.patch);
  const updated = await manager.findOneByOrFail(CrisisAlert, { id: alert.id });
  const transition = await recordTransition(manager, audit, updated, {
    action: decision.action,
    fromStatus: alert.status,
    actorId,
    note: decision.note,
    before,
  });
  const change = { alert: updated, transition };
  await announcer.recordFollowUps(manager, [change]);
  return change;
}

export interface TransitionRecord {
  readonly action: AlertAction;
  readonly fromStatus: AlertStatus | null;
  readonly actorId: string | null;
  readonly note: string | null;
  readonly postRevision?: number;
  readonly before?: Record<string, unknown> | null;
}

/** A timeline entry and its audit record, in the caller's transaction. */
export async function recordTransition(
  manager: EntityManager,
  audit: AuditService,
  alert: CrisisAlert,
  record: TransitionRecord,
): Promise<CrisisAlertTransition> {
  const [transition] = await recordTransitions(manager, audit, [{ alert, record }]);
  return transition;
}

/** Timeline entries and their audit records, one statement each for all of them, in the caller's transaction. */
export async function recordTransitions(
  manager: EntityManager,
  audit: AuditService,
  changes: readonly { readonly alert: CrisisAlert; readonly record: TransitionRecord }[],
): Promise<CrisisAlertTransition[]> {
  const transitions = changes.map(({ alert, record }) =>
    manager.create(CrisisAlertTransition, {
      alertId: alert.id,
      action: record.action,
      fromStatus: record.fromStatus,
      toStatus: alert.status,
      actorId: record.actorId,
      level: alert.level,
      postRevision: record.postRevision ?? null,
      note: record.note,
    }),
  );
  // Ids are drawn in the order given (this runs for every alert: insertJsonRows).
  const inserted = await insertJsonRows<{ id: string; created_at: Date }>(
    manager,
    'crisis_alert_transitions',
    {
      alert_id: 'uuid',
      action: 'varchar',
      from_status: 'varchar',
      to_status: 'varchar',
      actor_id: 'uuid',
      level: 'varchar',
      post_revision: 'int',
      note: 'text',
    },
    transitions.map((t) => ({
      alert_id: t.alertId,
      action: t.action,
      from_status: t.fromStatus,
      to_status: t.toStatus,
      actor_id: t.actorId,
      level: t.level,
      post_revision: t.postRevision,
      note: t.note,
    })),
    'id, created_at',
  );
  inserted.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  transitions.forEach((transition, i) => Object.assign(transition, { id: inserted[i].id, createdAt: inserted[i].created_at }));
  await audit.appendAll(
    changes.map(({ alert, record }) => ({
      actorId: record.actorId,
      action: `crisis_alert.${record.action.toLowerCase()}`,
      targetType: ALERT_TARGET,
      targetId: alert.id,
      reason: record.note,
      before: record.before ?? null,
      after: { status: alert.status, assigneeId: alert.assigneeId, level: alert.level, outcome: alert.outcome },
    })),
    manager,
  );
  return transitions;
}

/** A page of {@link AlertsService.list}, with the moment its "overdue" ordering was taken at. */
export interface AlertPage extends Page<CrisisAlert> {
  readonly asOf: Date;
}

/** The cursor of an alert in {@link AlertsService.list}, given the moment the page's ordering was taken at. */
export function alertCursor(alert: CrisisAlert, asOf: Date): string {
  const overdue = isPastDue(alert, asOf);
  return encodeCursor({ sort: `${alert.levelRank}|${overdue ? 1 : 0}|${alert.createdAt.toISOString()}|${asOf.toISOString()}`, id: alert.id });
}

function readAlertCursor(cursor: string): { rank: number; overdue: number; createdAt: string; asOf: Date; id: string } {
  const { sort, id } = decodeCursor(cursor);
  const [rank, overdue, createdAt, asOf] = sort.split('|');
  const moment = new Date(asOf);
  if (!(Number.isInteger(Number(rank)) && (overdue === '0' || overdue === '1') && createdAt && !Number.isNaN(moment.getTime()))) {
    throw new InvalidInputException('The cursor is not valid.', { after: 'is not a cursor this API returned' });
  }
  return { rank: Number(rank), overdue: Number(overdue), createdAt, asOf: moment, id };
}
