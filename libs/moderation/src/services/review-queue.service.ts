import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { alertCursor, AlertsErrorReason, AlertsException, AlertsService, AlertStatus, type CrisisAlert, isPastDue } from '@alongside/alerts';
import { AuditService } from '@alongside/audit';
import type { Listed } from '@alongside/groups';
import { type Actor, ApiScope, decodeCursor, encodeCursor, type Page, requireActor } from '@alongside/platform';
import { ReviewKind, ReviewStatus, UNSETTLED } from '../entities/moderation.enums.js';
import { ReviewItem } from '../entities/review-item.entity.js';
import { ModerationErrorReason, ModerationException } from '../moderation.exception.js';
import { alertUrgency } from '../policies/moderation.policy.js';
import { ModerationAccess, onlyModeratedGroups } from './moderation-access.js';
import { checkReason } from './moderation.service.js';
import { claimedByOther } from './review-items.js';

/** One entry of the queue: a review item of this context, or a crisis alert of the alerts context. */
export type QueueEntry =
  | { readonly kind: Exclude<ReviewKind, ReviewKind.CRISIS_ALERT>; readonly item: ReviewItem; readonly urgency: number; readonly status: ReviewStatus }
  | { readonly kind: ReviewKind.CRISIS_ALERT; readonly alert: CrisisAlert; readonly urgency: number; readonly status: ReviewStatus };

export interface QueueFilter {
  readonly kinds?: ReviewKind[];
  /** Default: OPEN and CLAIMED. */
  readonly status?: ReviewStatus[];
  readonly groupId?: string;
  readonly assignedToMe?: boolean;
}

const ALERT_STATUSES: Record<ReviewStatus, AlertStatus[]> = {
  OPEN: [AlertStatus.OPEN, AlertStatus.ESCALATED],
  CLAIMED: [AlertStatus.CLAIMED, AlertStatus.ACKNOWLEDGED],
  RESOLVED: [AlertStatus.RESOLVED],
  EXPIRED: [],
};

export function reviewStatusOfAlert(status: AlertStatus): ReviewStatus {
  switch (status) {
    case AlertStatus.OPEN:
    case AlertStatus.ESCALATED:
      return ReviewStatus.OPEN;
    case AlertStatus.CLAIMED:
    case AlertStatus.ACKNOWLEDGED:
      return ReviewStatus.CLAIMED;
    case AlertStatus.RESOLVED:
      return ReviewStatus.RESOLVED;
  }
}

