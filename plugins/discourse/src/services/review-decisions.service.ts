import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AlertsService, AlertStatus, CrisisAlert } from '@alongside/alerts';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DiscourseActionKind } from '../entities/discourse-action.entity.js';
import { DecisionDirection, DiscourseDecision } from '../entities/discourse-decision.entity.js';
import {
  DECISION_OF_STATUS,
  type ForumReviewable,
  offeredActions,
  performAction,
  readReviewable,
  reviewedPostId,
  reviewer,
  type ReviewStatus,
  reviewStatus,
  statusAfter,
} from '../policies/review-decision.js';
import { DiscourseClient } from './discourse-client.service.js';

/** `PUT /review/:id/perform/:action` (`reviewable_perform_result`; the root key is [I] in the contract, so both shapes are read). */
interface PerformResult {
  reviewable_perform_result?: { transition_to?: string; transition_to_id?: number; version?: number };
  transition_to?: string;
  transition_to_id?: number;
  version?: number;
}

export type PerformOutcome = 'performed' | 'already-decided' | 'already-closed' | 'not-resolved' | 'not-flagged' | 'no-matching-action' | 'action-refused';

/**
 * Decisions both ways between an alert and the review item its flag opened, without loops: an alert resolved
 * here performs the matching review action there; an item closed there by a moderator is noted on the alert.
 * Every closing transition is one `discourse_decisions` row per reviewable version, in either direction, so a
 * `reviewable_updated` echoing our own perform finds its version taken, and an alert with any decision row is
 * never performed (a decision that came from Discourse is not sent back).
 */
@Injectable()
export class ReviewDecisionsService {
  private readonly logger = new Logger(ReviewDecisionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    private readonly client: DiscourseClient,
    private readonly alerts: AlertsService,
  ) {}

