import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { QueueService } from '@alongside/queue';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DISCOURSE_QUEUE, type DiscourseJobs } from '../jobs/discourse.jobs.js';
import { jobOptions } from '../jobs/job-options.js';
import type { ForumPost } from '../policies/forum-post.policy.js';
import { DiscourseClient } from './discourse-client.service.js';
import { type BackfillState, DiscourseStateService, type LeaseHolder } from './discourse-state.service.js';
import { ForumPostsService } from './forum-posts.service.js';

/** `GET /posts.json`: the latest posts, newest first, 50 a page; `before` pages back by post id. */
interface LatestPosts {
  latest_posts: ForumPost[];
}

export type BackfillProgress = (state: BackfillState) => void;

const BACKFILL_LEASE = 'backfill-lease';
/** Renewed after every page; a runner that died holds the backfill this long at most. */
const LEASE_SECONDS = 300;

/**
 * Reading the forum through its REST API for what no webhook brought: a backfill from a date (resumable:
 * the cursor is stored after every page) and a reconciliation down to the newest post already seen.
 * Both go through the same ingestion, which never scans a post version twice.
 */
@Injectable()
export class CatchUpService {
  private readonly logger = new Logger(CatchUpService.name);

  constructor(
    private readonly client: DiscourseClient,
    private readonly posts: ForumPostsService,
    private readonly state: DiscourseStateService,
    private readonly queues: QueueService,
  ) {}

  /** Starts a backfill, or resumes the stored one when it has the same `since` and `category` and is not done. */
  async startBackfill(since: Date, category: string | null): Promise<BackfillState> {
    const stored = await this.state.get('backfill');
    if (stored && !stored.done && stored.since === since.toISOString() && stored.category === category) return stored;
    // Replacing the range under a running backfill would have it overwrite the new one's cursor.
    const holder = await this.state.leaseHolder(BACKFILL_LEASE);
    if (holder !== null) throw running(holder);
    const fresh: BackfillState = {
      since: since.toISOString(),
      category,
      startedAt: new Date().toISOString(),
      before: null,
      reached: null,
      pages: 0,
      done: false,
      seen: 0,
      ingested: 0,
    };
    await this.state.set('backfill', fresh);
    return fresh;
  }

  /** The stored backfill, finished or not. */
  current(): Promise<BackfillState | null> {
    return this.state.get('backfill');
  }

  /**
   * Runs the stored backfill in the worker. One job id per backfill: a second start while it runs is a no-op, and
   * a job that failed for good is removed, so starting again re-queues it and it resumes from the stored cursor.
   */
  async queueBackfill(state: BackfillState): Promise<void> {
    const queue = await this.queues.queue<DiscourseJobs>(DISCOURSE_QUEUE);
    await queue.add('backfill', {}, { ...jobOptions, jobId: `backfill-${Date.parse(state.startedAt)}`, removeOnFail: true });
  }

  /**
   * Runs the stored backfill page by page from its cursor until done; the cursor is stored after every page. One
   * runner at a time (a lease renewed after every page): two would read the same pages, spending the forum's rate
   * limit twice, and each add its own counts. A second runner fails with BACKFILL_RUNNING, naming the first.
   */
  async runBackfill(progress?: BackfillProgress, runner = `the worker on ${hostname()}`): Promise<BackfillState | null> {
    const owner = `${runner} (pid ${process.pid}, ${randomUUID().slice(0, 8)})`;
    const holder = await this.state.claimLease(BACKFILL_LEASE, owner, LEASE_SECONDS);
    if (holder !== null) throw running(holder);
    try {
      return await this.runPages(owner, progress);
    } finally {
      await this.state.releaseLease(BACKFILL_LEASE, owner);
    }
  }

  private async runPages(owner: string, progress?: BackfillProgress): Promise<BackfillState | null> {
    let state = await this.state.get('backfill');
    while (state && !state.done) {
      const page = await this.page(state.before);
      const since = Date.parse(state.since);
      let { seen, ingested } = state;
      for (const post of page) {
        if (Date.parse(post.created_at) < since) continue;
        if (state.category !== null && !inCategory(post, state.category)) continue;
        seen++;
        const outcome = await this.posts.ingest(post);
        if (outcome === 'ingested' || outcome === 'revised') ingested++;
      }
      const oldest = page.at(-1);
      const done = !oldest || Date.parse(oldest.created_at) < since || oldest.id <= 1;
      state = {
        ...state,
        before: oldest?.id ?? state.before,
        reached: oldest?.created_at ?? state.reached,
        pages: state.pages + 1,
        done,
        seen,
        ingested,
      };
      // Renewed before the page is recorded: a runner that lost its lease (ran out during one page) records nothing.
      const holder = await this.state.claimLease(BACKFILL_LEASE, owner, LEASE_SECONDS);
      if (holder !== null) throw running(holder);
      await this.state.set('backfill', state);
      progress?.(state);
    }
    if (state) this.logger.log({ seen: state.seen, ingested: state.ingested, done: state.done }, 'Discourse backfill finished');
    return state;
  }

  /** Reads the newest posts down to the last one seen; the mark moves only once every page is read. */
  async reconcile(): Promise<number> {
    const mark = (await this.state.get('reconcile'))?.lastPostId ?? null;
    let before: number | null = null;
    let newest = mark ?? 0;
    let ingested = 0;
    for (;;) {
      const page = await this.page(before);
      const fresh = page.filter((p) => mark === null || p.id > mark);
      for (const post of fresh) {
        newest = Math.max(newest, post.id);
        if ((await this.posts.ingest(post)) === 'ingested') ingested++;
      }
      // With no mark yet (a first start), the newest page sets it: history is the backfill's job.
      if (mark === null || fresh.length < page.length || page.length === 0) break;
      before = page.at(-1)!.id;
    }
    if (mark !== null || newest > 0) await this.state.set('reconcile', { lastPostId: newest, at: new Date().toISOString() });
    if (ingested > 0) this.logger.log({ ingested, lastPostId: newest }, 'reconciliation found posts no webhook brought');
    return ingested;
  }

  private async page(before: number | null): Promise<ForumPost[]> {
    const response = await this.client.request<LatestPosts>({
      method: 'GET',
      path: '/posts.json',
      query: before === null ? {} : { before },
    });
    return response.latest_posts ?? [];
  }
}

function running(holder: LeaseHolder): DiscourseException {
  return new DiscourseException(
    DiscourseErrorReason.BACKFILL_RUNNING,
    `A backfill is already running in ${holder.owner}: one at a time, so that no page is read twice. Follow it in discourseStatus, ` +
      `or wait until it ends (a runner that stopped releases it by ${holder.until}).`,
    { owner: holder.owner, until: holder.until },
  );
}

function inCategory(post: ForumPost, category: string): boolean {
  return post.category_slug?.toLowerCase() === category.toLowerCase() || String(post.category_id) === category;
}
