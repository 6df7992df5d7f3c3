import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertStatus, CrisisAlert, LEVEL_RANK, supportDue, SupportMessagesService } from '@alongside/alerts';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DiscourseAction, DiscourseActionKind, rememberAction } from '../entities/discourse-action.entity.js';
import { DiscoursePost } from '../entities/discourse-post.entity.js';
import { flagMessage } from '../policies/flag-message.js';
import { DiscourseClient } from './discourse-client.service.js';

export interface ForumMessageRequest {
  readonly alertId: string;
  readonly discoursePostId: number;
  readonly level: string;
}

export type ForumMessageOutcome = 'sent' | 'already-sent' | 'sent-recently' | 'alert-closed' | 'gone';

/** Support messages are one per post, whatever its level: the level column holds this instead. */
const ANY_LEVEL = '*';

/**
 * The optional private messages on the forum, each off unless its level is configured: to the safeguarding
 * recipients (once per post and level), and the supportive message with crisis resources to the post's author
 * (once per post, at most one per member per SUPPORT_MESSAGE_PERIOD_HOURS). Neither ever quotes the post.
 * A message is remembered once sent; Discourse memoises an identical create for 120 s, which covers a retry
 * after a crash between the two.
 */
@Injectable()
export class ForumMessagesService {
  private readonly logger = new Logger(ForumMessagesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    private readonly client: DiscourseClient,
    private readonly supportMessages: SupportMessagesService,
  ) {}

  /** Active alerts on forum posts at or above a configured level whose message is not yet sent. */
  async due(): Promise<{ safeguard: ForumMessageRequest[]; support: ForumMessageRequest[] }> {
    const { safeguardingLevel, supportLevel } = this.config;
    return {
      safeguard: safeguardingLevel === 'off' ? [] : await this.lacking(DiscourseActionKind.SAFEGUARDING, LEVEL_RANK[safeguardingLevel], 'a.level'),
      support: supportLevel === 'off' ? [] : await this.lacking(DiscourseActionKind.SUPPORT, LEVEL_RANK[supportLevel], `'${ANY_LEVEL}'`),
    };
  }

  /** The `safeguard` job: a private message to the safeguarding recipients with the level, categories, rules and links. */
  async safeguard({ alertId, discoursePostId, level }: ForumMessageRequest): Promise<ForumMessageOutcome> {
    if (await this.sent(DiscourseActionKind.SAFEGUARDING, discoursePostId, level)) return 'already-sent';
    const alert = await this.dataSource.manager.findOneBy(CrisisAlert, { id: alertId });
    const post = await this.dataSource.manager.findOneBy(DiscoursePost, { discoursePostId });
    if (!alert || !post) return 'gone';
    if (alert.status === AlertStatus.RESOLVED) return 'alert-closed';
    const raw = [flagMessage(alert, `${this.appConfig.server.publicUrl}/alerts/${alert.id}`), `The forum post: ${this.config.url}${post.url}`].join('\n');
    const created = await this.client.request<{ id?: number }>({
      method: 'POST',
      path: '/posts.json',
      form: {
        title: `Alongside: a forum post may need a safeguarding check (${level})`,
        raw,
        archetype: 'private_message',
        target_recipients: this.config.safeguardingRecipients.join(','),
      },
    });
    await this.remember(DiscourseActionKind.SAFEGUARDING, alertId, discoursePostId, level, created.id ?? null);
    this.logger.log({ alertId, discoursePostId, level }, 'safeguarding message sent on the forum');
    return 'sent';
  }

  /** The `support` job: the supportive message (libs/alerts' text and crisis lines) as a private message to the author. */
  async support({ alertId, discoursePostId }: ForumMessageRequest): Promise<ForumMessageOutcome> {
    if (await this.sent(DiscourseActionKind.SUPPORT, discoursePostId, ANY_LEVEL)) return 'already-sent';
    const alert = await this.dataSource.manager.findOneBy(CrisisAlert, { id: alertId });
    const post = await this.dataSource.manager.findOneBy(DiscoursePost, { discoursePostId });
    if (!alert || !post?.memberId) return 'gone';
    if (alert.status === AlertStatus.RESOLVED) return 'alert-closed';
    const [last] = await this.dataSource.query<{ at: Date | null }[]>(
      `SELECT max(x.created_at) AS at FROM discourse_actions x JOIN discourse_posts dp ON dp.discourse_post_id = x.discourse_post_id
        WHERE x.kind = $1 AND dp.member_id = $2 AND x.forum_post_id IS NOT NULL`,
      [DiscourseActionKind.SUPPORT, post.memberId],
    );
    if (!supportDue(last?.at ? new Date(last.at) : null, new Date(), this.appConfig.notifications.supportMessagePeriodHours)) {
      // Remembered as decided (no message), so the sweep does not offer it again.
      await this.remember(DiscourseActionKind.SUPPORT, alertId, discoursePostId, ANY_LEVEL, null);
      return 'sent-recently';
    }
    // The username is read when needed, never stored: Alongside knows forum members only by a pseudonym.
    const author = await this.client.request<{ username?: string }>({ method: 'GET', path: `/posts/${discoursePostId}.json` });
    if (!author.username) return 'gone';
    const message = this.supportMessages.compose(this.config.supportLanguage, this.config.supportRegion ?? null, alert.categories);
    const created = await this.client.request<{ id?: number }>({
      method: 'POST',
      path: '/posts.json',
      form: { title: message.subject, raw: message.body, archetype: 'private_message', target_recipients: author.username },
    });
    await this.remember(DiscourseActionKind.SUPPORT, alertId, discoursePostId, ANY_LEVEL, created.id ?? null);
    this.logger.log({ alertId, discoursePostId }, 'supportive message sent to the forum member');
    return 'sent';
  }

  private async lacking(kind: DiscourseActionKind, rank: number, levelSql: string): Promise<ForumMessageRequest[]> {
    const rows = await this.dataSource.query<{ alert_id: string; discourse_post_id: number; level: string }[]>(
      `SELECT a.id AS alert_id, dp.discourse_post_id, a.level
         FROM crisis_alerts a JOIN discourse_posts dp ON dp.post_id = a.post_id
        WHERE a.status <> $1 AND a.level_rank >= $2
          AND NOT EXISTS (SELECT 1 FROM discourse_actions x
                           WHERE x.kind = $3 AND x.discourse_post_id = dp.discourse_post_id AND x.level = ${levelSql})
        ORDER BY a.created_at LIMIT 500`,
      [AlertStatus.RESOLVED, rank, kind],
    );
    return rows.map((r) => ({ alertId: r.alert_id, discoursePostId: Number(r.discourse_post_id), level: r.level }));
  }

  private sent(kind: DiscourseActionKind, discoursePostId: number, level: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(DiscourseAction, { kind, discoursePostId, level });
  }

  private remember(kind: DiscourseActionKind, alertId: string, discoursePostId: number, level: string, forumPostId: number | null): Promise<void> {
    return rememberAction(this.dataSource.manager, { kind, discoursePostId, level, alertId, forumPostId });
  }
}
