import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DeletedPostsPolicy } from '../privacy/personal-data.js';

/** The process configuration, read once from the environment and validated at boot. */
export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly server: { readonly host: string; readonly port: number; readonly publicUrl: string };
  readonly database: {
    /** `undefined` means the embedded default: PGlite under `dataDir`. */
    readonly url: string | undefined;
    readonly dataDir: string;
  };
  readonly queue: {
    readonly backend: 'redis' | 'postgres';
    readonly redisUrl: string | undefined;
    /** Namespaces queues and real-time channels, so several deployments (or test runs) can share one Redis. */
    readonly prefix: string;
    /** The database holding BullMQ's tables on the PostgreSQL backend; the application database by default. */
    readonly databaseUrl: string | undefined;
    /** A job whose worker stops renewing its lock for this long (a crash) is handed to another worker. */
    readonly jobLockSeconds: number;
  };
  /** Run the queue processors in the API process too (`npm start`); a separate worker process otherwise. */
  readonly runWorker: boolean;
  /** The separate worker process's `/metrics` and `/health` listener (on `server.host`); `undefined`: none. */
  readonly workerMetricsPort: number | undefined;
  readonly alerts: {
    /** Time to acknowledge per level, in seconds; past it an alert escalates by itself. */
    readonly ackSeconds: { readonly high: number; readonly medium: number; readonly low: number };
    /** How often a worker looks for overdue alerts whose escalation job went missing. */
    readonly escalationSweepSeconds: number;
    /** How often the outbox relay looks for events when nothing nudged it. */
    readonly outboxPollMs: number;
    /** Scan jobs a worker holds at once; those that wait together are scanned as one batch. */
    readonly scanConcurrency: number;
    /** Tries of a scan job before it lands in the failed list (exponential backoff in between). */
    readonly scanAttempts: number;
  };
  readonly auth: {
    readonly jwtSecret: string;
    readonly tokenTtlSeconds: number;
    readonly loginMaxAttempts: number;
    readonly loginWindowSeconds: number;
    readonly adminEmail: string | undefined;
    readonly adminPassword: string | undefined;
  };
  readonly graphql: { readonly maxDepth: number; readonly maxComplexity: number };
  readonly privacy: {
    /** What happens to a deleted member's posts. */
    readonly deletedPosts: DeletedPostsPolicy;
  };
  readonly moderation: {
    /** Days a resolved crisis alert keeps its text snapshot before the retention job erases it. */
    readonly alertTextRetentionDays: number;
    /** How often the scheduled job looks for alerts whose text is due for erasure. */
    readonly alertTextPurgeSeconds: number;
    /** Days an open report may wait untouched before it expires out of the queue. */
    readonly reportExpiryDays: number;
  };
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The Discourse connector; `undefined` (not loaded) unless all four DISCOURSE_* credentials are set. */
  readonly discourse: DiscourseConfig | undefined;
  readonly notifications: NotificationsConfig;
}

/** Who hears of crisis alerts, and what a member whose post raised one is offered. */
export interface NotificationsConfig {
  /** The notifier plugin that tells people of raised and escalated alerts; `log` writes a line with ids only. */
  readonly notifier: 'log' | 'email' | 'webhook';
  /** Put the scanned post text into notifications; off by default (level, group, link and time only). */
  readonly includeText: boolean;
  readonly email: {
    /** Secret: may carry SMTP credentials. */
    readonly smtpUrl: string;
    readonly from: string;
    /** Told of every raised alert. */
    readonly to: readonly string[];
    /** Escalation contacts: told of every escalation (with `to`). */
    readonly escalationTo: readonly string[];
  } | undefined;
  readonly webhook: {
    readonly urls: readonly string[];
    /** Escalation contacts: told of every escalation (with `urls`). */
    readonly escalationUrls: readonly string[];
    /** Secret: the HMAC-SHA256 key of X-Alongside-Signature. */
    readonly secret: string;
  } | undefined;
  /** The lowest alert level whose author gets the private supportive message; `off` for none. */
  readonly supportMessageLevel: 'low' | 'medium' | 'high' | 'off';
  /** At most one supportive message per member in this many hours. */
  readonly supportMessagePeriodHours: number;
  /** A JSON file of help lines per region that overrides the shipped ones (validated at boot). */
  readonly crisisResourcesFile: string | undefined;
}

