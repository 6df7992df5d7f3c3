import { Inject, Injectable, Logger } from '@nestjs/common';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DiscourseRateLimiter } from './rate-limiter.service.js';
import { DiscourseStateService } from './discourse-state.service.js';

export type FormValue = string | number | boolean;

export interface DiscourseRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly query?: Record<string, FormValue>;
  /** Sent form-encoded; booleans as the strings `"true"`/`"false"`, as Discourse compares them. */
  readonly form?: Record<string, FormValue>;
}

/** Discourse's error envelope (`lib/json_error.rb`). */
interface ErrorEnvelope {
  errors?: string[];
  error_type?: string;
  extras?: { wait_seconds?: number };
}

const TIMEOUT_MS = 15_000;
/** The acting user's session (`SessionController#current`): answered to any accepted key, refused (403) to a bad one. */
const CREDENTIALS_PROBE = '/session/current.json';
/** 429s absorbed inside one call before it fails and the job's own backoff takes over. */
const RATE_LIMIT_RETRIES = 5;

/** The forum's REST API as the connector's moderator account, through the shared rate limit. */
@Injectable()
export class DiscourseClient {
  private readonly logger = new Logger(DiscourseClient.name);

  constructor(
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    private readonly limiter: DiscourseRateLimiter,
    private readonly state: DiscourseStateService,
  ) {}

  async request<T>(request: DiscourseRequest): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      await this.limiter.acquire();
      const response = await this.send(request);
      if (response.status === 429) {
        const wait = await retryAfter(response);
        this.logger.warn({ path: request.path, waitSeconds: wait }, 'Discourse rate limit: waiting');
        await this.limiter.pause(wait);
        if (attempt < RATE_LIMIT_RETRIES) continue;
        throw new DiscourseException(DiscourseErrorReason.FORUM_UNAVAILABLE, 'Discourse kept rate-limiting the connector.', { status: 429 });
      }
      return this.read<T>(request, response);
    }
  }

  private async send(request: DiscourseRequest): Promise<Response> {
    const url = new URL(this.config.url + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = {
      'Api-Key': this.config.apiKey,
      'Api-Username': this.config.apiUsername,
      Accept: 'application/json',
    };
    let body: string | undefined;
    if (request.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(Object.entries(request.form).map(([k, v]): [string, string] => [k, String(v)])).toString();
    }
    try {
      return await fetch(url, { method: request.method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new DiscourseException(DiscourseErrorReason.FORUM_UNAVAILABLE, `Discourse did not answer: ${(error as Error).message}`, {
        path: request.path,
      });
    }
  }

  private async read<T>(request: DiscourseRequest, response: Response): Promise<T> {
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // per-IP limits and proxies answer in plain text
    }
    if (response.ok) {
      await this.state.markHealthy();
      return json as T;
    }
    const envelope = (json ?? {}) as ErrorEnvelope;
    const details = { status: response.status, path: request.path, errors: envelope.errors ?? [], errorType: envelope.error_type ?? null };
    if (response.status >= 500) {
      throw new DiscourseException(DiscourseErrorReason.FORUM_UNAVAILABLE, `Discourse answered ${response.status}.`, details);
    }
    // Discourse answers 403 `invalid_access` both for a refused key and for one action the account may not take (a
    // review action the item does not offer, a post it may not see): only a key that fails the probe too is refused.
    if (response.status === 403 && (envelope.error_type === 'not_logged_in' || (envelope.error_type === 'invalid_access' && !(await this.keyAccepted(request))))) {
      const reason = `Discourse refused the API key or user "${this.config.apiUsername}" (403 ${envelope.error_type}) on ${request.method} ${request.path}`;
      await this.state.markUnhealthy(reason);
      throw new DiscourseException(DiscourseErrorReason.FORUM_FORBIDDEN, reason, details);
    }
    throw new DiscourseException(DiscourseErrorReason.FORUM_REJECTED, `Discourse answered ${response.status}.`, details);
  }

  /**
   * Whether the forum accepts the key on a request any valid key may make (its own session). Spends one request of
   * the shared limit, only after a typed 403; a forum that does not answer it leaves the question to the job's retry.
   */
  private async keyAccepted(refused: DiscourseRequest): Promise<boolean> {
    if (refused.path === CREDENTIALS_PROBE) return false;
    await this.limiter.acquire();
    const response = await this.send({ method: 'GET', path: CREDENTIALS_PROBE });
    await response.body?.cancel();
    if (response.ok) return true;
    if (response.status === 403) return false;
    throw new DiscourseException(DiscourseErrorReason.FORUM_UNAVAILABLE, `Discourse answered ${response.status} to the credentials check.`, {
      status: response.status,
      path: CREDENTIALS_PROBE,
    });
  }
}

async function retryAfter(response: Response): Promise<number> {
  const header = Number(response.headers.get('retry-after'));
  let body: number | undefined;
  try {
    body = ((await response.json()) as ErrorEnvelope).extras?.wait_seconds;
  } catch {
    body = undefined;
  }
  const seconds = Number.isFinite(header) && header > 0 ? header : (body ?? 5);
  return Math.min(Math.max(seconds, 0.05), 3600);
}
