/* eslint-disable @typescript-eslint/no-unsafe-return -- GraphQL responses are untyped JSON, as in the other specs */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GroupRole } from '@alongside/groups';
import type { DatabaseKind, TestDatabase } from '@alongside/testing';
import { insertGroup, insertMembership } from './factories.js';
import { TestApp, type TestUser } from './test-app.js';

/** A database with a queue backend: the embedded default, and PostgreSQL with Redis and with its own queue backend when set. */
export interface PipelineBackend {
  readonly name: string;
  readonly db: DatabaseKind;
  readonly queue: 'postgres' | 'redis';
}

export function pipelineBackends(): PipelineBackend[] {
  const backends: PipelineBackend[] = [{ name: 'PGlite + PostgreSQL queue', db: 'pglite', queue: 'postgres' }];
  if (process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL) {
    backends.push({ name: 'PostgreSQL + Redis', db: 'postgres', queue: 'redis' });
  }
  if (process.env.TEST_DATABASE_URL) backends.push({ name: 'PostgreSQL + PostgreSQL queue', db: 'postgres', queue: 'postgres' });
  return backends;
}

/** The environment of an app running the pipeline in-process on `backend`, isolated in Redis by its prefix. */
export function pipelineEnv(backend: PipelineBackend, extra: Record<string, string> = {}): Record<string, string> {
  return {
    RUN_WORKER: '1',
    QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
    OUTBOX_POLL_MS: '50',
    JWT_SECRET: randomBytes(32).toString('hex'), // tokens survive a restart of the app
    ...(process.env.DEBUG_LOG ? { LOG_LEVEL: 'warn' } : {}),
    JOB_LOCK_SECONDS: '2',
    ...(backend.queue === 'redis' ? { QUEUE_BACKEND: 'redis', REDIS_URL: process.env.TEST_REDIS_URL! } : { QUEUE_BACKEND: 'postgres' }),
    ...(backend.db === 'pglite' ? { DATA_DIR: mkdtempSync(join(tmpdir(), 'alongside-pipeline-')) } : {}),
    ...extra,
  };
}

/**
 * Starts the API with the pipeline in-process. On PGlite this is the embedded default itself (the app starts
 * PGlite in `dataDir` and migrates it), so the in-process LISTEN/NOTIFY and the short drain delay are what
 * is tested; pass the same `env` and database again to restart on the same data.
 */
export async function startPipelineApp(backend: PipelineBackend, env: Record<string, string>, database?: TestDatabase): Promise<TestApp> {
  if (backend.db === 'postgres') return TestApp.start('postgres', env, database);
  const dataDir = env.DATA_DIR;
  const embeddedDefault: TestDatabase = database ?? {
    kind: 'pglite',
    url: undefined as unknown as string, // no URL: the app starts the embedded default in DATA_DIR
    close: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  };
  return TestApp.start('pglite', env, embeddedDefault);
}

/** Polls until `probe` returns something truthy, or fails after `ms` (no fixed sleeps in assertions). */
/** `what` may be a function, read only on a timeout (e.g. to include a child process's output at that moment). */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  ms = 15_000,
  what: string | (() => string) = 'condition',
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const HIGH_TEXT = 'I took all my pills an hour ago';
export const NONE_TEXT = 'Finished chemo today, feeling good';

export interface Community {
  readonly groupId: string;
  readonly member: TestUser;
  readonly moderator: TestUser;
  readonly topicId: string;
}

/** A group with a member who accepted the ground rules and a group moderator; the first post opens a topic. */
export async function community(t: TestApp, firstPost = NONE_TEXT): Promise<Community & { postId: string }> {
  const group = await insertGroup(t);
  const member = await t.user();
  const moderator = await t.user();
  await insertMembership(t, group.id, member.id);
  await insertMembership(t, group.id, moderator.id, GroupRole.MODERATOR);
  await t.ok(`mutation($g: ID!) { acceptGroundRules(groupId: $g, version: 1) { version } }`, { g: group.id }, member.token);
  const { createTopic } = await t.ok(
    `mutation($input: CreateTopicInput!) { createTopic(input: $input) { topic { id } post { id } } }`,
    { input: { groupId: group.id, title: 'Today', body: firstPost } },
    member.token,
  );
  return { groupId: group.id, member, moderator, topicId: createTopic.topic.id, postId: createTopic.post.id };
}

export async function post(t: TestApp, c: Community, body: string): Promise<string> {
  const { createPost } = await t.ok(
    `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { topicId: c.topicId, body } },
    c.member.token,
  );
  return createPost.id as string;
}

export const ALERT_FIELDS = `id level categories status dueAt overdue post { id } authorHandle assignee { handle }
  matches { rule start end category severity } timeline { action fromStatus toStatus note }`;

/** The alert of `postId` as `viewer` sees it in the queue, or null. */
export async function alertOf(t: TestApp, viewer: TestUser, postId: string, fields = ALERT_FIELDS): Promise<any> {
  const { crisisAlerts } = await t.ok(`{ crisisAlerts(first: 50) { edges { node { ${fields} } } } }`, {}, viewer.token);
  return (crisisAlerts.edges.map((e: any): unknown => e.node) as any[]).find((n) => n.post.id === postId) ?? null;
}

/** A graphql-ws subscription collecting what it receives. */
export async function subscribe(t: TestApp, token: string, query: string): Promise<{ events: any[]; errors: unknown[]; close(): Promise<void> }> {
  const client: Client = createClient({
    url: `${t.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: token },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
  const events: any[] = [];
  const errors: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', () => reject(new Error('socket closed before connecting')));
  });
  const unsubscribe = client.subscribe({ query }, {
    next: (value) => events.push(value.data),
    error: (error) => errors.push(error),
    complete: () => undefined,
  });
  // The server subscribes to the event bus asynchronously; give it a round trip before anything is published.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    events,
    errors,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** A TCP proxy that can be cut and restored, to take a backend away from the app and give it back. */
export class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

const ROOT = new URL('../../../', import.meta.url);

/** The worker as its own OS process, run from the sources (no build), so that SIGKILL kills it for real. */
export function startWorker(env: Record<string, string>, nodeOptions: string[] = []): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...nodeOptions, '--import', './scripts/ts-register.mjs', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => output };
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}