  /** Alerts resolved here on flagged forum posts whose decision has not gone to Discourse, nor come from it. */
  async due(): Promise<{ alertId: string }[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT a.id FROM crisis_alerts a JOIN discourse_posts dp ON dp.post_id = a.post_id
        WHERE a.status = $1
          AND EXISTS (SELECT 1 FROM discourse_actions f
                       WHERE f.kind = $2 AND f.discourse_post_id = dp.discourse_post_id AND f.reviewable_id IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM discourse_decisions d WHERE d.alert_id = a.id)
        ORDER BY a.resolved_at LIMIT 500`,
      [AlertStatus.RESOLVED, DiscourseActionKind.FLAG],
    );
    return rows.map((r) => ({ alertId: r.id }));
  }

  /** The `review` job: reads the item, performs the outcome's action at its `version`, re-reading once on a 409. */
  async perform(alertId: string): Promise<PerformOutcome> {
    if (await this.dataSource.manager.existsBy(DiscourseDecision, { alertId })) return 'already-decided';
    const alert = await this.dataSource.manager.findOneBy(CrisisAlert, { id: alertId });
    // Reopened since: whoever resolves it again decides then.
    if (!alert || alert.status !== AlertStatus.RESOLVED || !alert.outcome) return 'not-resolved';
    const [flag] = await this.dataSource.query<{ reviewable_id: number }[]>(
      `SELECT f.reviewable_id FROM discourse_actions f JOIN discourse_posts dp ON dp.discourse_post_id = f.discourse_post_id
        WHERE dp.post_id = $1 AND f.kind = $2 AND f.reviewable_id IS NOT NULL ORDER BY f.created_at DESC LIMIT 1`,
      [alert.postId, DiscourseActionKind.FLAG],
    );
    if (!flag) return 'not-flagged';
    const reviewableId = Number(flag.reviewable_id);
    for (let attempt = 0; ; attempt++) {
      const reviewable = readReviewable(await this.client.request({ method: 'GET', path: `/review/${reviewableId}.json` }));
      const status = reviewStatus(reviewable.status);
      if (status !== 'pending') {
        // Closed in Discourse already (its own webhook records who did it): nothing to send.
        await this.remember({ reviewableId, version: reviewable.version, status: status ?? 'deleted', action: null, alertId });
        return 'already-closed';
      }
      const action = performAction(alert.outcome, offeredActions(reviewable));
      if (action === null) {
        this.logger.warn({ alertId, reviewableId, outcome: alert.outcome }, 'the review item offers no action matching the outcome: left to Discourse moderators');
        await this.remember({ reviewableId, version: reviewable.version, status, action: null, alertId });
        return 'no-matching-action';
      }
      let result: PerformResult;
      try {
        result = await this.client.request<PerformResult>({
          method: 'PUT',
          path: `/review/${reviewableId}/perform/${action}.json`,
          query: { version: reviewable.version },
        });
      } catch (error) {
        // Someone changed the item since we read it: read it again, once; the job's retries cover the rest.
        const rejected = error instanceof DiscourseException && error.reason === DiscourseErrorReason.FORUM_REJECTED ? error.details.status : null;
        if (attempt === 0 && rejected === 409) continue;
        // The item lists the action but the account may not take it (the key itself was accepted): no retry will change that.
        if (rejected === 403) {
          this.logger.warn({ alertId, reviewableId, action }, 'Discourse refused the review action to the connector\'s account: left to Discourse moderators');
          await this.remember({ reviewableId, version: reviewable.version, status, action: null, alertId });
          return 'action-refused';
        }
        throw error;
      }
      const performed = result.reviewable_perform_result ?? result;
      await this.remember({
        reviewableId,
        version: performed.version ?? reviewable.version + 1,
        status: reviewStatus(performed.transition_to_id ?? performed.transition_to) ?? statusAfter(action),
        action,
        alertId,
      });
      this.logger.log({ alertId, reviewableId, action, outcome: alert.outcome }, 'review decision performed in Discourse');
      return 'performed';
    }
  }

  /** A `reviewable_updated` delivery: a closed item we flagged, decided by someone else, goes on the alert's timeline. */
  async received(payload: ForumReviewable): Promise<string> {
    const status = reviewStatus(payload.status);
    if (status === null || status === 'pending') return 'skipped:pending';
    const by = reviewer(payload);
    if (by !== null && by.toLowerCase() === this.config.apiUsername.toLowerCase()) return 'skipped:own-decision';
    const alertId = await this.alertFor(payload);
    if (alertId === null) return 'skipped:unknown-reviewable';
    const { decision, outcome } = DECISION_OF_STATUS[status];
    const recorded = await this.alerts.recordExternalDecision(alertId, { source: 'Discourse', by, decision, outcome }, (manager) =>
      this.remember({ reviewableId: payload.id, version: payload.version, status, action: null, alertId, decidedBy: by }, DecisionDirection.RECEIVED, manager),
    );
    if (!recorded) return 'skipped:own-decision';
    this.logger.log({ alertId, reviewableId: payload.id, status, alertStatus: recorded.status }, 'Discourse review decision recorded');
    return 'decision-recorded';
  }

  /** The latest alert on the post of a review item our flag is in. */
  private async alertFor(reviewable: ForumReviewable): Promise<string | null> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `SELECT a.id FROM discourse_actions f
         JOIN discourse_posts dp ON dp.discourse_post_id = f.discourse_post_id
         JOIN crisis_alerts a ON a.post_id = dp.post_id
        WHERE f.kind = $1 AND (f.reviewable_id = $2 OR f.discourse_post_id = $3)
        ORDER BY a.created_at DESC LIMIT 1`,
      [DiscourseActionKind.FLAG, reviewable.id, reviewedPostId(reviewable) ?? -1],
    );
    return row?.id ?? null;
  }

  /** Records a transition; false when its reviewable version is already recorded (our own perform coming back). */
  private async remember(
    decision: { reviewableId: number; version: number; status: ReviewStatus; action: string | null; alertId: string; decidedBy?: string | null },
    direction = DecisionDirection.SENT,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(DiscourseDecision)
      .values({ ...decision, decidedBy: decision.decidedBy ?? null, direction })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
