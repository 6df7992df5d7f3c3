import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertStatus, CrisisAlert, LEVEL_RANK } from '@alongside/alerts';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DiscourseAction, DiscourseActionKind, rememberAction } from '../entities/discourse-action.entity.js';
import { flagMessage } from '../policies/flag-message.js';
import { DiscourseClient } from './discourse-client.service.js';

/** `notify_moderators` ("something else"): into the review queue, with a message to the moderators, never auto-hiding. */
export const NOTIFY_MODERATORS = 7;

export interface FlagRequest {
  readonly alertId: string;
  readonly discoursePostId: number;
  readonly level: string;
}

interface PostActions {
  reviewable_id?: number | null;
  actions_summary?: { id: number; acted?: boolean }[];
}

/** A flag the forum refused for good (the post gone, or not visible to the connector's account). */
export interface FailedFlag {
  readonly alertId: string;
  readonly discoursePostId: number;
  readonly level: string;
  readonly error: string;
  readonly failedAt: Date;
}

export type FlagOutcome = 'flagged' | 'already-flagged' | 'alert-closed' | 'failed-for-good';

/** Alerts on forum posts flagged into Discourse's review queue: once per post and level, whatever is retried. */
@Injectable()
export class FlagsService {
  private readonly logger = new Logger(FlagsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    private readonly client: DiscourseClient,
  ) {}

  /** Active alerts on forum posts at or above the configured level with no flag at their level yet. */
  async due(): Promise<FlagRequest[]> {
    const rows = await this.dataSource.query<{ alert_id: string; discourse_post_id: number; level: string }[]>(
      `SELECT a.id AS alert_id, dp.discourse_post_id, a.level
         FROM crisis_alerts a JOIN discourse_posts dp ON dp.post_id = a.post_id
        WHERE a.status <> $1 AND a.level_rank >= $2
          AND NOT EXISTS (SELECT 1 FROM discourse_actions x
                           WHERE x.kind IN ($3, $4) AND x.discourse_post_id = dp.discourse_post_id AND x.level = a.level)
        ORDER BY a.created_at LIMIT 500`,
      [AlertStatus.RESOLVED, LEVEL_RANK[this.config.flagLevel], DiscourseActionKind.FLAG, DiscourseActionKind.FLAG_FAILED],
    );
    return rows.map((r) => ({ alertId: r.alert_id, discoursePostId: Number(r.discourse_post_id), level: r.level }));
  }

  async flag({ alertId, discoursePostId, level }: FlagRequest): Promise<FlagOutcome> {
    const sent = await this.dataSource.manager.existsBy(DiscourseAction, { kind: DiscourseActionKind.FLAG, discoursePostId, level });
    if (sent) return 'already-flagged';
    const alert = await this.dataSource.manager.findOneBy(CrisisAlert, { id: alertId });
    if (!alert || alert.status === AlertStatus.RESOLVED) return 'alert-closed';

    // A flag sent just before a crash is on the forum but not here: the post says whether we already acted.
    let post: PostActions;
    try {
      post = await this.client.request<PostActions>({ method: 'GET', path: `/posts/${discoursePostId}.json` });
    } catch (error) {
      // Gone (404/410) or hidden from the account (403 with the key accepted): no retry or sweep will change that.
      if (!(error instanceof DiscourseException && error.reason === DiscourseErrorReason.FORUM_REJECTED)) throw error;
      return this.failForGood(alertId, discoursePostId, level, error);
    }
    if (post.actions_summary?.some((a) => a.id === NOTIFY_MODERATORS && a.acted)) {
      await this.remember(alertId, discoursePostId, level, post.reviewable_id ?? null);
      return 'already-flagged';
    }
    let reviewableId: number | null;
    // Off by default: hiding a crisis post can isolate the person who wrote it. The item stays pending either way.
    const hide = this.config.hideLevel !== 'off' && LEVEL_RANK[alert.level] >= LEVEL_RANK[this.config.hideLevel];
    try {
      const flagged = await this.client.request<PostActions>({
        method: 'POST',
        path: '/post_actions.json',
        form: {
          id: discoursePostId,
          post_action_type_id: NOTIFY_MODERATORS,
          message: flagMessage(alert, `${this.appConfig.server.publicUrl}/alerts/${alert.id}`),
          ...(hide ? { queue_for_review: true } : {}),
        },
      });
      reviewableId = flagged.reviewable_id ?? null;
      if (hide) await rememberAction(this.dataSource.manager, { kind: DiscourseActionKind.HIDE, discoursePostId, level, alertId, reviewableId });
    } catch (error) {
      // 403 "already performed" (untyped) or 422 "already reviewed": the forum holds our flag already.
      if (!(error instanceof DiscourseException && error.reason === DiscourseErrorReason.FORUM_REJECTED)) throw error;
      const status = error.details.status as number;
      if (status !== 403 && status !== 422) return this.failForGood(alertId, discoursePostId, level, error);
      reviewableId = post.reviewable_id ?? null;
    }
    await this.remember(alertId, discoursePostId, level, reviewableId);
    this.logger.log({ alertId, discoursePostId, level, reviewableId }, 'forum post flagged for moderators');
    return 'flagged';
  }

  /** Recorded instead of the flag, so the sweep stops re-queuing it; the admin status lists it. */
  private async failForGood(alertId: string, discoursePostId: number, level: string, error: DiscourseException): Promise<FlagOutcome> {
    const { status, errors } = error.details as { status: number; errors: string[] };
    const why = `Discourse answered ${status}${errors.length > 0 ? `: ${errors.join(' ')}` : ''}`.slice(0, 300);
    await rememberAction(this.dataSource.manager, { kind: DiscourseActionKind.FLAG_FAILED, discoursePostId, level, alertId, error: why });
    this.logger.warn({ alertId, discoursePostId, level, status }, 'the forum refused the flag for good: not sent again');
    return 'failed-for-good';
  }

  /** Flags the forum refused for good, newest first. */
  async failed(limit = 50): Promise<FailedFlag[]> {
    const rows = await this.dataSource.manager.find(DiscourseAction, {
      where: { kind: DiscourseActionKind.FLAG_FAILED },
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return rows.map((r) => ({ alertId: r.alertId, discoursePostId: r.discoursePostId, level: r.level, error: r.error ?? '', failedAt: r.createdAt }));
  }

  private remember(alertId: string, discoursePostId: number, level: string, reviewableId: number | null): Promise<void> {
    return rememberAction(this.dataSource.manager, { kind: DiscourseActionKind.FLAG, discoursePostId, level, alertId, reviewableId });
  }
}
