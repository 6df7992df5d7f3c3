import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signWebhook } from '../src/policies/webhook-signature.js';

/** A post as Discourse's WebHookPostSerializer shapes it: the 46 keys of the contract, plus `actions_summary` on reads. */
export type DoublePost = Record<string, unknown> & { id: number; topic_id: number; version: number; raw: string; created_at: string };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Record<string, string>;
  readonly at: number;
}

interface Reviewable {
  id: number;
  postId: number;
  status: number;
  version: number;
  scores: { userId: string; typeId: number; message: string }[];
  /** Who closed it (ReviewableScore#reviewed_by). */
  reviewedBy?: string;
}

/**
 * A Discourse forum on loopback, built from CONTRACT.md: `Api-Key`/`Api-Username` (403 `invalid_access` otherwise),
 * form or JSON bodies with string booleans, error envelopes, 429 with `Retry-After` and `extras.wait_seconds`,
 * one reviewable per post, 409 on a stale `version`, PMs memoised by parameters, `/posts.json` with `before`.
 */
export class DiscourseDouble {
  readonly posts = new Map<number, DoublePost>();
  readonly reviewables = new Map<number, Reviewable>();
  readonly requests: RecordedRequest[] = [];
  readonly pms: Record<string, string>[] = [];
  /** Requests answered 429 from now on. */
  rateLimited = 0;
  /** When each 429 was answered. */
  readonly rateLimitedAt: number[] = [];
  /** When set, every connection is dropped (the forum is down). */
  down = false;
  /** When set, the forum answers this many more requests, then goes down. */
  downAfter: number | null = null;
  /** When set, the key is refused as a revoked one is (403 `invalid_access`). */
  refuseCredentials = false;
  /** Category id → slug, for `/c/:id/show.json`. */
  readonly categories = new Map<number, string>([[12, 'peer-support']]);
  /** Review actions items list but the account may not take (403 `invalid_access`, as Guardian refuses them). */
  readonly refusedActions = new Set<string>();
  /** Reads of a review item after which someone else changes it (a claim, an edit): the next perform gets 409. */
  staleReads = 0;
  private nextPostId = 1000;
  private nextReviewableId = 5000;
  private server?: Server;
  private port = 0;
  private readonly flaggedBy = new Set<string>();