export interface DiscourseConfig {
  /** The forum's base URL, without a trailing slash. */
  readonly url: string;
  /** Secret: an unrestricted, IP-restricted key bound to a dedicated moderator account. */
  readonly apiKey: string;
  readonly apiUsername: string;
  /** Secret: the webhook's HMAC-SHA256 key. */
  readonly webhookSecret: string;
  /** Discourse category (id or slug) → Alongside group slug; the admin mutation's stored mapping overrides it. */
  readonly categoryMap: ReadonlyMap<string, string>;
  /** Alerts at or above this level are flagged into Discourse's review queue. */
  readonly flagLevel: 'low' | 'medium' | 'high';
  readonly includeWhispers: boolean;
  /** One limit shared by every process (Discourse allows 60 admin requests a minute across all keys). */
  readonly maxRequestsPerMinute: number;
  /** How often the worker fetches the latest forum posts to catch what no webhook brought. */
  readonly reconcileSeconds: number;
  /** Alerts at or above this level are also sent as a private message to `safeguardingRecipients`; `off` for none. */
  readonly safeguardingLevel: 'low' | 'medium' | 'high' | 'off';
  /** Discourse groups or usernames (`target_recipients`) of the safeguarding message. */
  readonly safeguardingRecipients: readonly string[];
  /** Alerts at or above this level send their author the supportive message as a Discourse private message; `off` for none. */
  readonly supportLevel: 'low' | 'medium' | 'high' | 'off';
  /** The forum's region (ISO 3166-1 alpha-2) whose crisis lines the supportive message lists; `undefined`: generic advice. */
  readonly supportRegion: string | undefined;
  /** The language of the forum's supportive messages (a language without a text falls back to English). */
  readonly supportLanguage: string;
  /** Alerts at or above this level hide the post while it waits in the review queue (`queue_for_review`); `off` by default. */
  readonly hideLevel: 'low' | 'medium' | 'high' | 'off';
}