/**
 * The moderators' queue: reports, held posts and crisis alerts, most urgent first, then oldest.
 * Alerts come from the alerts context's own queue; both lists are read in order and merged, and a
 * page's cursor holds the position in each.
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ModerationAccess,
    private readonly audit: AuditService,
    private readonly alerts: AlertsService,
  ) {}

  async list(actor: Actor | null, filter: QueueFilter, page: { first: number; after?: string }): Promise<Page<Listed<QueueEntry>>> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const statuses = filter.status?.length ? filter.status : [...UNSETTLED];
    const kinds = filter.kinds?.length ? filter.kinds : Object.values(ReviewKind);
    const position = page.after ? decodeCursor(page.after) : { sort: '', id: '' };
    const now = new Date();

    const itemKinds = kinds.filter((k) => k !== ReviewKind.CRISIS_ALERT);
    const items = itemKinds.length ? await this.items(me, filter, statuses, itemKinds, page.first, position.id) : { items: [], hasNextPage: false };
    const alertStatuses = statuses.flatMap((s) => ALERT_STATUSES[s]);
    const alerts = kinds.includes(ReviewKind.CRISIS_ALERT) && alertStatuses.length
      ? await this.alerts.list(me, {
          status: alertStatuses,
          groupId: filter.groupId,
          assignedToMe: filter.assignedToMe,
        }, { first: page.first, after: position.sort || undefined })
      : { items: [], hasNextPage: false, asOf: now };

    const entries: Listed<QueueEntry>[] = [];
    let [i, a] = [0, 0];
    let [itemPos, alertPos] = [position.id, position.sort];
    while (entries.length < page.first && (i < items.items.length || a < alerts.items.length)) {
      const item = items.items[i];
      const alert = alerts.items[a];
      const alertEntry = alert ? toAlertEntry(alert, now) : null;
      const takeAlert = alertEntry !== null && (!item || before(alertEntry.urgency, alert.createdAt, item.urgency, item.createdAt));
      if (takeAlert) {
        alertPos = alertCursor(alert, alerts.asOf);
        a++;
        entries.push({ node: alertEntry, cursor: encodeCursor({ sort: alertPos, id: itemPos }) });
      } else {
        itemPos = itemCursor(item);
        i++;
        entries.push({ node: toItemEntry(item), cursor: encodeCursor({ sort: alertPos, id: itemPos }) });
      }
    }
    const hasNextPage = i < items.items.length || a < alerts.items.length || items.hasNextPage || alerts.hasNextPage;
    return { items: entries, hasNextPage };
  }

  /** Takes an item (or a crisis alert) so nobody else works it: a second claim gets CONFLICT. */
  async claim(actor: Actor | null, id: string): Promise<QueueEntry> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const found = await this.dataSource.manager.findOneBy(ReviewItem, { id });
    if (!found) return toAlertEntry(await this.onAlert(() => this.alerts.claim(me, id)), new Date());
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.access.moderates(me, found.groupId, tx))) throw ModerationException.itemNotFound();
      const result = await tx
        .createQueryBuilder()
        .update(ReviewItem)
        .set({ status: ReviewStatus.CLAIMED, assigneeId: me.userId })
        .where('id = :id AND status = :open', { id, open: ReviewStatus.OPEN })
        .execute();
      const item = await tx.findOneByOrFail(ReviewItem, { id });
      if (!result.affected) {
        if (!UNSETTLED.includes(item.status)) throw closed('This item is already closed.');
        if (item.assigneeId !== me.userId) throw claimedByOther();
        return toItemEntry(item);
      }
      await this.audit.append({ actorId: me.userId, action: 'review_item.claimed', targetType: 'review_item', targetId: id,
        before: { status: ReviewStatus.OPEN }, after: { status: ReviewStatus.CLAIMED, assigneeId: me.userId } }, tx);
      return toItemEntry(item);
    });
  }

  /** Gives a claimed item back to the queue; only its holder can. */
  async release(actor: Actor | null, id: string): Promise<QueueEntry> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const found = await this.dataSource.manager.findOneBy(ReviewItem, { id });
    if (!found) return toAlertEntry(await this.onAlert(() => this.alerts.release(me, id)), new Date());
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.access.moderates(me, found.groupId, tx))) throw ModerationException.itemNotFound();
      const result = await tx
        .createQueryBuilder()
        .update(ReviewItem)
        .set({ status: ReviewStatus.OPEN, assigneeId: null })
        .where('id = :id AND status = :claimed AND assignee_id = :me', { id, claimed: ReviewStatus.CLAIMED, me: me.userId })
        .execute();
      if (!result.affected) throw closed('Only the moderator who claimed this item can release it.');
      await this.audit.append({ actorId: me.userId, action: 'review_item.released', targetType: 'review_item', targetId: id,
        before: { status: ReviewStatus.CLAIMED, assigneeId: me.userId }, after: { status: ReviewStatus.OPEN } }, tx);
      return toItemEntry(await tx.findOneByOrFail(ReviewItem, { id }));
    });
  }

  /** Closes a report with no action on the thing (the note is kept in the audit log). */
  async dismiss(actor: Actor | null, id: string, note: string): Promise<QueueEntry> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const why = checkReason(note);
    return this.dataSource.transaction(async (tx) => {
      const item = await tx.findOne(ReviewItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item || !(await this.access.moderates(me, item.groupId, tx))) throw ModerationException.itemNotFound();
      if (item.kind === ReviewKind.HELD_POST) throw closed('Approve or reject a held post instead.');
      if (!UNSETTLED.includes(item.status)) throw closed('This item is already closed.');
      if (item.status === ReviewStatus.CLAIMED && item.assigneeId !== me.userId) throw claimedByOther();
      await tx.update(ReviewItem, { id }, {
        status: ReviewStatus.RESOLVED, assigneeId: null, resolvedById: me.userId, resolution: 'dismissed', resolvedAt: new Date(),
      });
      await this.audit.append({ actorId: me.userId, action: 'review_item.dismissed', targetType: 'review_item', targetId: id, reason: why,
        before: { status: item.status }, after: { status: ReviewStatus.RESOLVED } }, tx);
      return toItemEntry(await tx.findOneByOrFail(ReviewItem, { id }));
    });
  }

  private async items(
    me: Actor,
    filter: QueueFilter,
    statuses: ReviewStatus[],
    kinds: ReviewKind[],
    first: number,
    after: string,
  ): Promise<Page<ReviewItem>> {
    const query = this.dataSource.manager
      .createQueryBuilder(ReviewItem, 'r')
      .where('r.status IN (:...statuses)', { statuses })
      .andWhere('r.kind IN (:...kinds)', { kinds });
    onlyModeratedGroups(query, 'r', me);
    if (filter.groupId) query.andWhere('r.group_id = :groupId', { groupId: filter.groupId });
    if (filter.assignedToMe) query.andWhere('r.assignee_id = :me', { me: me.userId });
    if (after) {
      const { sort, id } = decodeCursor(after);
      const [urgency, createdAt] = sort.split('|');
      query.andWhere('(r.urgency < :cUrgency OR (r.urgency = :cUrgency AND (r.created_at, r.id) > (:cCreated, :cId)))', {
        cUrgency: Number(urgency), cCreated: createdAt, cId: id,
      });
    }
    const rows = await query.orderBy('r.urgency', 'DESC').addOrderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').limit(first + 1).getMany();
    return { items: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  private async onAlert(work: () => Promise<CrisisAlert>): Promise<CrisisAlert> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AlertsException && error.reason === AlertsErrorReason.ALERT_NOT_FOUND) throw ModerationException.itemNotFound();
      throw error;
    }
  }
}

function before(urgencyA: number, createdA: Date, urgencyB: number, createdB: Date): boolean {
  return urgencyA > urgencyB || (urgencyA === urgencyB && createdA.getTime() <= createdB.getTime());
}

function itemCursor(item: ReviewItem): string {
  return encodeCursor({ sort: `${item.urgency}|${item.createdAt.toISOString()}`, id: item.id });
}

function toItemEntry(item: ReviewItem): QueueEntry {
  return { kind: item.kind as Exclude<ReviewKind, ReviewKind.CRISIS_ALERT>, item, urgency: item.urgency, status: item.status };
}

function toAlertEntry(alert: CrisisAlert, now: Date): QueueEntry & { kind: ReviewKind.CRISIS_ALERT } {
  return {
    kind: ReviewKind.CRISIS_ALERT,
    alert,
    urgency: alertUrgency(alert.levelRank, isPastDue(alert, now)),
    status: reviewStatusOfAlert(alert.status),
  };
}

function closed(message: string): ModerationException {
  return new ModerationException(ModerationErrorReason.ITEM_CLOSED, message);
}
