/**
 * npm run discourse:backfill -- --since DATE [--category SLUG]   (from a source checkout)
 * node dist/apps/api/apps/api/src/discourse/discourse-backfill.js --since DATE [--category SLUG]   (built, as in the Docker image)
 * Scans the forum's existing posts created since DATE (in one category, by id or slug, when given) through Discourse's
 * REST API: paged, through the connector's shared rate limit, never sending a post version already scanned to the scan
 * again. The cursor is stored after every page, so running the same command again resumes an interrupted backfill.
 * Boots the application without HTTP; the posts it finds enter the outbox, and the worker (`npm start` or
 * `npm run start:worker`) scans them. Progress on stderr, a summary on stdout; exit 1 with one line on any problem.
 */
import 'reflect-metadata';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DATABASE_ENDPOINT, DatabaseModule } from '@alongside/database';
import { type BackfillState, CatchUpService, categoryKey, DiscourseErrorReason, DiscourseException, DiscourseModule, requirePastDate } from '@alongside/discourse';
import { type AppConfig, ConfigModule, DomainException, loadConfigOrExit } from '@alongside/platform';
import { QueueModule } from '@alongside/queue';

const USAGE = 'usage: npm run discourse:backfill -- --since DATE [--category SLUG]';
const BAR_WIDTH = 30;

@Module({})
class BackfillModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: BackfillModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(DATABASE_ENDPOINT), ...DiscourseModule.register(config)],
    };
  }
}

class UsageError extends Error {}

function parse(argv: string[]): { since: Date; category: string | null } {
  let values: { since?: string; category?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { since: { type: 'string' }, category: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
  if (values.since === undefined) throw new UsageError(`--since DATE is required; ${USAGE}`);
  const since = new Date(values.since);
  if (Number.isNaN(since.getTime())) throw new UsageError(`--since must be a date such as 2026-01-31, got "${values.since}"`);
  try {
    return { since: requirePastDate(since), category: values.category === undefined ? null : categoryKey(values.category) };
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (got --since ${values.since}${values.category ? ` --category ${values.category}` : ''})`);
  }
}

/** How far back towards `since` the backfill has read, by the creation time of the oldest post read. */
function progressLine(state: BackfillState): string {
  const since = Date.parse(state.since);
  const started = Date.parse(state.startedAt);
  const reached = state.done ? since : state.reached ? Date.parse(state.reached) : started;
  const fraction = Math.min(1, Math.max(0, (started - reached) / Math.max(1, started - since)));
  const filled = Math.round(fraction * BAR_WIDTH);
  const back = state.reached ? `, back to ${state.reached.slice(0, 10)}` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  ${state.pages} pages, ${state.seen} posts read, ${state.ingested} to scan${back}`;
}

async function main(): Promise<number> {
  let range: { since: Date; category: string | null };
  try {
    range = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`discourse:backfill: ${error.message}\n`);
    return 1;
  }
  const config = loadConfigOrExit();
  if (!config.discourse) {
    process.stderr.write(
      'discourse:backfill: the Discourse connector is not configured (set DISCOURSE_URL, DISCOURSE_API_KEY, DISCOURSE_API_USERNAME and DISCOURSE_WEBHOOK_SECRET)\n',
    );
    return 1;
  }
  const app = await NestFactory.createApplicationContext(BackfillModule.register(config), { logger: ['error', 'warn'] });
  try {
    const catchUp = app.get(CatchUpService);
    const start = await catchUp.startBackfill(range.since, range.category);
    if (start.before !== null) process.stderr.write(`resuming the backfill started ${start.startedAt} from post < ${start.before}\n`);
    const tty = process.stderr.isTTY;
    const show = (state: BackfillState): void => void process.stderr.write(tty ? `\r${progressLine(state)}` : `${progressLine(state)}\n`);
    show(start);
    let state: BackfillState | null;
    try {
      state = await catchUp.runBackfill(show, `discourse:backfill on ${hostname()}`);
    } finally {
      if (tty) process.stderr.write('\n');
    }
    const done = state ?? start;
    const category = done.category === null ? 'all categories' : `category ${done.category}`;
    process.stdout.write(
      `Backfill since ${done.since} (${category}): ${done.pages} pages, ${done.seen} posts read, ${done.ingested} post versions sent to the scan, ` +
        `${done.seen - done.ingested} already scanned or skipped.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    const stored = await app.get(CatchUpService).current();
    const resume =
      error instanceof DiscourseException &&
      error.reason !== DiscourseErrorReason.FORUM_FORBIDDEN &&
      error.reason !== DiscourseErrorReason.BACKFILL_RUNNING &&
      stored?.before != null
        ? `; run the same command again to resume from post < ${stored.before}`
        : '';
    process.stderr.write(`discourse:backfill: ${error.message}${resume}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

process.exitCode = await main();