/** A bad configuration value; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a well-formed URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

/**
 * On the embedded default a JWT secret is generated once and kept beside the data,
 * so tokens survive restarts without asking a first-time user to configure anything.
 */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = optional(env, 'HOST') ?? '0.0.0.0';
  const dataDir = resolve(optional(env, 'DATA_DIR') ?? './data');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const backend = oneOf(env, 'QUEUE_BACKEND', ['redis', 'postgres'] as const, redisUrl ? 'redis' : 'postgres');
  if (backend === 'redis' && !redisUrl) throw new ConfigError('REDIS_URL', 'is required when QUEUE_BACKEND=redis');

  let jwtSecret = optional(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (jwtSecret === undefined) {
    if (databaseUrl) throw new ConfigError('JWT_SECRET', 'is required when DATABASE_URL is set');
    jwtSecret = nodeEnv === 'test' ? randomBytes(48).toString('base64url') : embeddedJwtSecret(dataDir);
  }

  const adminEmail = optional(env, 'ADMIN_EMAIL');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL', 'must be set together with the other');
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'is not an e-mail address');
  }
  if (adminPassword !== undefined && adminPassword.length < 12) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 12 characters long');
  }

  const queuePrefix = optional(env, 'QUEUE_PREFIX') ?? 'alongside';
  if (!/^[\w-]{1,40}$/.test(queuePrefix)) throw new ConfigError('QUEUE_PREFIX', 'must be 1-40 letters, digits, "_" or "-"');
  const ackSeconds = {
    high: integer(env, 'ALERT_ACK_SECONDS_HIGH', 5 * 60, 1, 7 * 24 * 3600),
    medium: integer(env, 'ALERT_ACK_SECONDS_MEDIUM', 3600, 1, 7 * 24 * 3600),
    low: integer(env, 'ALERT_ACK_SECONDS_LOW', 24 * 3600, 1, 30 * 24 * 3600),
  };
  if (ackSeconds.high > ackSeconds.medium) {
    throw new ConfigError('ALERT_ACK_SECONDS_HIGH', `must not exceed ALERT_ACK_SECONDS_MEDIUM (${ackSeconds.medium})`);
  }
  if (ackSeconds.medium > ackSeconds.low) {
    throw new ConfigError('ALERT_ACK_SECONDS_MEDIUM', `must not exceed ALERT_ACK_SECONDS_LOW (${ackSeconds.low})`);
  }
  const runWorker = oneOf(env, 'RUN_WORKER', ['0', '1'] as const, '0') === '1';

  const publicUrl =
    url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port === 0 ? 3000 : port}`;

  return {
    env: nodeEnv,
    server: { host, port, publicUrl: publicUrl.replace(/\/$/, '') },
    database: { url: databaseUrl, dataDir },
    queue: { backend, redisUrl, prefix: queuePrefix, databaseUrl: url(env, 'QUEUE_DATABASE_URL', ['postgres:', 'postgresql:']),
      jobLockSeconds: integer(env, 'JOB_LOCK_SECONDS', 30, 1, 3600),
    },
    runWorker,
    workerMetricsPort: optional(env, 'WORKER_METRICS_PORT') === undefined ? undefined : integer(env, 'WORKER_METRICS_PORT', 0, 0, 65535),
    alerts: {
      ackSeconds,
      escalationSweepSeconds: integer(env, 'ALERT_ESCALATION_SWEEP_SECONDS', 30, 1, 3600),
      outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 100, 10, 60_000),
      scanConcurrency: integer(env, 'SCAN_CONCURRENCY', 32, 1, 256),
      scanAttempts: integer(env, 'SCAN_ATTEMPTS', 5, 1, 50),
    },
    auth: {
      jwtSecret,
      tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
      loginMaxAttempts: integer(env, 'LOGIN_MAX_ATTEMPTS', 5, 1, 1000),
      loginWindowSeconds: integer(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
      adminEmail: adminEmail?.toLowerCase(),
      adminPassword,
    },
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 2000, 10, 1_000_000),
    },
    privacy: {
      deletedPosts: oneOf(env, 'DELETED_ACCOUNT_POSTS', Object.values(DeletedPostsPolicy), DeletedPostsPolicy.ANONYMIZE),
    },
    moderation: {
      alertTextRetentionDays: integer(env, 'ALERT_TEXT_RETENTION_DAYS', 90, 1, 3650),
      alertTextPurgeSeconds: integer(env, 'ALERT_TEXT_PURGE_SECONDS', 3600, 1, 7 * 24 * 3600),
      reportExpiryDays: integer(env, 'REPORT_EXPIRY_DAYS', 30, 1, 3650),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    discourse: discourseConfig(env),
    notifications: notificationsConfig(env),
  };
}

function list(env: Env, name: string, check: (item: string) => boolean, what: string): string[] {
  const items = (optional(env, name) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  const bad = items.find((item) => !check(item));
  if (bad !== undefined) throw new ConfigError(name, `must be a comma-separated list of ${what}, got "${bad}"`);
  return items;
}

const isEmail = (item: string): boolean => /^[^\s@,]+@[^\s@,]+$/.test(item);
const isHttpUrl = (item: string): boolean => URL.canParse(item) && ['http:', 'https:'].includes(new URL(item).protocol);

function notificationsConfig(env: Env): NotificationsConfig {
  const notifier = oneOf(env, 'ALERT_NOTIFIER', ['log', 'email', 'webhook'] as const, 'log');
  let email: NotificationsConfig['email'];
  let webhook: NotificationsConfig['webhook'];
  if (notifier === 'email') {
    const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
    if (!smtpUrl) throw new ConfigError('SMTP_URL', 'is required when ALERT_NOTIFIER=email');
    const from = optional(env, 'SMTP_FROM');
    if (!from || !isEmail(from.replace(/^.*<(.+)>$/, '$1'))) throw new ConfigError('SMTP_FROM', 'must be an e-mail address when ALERT_NOTIFIER=email');
    const to = list(env, 'ALERT_EMAILS', isEmail, 'e-mail addresses');
    const escalationTo = list(env, 'ALERT_ESCALATION_EMAILS', isEmail, 'e-mail addresses');
    if (to.length + escalationTo.length === 0) throw new ConfigError('ALERT_EMAILS', 'or ALERT_ESCALATION_EMAILS is required when ALERT_NOTIFIER=email');
    email = { smtpUrl, from, to, escalationTo };
  }
  if (notifier === 'webhook') {
    const urls = list(env, 'ALERT_WEBHOOK_URLS', isHttpUrl, 'http(s) URLs');
    const escalationUrls = list(env, 'ALERT_ESCALATION_WEBHOOK_URLS', isHttpUrl, 'http(s) URLs');
    if (urls.length + escalationUrls.length === 0) throw new ConfigError('ALERT_WEBHOOK_URLS', 'or ALERT_ESCALATION_WEBHOOK_URLS is required when ALERT_NOTIFIER=webhook');
    const secret = optional(env, 'ALERT_WEBHOOK_SECRET');
    if (!secret || secret.length < 32) throw new ConfigError('ALERT_WEBHOOK_SECRET', 'must be at least 32 characters long when ALERT_NOTIFIER=webhook');
    webhook = { urls, escalationUrls, secret };
  }
  return {
    notifier,
    includeText: oneOf(env, 'ALERT_NOTIFY_INCLUDE_TEXT', ['0', '1'] as const, '0') === '1',
    email,
    webhook,
    supportMessageLevel: oneOf(env, 'SUPPORT_MESSAGE_LEVEL', ['low', 'medium', 'high', 'off'] as const, 'medium'),
    supportMessagePeriodHours: integer(env, 'SUPPORT_MESSAGE_PERIOD_HOURS', 24, 1, 24 * 365),
    crisisResourcesFile: optional(env, 'CRISIS_RESOURCES_FILE'),
  };
}

const DISCOURSE_CREDENTIALS = ['DISCOURSE_URL', 'DISCOURSE_API_KEY', 'DISCOURSE_API_USERNAME', 'DISCOURSE_WEBHOOK_SECRET'] as const;

function discourseConfig(env: Env): DiscourseConfig | undefined {
  const set = DISCOURSE_CREDENTIALS.filter((name) => optional(env, name) !== undefined);
  if (set.length === 0) return undefined;
  const missing = DISCOURSE_CREDENTIALS.find((name) => !set.includes(name));
  if (missing) throw new ConfigError(missing, `is required when ${set[0]} is set (the Discourse connector needs all four DISCOURSE_* credentials)`);
  const baseUrl = url(env, 'DISCOURSE_URL', ['http:', 'https:'])!;
  const webhookSecret = optional(env, 'DISCOURSE_WEBHOOK_SECRET')!;
  if (webhookSecret.length < 12) throw new ConfigError('DISCOURSE_WEBHOOK_SECRET', 'must be at least 12 characters long (as Discourse requires)');
  const apiUsername = optional(env, 'DISCOURSE_API_USERNAME')!;
  if (!/^[\w.-]{1,60}$/.test(apiUsername)) throw new ConfigError('DISCOURSE_API_USERNAME', 'is not a Discourse username');
  return {
    url: baseUrl.replace(/\/+$/, ''),
    apiKey: optional(env, 'DISCOURSE_API_KEY')!,
    apiUsername,
    webhookSecret,
    categoryMap: discourseCategoryMap(optional(env, 'DISCOURSE_CATEGORY_MAP')),
    flagLevel: oneOf(env, 'DISCOURSE_FLAG_LEVEL', ['low', 'medium', 'high'] as const, 'low'),
    includeWhispers: oneOf(env, 'DISCOURSE_INCLUDE_WHISPERS', ['0', '1'] as const, '0') === '1',
    maxRequestsPerMinute: integer(env, 'DISCOURSE_MAX_REQUESTS_PER_MINUTE', 50, 1, 6000),
    reconcileSeconds: integer(env, 'DISCOURSE_RECONCILE_SECONDS', 300, 1, 24 * 3600),
    ...discourseActions(env),
  };
}

const LEVEL_OR_OFF = ['low', 'medium', 'high', 'off'] as const;

/** The optional per-level actions on the forum: each is off unless its level is set. */
function discourseActions(env: Env): Pick<
  DiscourseConfig,
  'safeguardingLevel' | 'safeguardingRecipients' | 'supportLevel' | 'supportRegion' | 'supportLanguage' | 'hideLevel'
> {
  const safeguardingLevel = oneOf(env, 'DISCOURSE_SAFEGUARDING_LEVEL', LEVEL_OR_OFF, 'off');
  const safeguardingRecipients = list(env, 'DISCOURSE_SAFEGUARDING_RECIPIENTS', (item) => /^[\w.-]{1,60}$/.test(item), 'Discourse group names or usernames');
  if (safeguardingLevel !== 'off' && safeguardingRecipients.length === 0) {
    throw new ConfigError('DISCOURSE_SAFEGUARDING_RECIPIENTS', 'is required when DISCOURSE_SAFEGUARDING_LEVEL is set (a Discourse group moderators may message)');
  }
  const supportRegion = optional(env, 'DISCOURSE_SUPPORT_REGION')?.toUpperCase();
  if (supportRegion !== undefined && !/^[A-Z]{2}$/.test(supportRegion)) {
    throw new ConfigError('DISCOURSE_SUPPORT_REGION', `must be a two-letter country code (ISO 3166-1), got "${supportRegion}"`);
  }
  const supportLanguage = (optional(env, 'DISCOURSE_SUPPORT_LANGUAGE') ?? 'en').toLowerCase();
  if (!/^[a-z]{2}$/.test(supportLanguage)) {
    throw new ConfigError('DISCOURSE_SUPPORT_LANGUAGE', `must be a two-letter language code (ISO 639-1), got "${supportLanguage}"`);
  }
  return {
    safeguardingLevel,
    safeguardingRecipients,
    supportLevel: oneOf(env, 'DISCOURSE_SUPPORT_MESSAGE_LEVEL', LEVEL_OR_OFF, 'off'),
    supportRegion,
    supportLanguage,
    hideLevel: oneOf(env, 'DISCOURSE_HIDE_LEVEL', LEVEL_OR_OFF, 'off'),
  };
}

/** `12=young-adults-cancer,general=caregivers`: a Discourse category id or slug, then an Alongside group slug. */
function discourseCategoryMap(raw: string | undefined): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const entry of (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const match = /^([\w-]{1,100})=([a-z0-9-]{1,80})$/.exec(entry);
    if (!match) throw new ConfigError('DISCOURSE_CATEGORY_MAP', `must be a comma-separated list of category=group-slug, got "${entry}"`);
    map.set(match[1].toLowerCase(), match[2]);
  }
  return map;
}

/** For entry points: the validated configuration, or a one-line message naming the bad variable and exit 1. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