  constructor(
    readonly apiKey = 'double-api-key-0123456789',
    readonly apiUsername = 'alongside-bot',
    readonly webhookSecret = 'alongside-webhook-secret-01',
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A member's post, as a webhook or `/posts.json` would carry it. */
  addPost(overrides: Partial<DoublePost> & { raw: string }): DoublePost {
    // Discourse's ids only grow.
    const id = overrides.id ?? ++this.nextPostId;
    this.nextPostId = Math.max(this.nextPostId, id);
    const topicId = overrides.topic_id ?? 7000 + id;
    const now = new Date().toISOString();
    const post: DoublePost = {
      id, name: 'Rowan Ellis', username: 'rowan_e', avatar_template: '/user_avatar/forum/rowan_e/{size}/1_2.png',
      created_at: now, cooked: `<p>${overrides.raw}</p>`, post_number: 1, post_type: 1, posts_count: 3, updated_at: now,
      reply_count: 0, reply_to_post_number: null, quote_count: 0, incoming_link_count: 0, reads: 1, score: 0,
      topic_id: topicId, topic_slug: `topic-${topicId}`, topic_title: `Topic ${topicId}`, category_id: 12,
      display_username: 'Rowan Ellis', primary_group_name: null, flair_name: null, flair_group_id: null, version: 1,
      user_title: null, bookmarked: false, moderator: false, admin: false, staff: false, user_id: 2213,
      hidden: false, trust_level: 1, deleted_at: null, user_deleted: false, edit_reason: null, wiki: false, reviewable_id: null,
      reviewable_score_count: 0, reviewable_score_pending_count: 0, post_url: `/t/topic-${topicId}/${topicId}/1`,
      topic_posts_count: 1, topic_filtered_posts_count: 1, topic_archetype: 'regular', category_slug: 'peer-support',
      ...overrides,
    };
    this.posts.set(id, post);
    return post;
  }

  /** A signed webhook delivery for `event`, as Discourse sends it (compact JSON, signature over those bytes). */
  delivery(event: string, payload: object, eventId = String(Math.floor(Math.random() * 1e9))): { headers: Record<string, string>; body: string } {
    const type = event === 'ping' ? 'ping' : event.split('_')[0];
    const body = JSON.stringify(event === 'ping' ? { ping: 'OK' } : { [type]: payload });
    return {
      body,
      headers: {
        Accept: '*/*',
        'Content-Type': 'application/json',
        'User-Agent': 'Discourse/2026.11.0-latest',
        'X-Discourse-Instance': this.url,
        'X-Discourse-Event-Id': eventId,
        'X-Discourse-Event-Type': type,
        'X-Discourse-Event': event,
        'X-Discourse-Event-Signature': signWebhook(this.webhookSecret, body),
      },
    };
  }

  /** The connector's environment for this forum: its credentials, a generous rate limit, a sweep every second. */
  connectorEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DISCOURSE_URL: this.url,
      DISCOURSE_API_KEY: this.apiKey,
      DISCOURSE_API_USERNAME: this.apiUsername,
      DISCOURSE_WEBHOOK_SECRET: this.webhookSecret,
      DISCOURSE_MAX_REQUESTS_PER_MINUTE: '1200',
      DISCOURSE_RECONCILE_SECONDS: '1',
      ...(process.env.DEBUG_LOG ? { LOG_LEVEL: 'info' } : {}),
      ...extra,
    };
  }

  /** A moderator closes a review item in Discourse's UI; returns it as a `reviewable_updated` webhook carries it. */
  decide(id: number, action: string, moderator: string): Record<string, unknown> {
    const reviewable = this.reviewables.get(id)!;
    this.transition(reviewable, action, moderator);
    return this.reviewablePayload(id);
  }

  /** A review item as ReviewableFlaggedPostSerializer shapes it (relations embedded, as in a webhook body). */
  reviewablePayload(id: number): Record<string, unknown> {
    const r = this.reviewables.get(id)!;
    const post = this.posts.get(r.postId)!;
    return {
      id: r.id, type: 'ReviewableFlaggedPost', type_source: null, status: r.status, topic_id: post.topic_id,
      topic_url: `/t/${String(post.topic_slug)}/${post.topic_id}`, target_type: 'Post', target_id: post.id, post_id: post.id,
      target_url: `${this.url}${String(post.post_url)}`, category_id: post.category_id, created_at: post.created_at, can_edit: false,
      score: 6, version: r.version, 'created_from_flag?': true, raw: post.raw, post_version: post.version,
      reviewable_scores: r.scores.map((score, i) => ({
        id: r.id * 10 + i, score: 6, status: r.status, reason: null, score_type: { id: score.typeId },
        reviewed_by: r.reviewedBy ? { id: 1, username: r.reviewedBy } : null,
      })),
    };
  }

  /** Review actions performed through the API. */
  performed(reviewableId: number): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'PUT' && r.path.startsWith(`/review/${reviewableId}/perform/`));
  }

  /** Flags (`post_action_type_id=7`) the connector sent for a post. */
  flagsOn(postId: number): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/post_actions') && r.params.id === String(postId) && r.method === 'POST');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.downAfter !== null && this.downAfter-- <= 0) {
      this.downAfter = null;
      this.down = true;
    }
    if (this.down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', this.url);
    const params = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };
    const path = url.pathname.replace(/\.json$/, '');
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, params, at: Date.now() });
    if (this.refuseCredentials || req.headers['api-key'] !== this.apiKey || req.headers['api-username'] !== this.apiUsername) {
      return send(res, 403, {
        errors: ['You are not permitted to view the requested resource. The API username or key is invalid.'],
        error_type: 'invalid_access',
      });
    }
    if (this.rateLimited > 0) {
      this.rateLimited--;
      this.rateLimitedAt.push(Date.now());
      res.setHeader('Retry-After', '1');
      res.setHeader('Discourse-Rate-Limit-Error-Code', 'admin_api_key_rate_limit');
      return send(res, 429, {
        errors: ["You've performed this action too many times. Please wait 1 second before trying again."],
        error_type: 'rate_limit',
        extras: { wait_seconds: 1, time_left: '1 second' },
      });
    }
    let match: RegExpExecArray | null;
    if (req.method === 'GET' && path === '/session/current') {
      return send(res, 200, { current_user: { id: 41, username: this.apiUsername, moderator: true, admin: false } });
    }
    if (req.method === 'GET' && path === '/posts') return this.latest(res, params.before);
    if (req.method === 'GET' && (match = /^\/posts\/(\d+)$/.exec(path))) return this.showPost(res, Number(match[1]));
    if (req.method === 'GET' && (match = /^\/posts\/by_number\/(\d+)\/(\d+)$/.exec(path))) {
      const post = [...this.posts.values()].find((p) => p.topic_id === Number(match![1]) && p.post_number === Number(match![2]));
      return post ? this.showPost(res, post.id) : notFound(res);
    }
    if (req.method === 'POST' && path === '/post_actions') return this.flag(res, params);
    if (req.method === 'POST' && path === '/posts') return this.createPm(res, params);
    if (req.method === 'GET' && (match = /^\/review\/(\d+)$/.exec(path))) return this.showReviewable(res, Number(match[1]));
    if (req.method === 'GET' && (match = /^\/c\/(\d+)\/show$/.exec(path))) {
      const slug = this.categories.get(Number(match[1]));
      return slug ? send(res, 200, { category: { id: Number(match[1]), name: slug, slug, read_restricted: false } }) : notFound(res);
    }
    if (req.method === 'PUT' && (match = /^\/review\/(\d+)\/perform\/([a-z_]+)$/.exec(path))) return this.perform(res, Number(match[1]), match[2], params.version);
    return notFound(res);
  }

  private latest(res: ServerResponse, before: string | undefined): void {
    const posts = [...this.posts.values()]
      .filter((p) => p.topic_archetype !== 'private_message' && (before === undefined || p.id < Number(before)))
      .sort((a, b) => b.id - a.id)
      .slice(0, 50);
    send(res, 200, { latest_posts: posts });
  }

  private showPost(res: ServerResponse, id: number): void {
    const post = this.posts.get(id);
    if (!post) return notFound(res);
    const acted = this.flaggedBy.has(`${this.apiUsername}:${id}:7`);
    send(res, 200, { ...post, actions_summary: acted ? [{ id: 7, count: 1, acted: true }] : [] });
  }

  private flag(res: ServerResponse, params: Record<string, string>): void {
    const post = this.posts.get(Number(params.id));
    if (!post) return notFound(res);
    const typeId = Number(params.post_action_type_id);
    if (![3, 4, 6, 7, 8, 10].includes(typeId)) return send(res, 422, { errors: ['Post action type is invalid'], error_type: 'invalid_parameters' });
    if ([6, 7, 10].includes(typeId) && !params.message) return send(res, 422, { errors: ['A message is required for this flag'] });
    const key = `${this.apiUsername}:${post.id}:${typeId}`;
    if (this.flaggedBy.has(key)) return send(res, 403, { errors: ['You already performed that action on this post.'] });
    this.flaggedBy.add(key);
    let reviewable = [...this.reviewables.values()].find((r) => r.postId === post.id);
    if (!reviewable) {
      reviewable = { id: ++this.nextReviewableId, postId: post.id, status: 0, version: 0, scores: [] };
      this.reviewables.set(reviewable.id, reviewable);
    }
    reviewable.scores.push({ userId: this.apiUsername, typeId, message: params.message ?? '' });
    post.reviewable_id = reviewable.id;
    post.reviewable_score_count = reviewable.scores.length;
    post.reviewable_score_pending_count = reviewable.scores.length;
    if (params.queue_for_review === 'true') post.hidden = true;
    const answer: Record<string, unknown> = { ...post, actions_summary: [{ id: typeId, count: 1, acted: true }] };
    delete answer.raw;
    send(res, 200, answer);
  }

  private createPm(res: ServerResponse, params: Record<string, string>): void {
    if (params.archetype !== 'private_message' || !params.target_recipients) {
      return send(res, 422, { action: 'create_post', errors: ['Only private messages are supported by this double'] });
    }
    const signature = JSON.stringify(params);
    const previous = this.pms.findIndex((pm) => JSON.stringify(pm) === signature);
    if (previous < 0) this.pms.push(params);
    const post = this.addPost({ raw: params.raw, username: this.apiUsername, topic_archetype: 'private_message', category_id: null });
    send(res, 200, post);
  }

  /** `GET /review/:id.json`: the item under `reviewable`, its actions side-loaded at the root (E5). */
  private showReviewable(res: ServerResponse, id: number): void {
    const reviewable = this.reviewables.get(id);
    if (!reviewable) return notFound(res);
    const actions = this.actionsFor(reviewable);
    send(res, 200, {
      reviewable: { ...this.reviewablePayload(id), bundled_action_ids: actions.length > 0 ? [`${id}-agree`, `${id}-disagree`, `${id}-ignore`] : [] },
      bundled_actions: actions.length > 0 ? [
        { id: `${id}-agree`, action_ids: actions.filter((a) => a.startsWith('agree')) },
        { id: `${id}-disagree`, action_ids: actions.filter((a) => a.startsWith('disagree')) },
        { id: `${id}-ignore`, action_ids: actions.filter((a) => a.startsWith('ignore')) },
      ] : [],
      actions: actions.map((a) => ({ id: a, server_action: a })),
      __rest_serializer: '1',
    });
    if (this.staleReads > 0) {
      this.staleReads--;
      reviewable.version++;
    }
  }

  /** ReviewableFlaggedPost#build_actions, abridged: what a pending item offers, by whether its post is hidden. */
  private actionsFor(reviewable: Reviewable): string[] {
    if (reviewable.status !== 0) return [];
    const hidden = this.posts.get(reviewable.postId)?.hidden === true;
    return [
      ...(hidden ? ['agree_and_keep_hidden', 'agree_and_restore'] : ['agree_and_hide', 'agree_and_keep']),
      hidden ? 'disagree_and_restore' : 'disagree',
      'ignore_and_do_nothing',
    ];
  }

  private transition(reviewable: Reviewable, action: string, by: string): void {
    reviewable.version++;
    reviewable.status = action.startsWith('agree') ? 1 : action.startsWith('disagree') ? 2 : 3;
    reviewable.reviewedBy = by;
    const post = this.posts.get(reviewable.postId);
    if (post && (action.startsWith('disagree') || action === 'agree_and_restore')) post.hidden = false;
  }

  private perform(res: ServerResponse, id: number, action: string, version: string | undefined): void {
    const reviewable = this.reviewables.get(id);
    if (!reviewable) return notFound(res);
    if (version === undefined) return send(res, 422, { errors: ['Missing version'], error_type: 'invalid_parameters' });
    if (Number(version) !== reviewable.version) return send(res, 409, { errors: ['Reviewable was changed by someone else (conflict)'] });
    if (!this.actionsFor(reviewable).includes(action) || this.refusedActions.has(action)) return send(res, 403, { errors: ['You are not permitted to perform that action.'], error_type: 'invalid_access' });
    this.transition(reviewable, action, this.apiUsername);
    send(res, 200, {
      reviewable_perform_result: {
        success: true, transition_to: ['', 'approved', 'rejected', 'ignored'][reviewable.status], transition_to_id: reviewable.status,
        version: reviewable.version, reviewable_count: 0, unseen_reviewable_count: 0,
      },
    });
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    return Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function notFound(res: ServerResponse): void {
  send(res, 404, { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' });
}
