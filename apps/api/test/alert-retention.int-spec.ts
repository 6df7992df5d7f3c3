import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AlertRetentionService, CrisisAlert, PURGE_SCHEDULER_ID, RETENTION_QUEUE, TEXT_PURGED } from '@alongside/alerts';
import { AuditRecord } from '@alongside/audit';
import { loadConfig } from '@alongside/platform';
import { EXPIRY_SCHEDULER_ID, MODERATION_QUEUE } from '@alongside/moderation';
import { QueueService } from '@alongside/queue';
import { databaseKinds } from '@alongside/testing';
import { community, eventually, pipelineBackends, pipelineEnv, startPipelineApp } from './pipeline.harness.js';
import { TestApp } from './test-app.js';

const DAY_MS = 24 * 3600 * 1000;
const MATCHES = [{ rule: 'en.suicide.intent', start: 7, end: 14, category: 'suicide', severity: 'high' }];

/** Alerts on one post of a fresh community, straight in the database, and what became of them. */
function alerts(app: () => TestApp) {
  let c: Awaited<ReturnType<typeof community>> | undefined;
  return {
    /** `resolvedDaysAgo` null: still open. */
    async add(text: string, resolvedDaysAgo: number | null): Promise<string> {
      const t = app();
      c ??= await community(t);
      const resolvedAt = resolvedDaysAgo === null ? null : new Date(Date.now() - resolvedDaysAgo * DAY_MS);
      const [{ id }] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO crisis_alerts (post_id, group_id, author_id, level, level_rank, categories, matches, text, post_revision,
           scanned_revision, status, due_at, resolved_at, outcome, created_at)
         VALUES ($1, $2, $3, 'high', 3, '["suicide"]', $4, $5, 1, 1, $6, now(), $7, $8, now() - interval '400 days') RETURNING id`,
        [c.postId, c.groupId, c.member.id, JSON.stringify(MATCHES), text, resolvedAt ? 'RESOLVED' : 'OPEN', resolvedAt,
          resolvedAt ? 'CONTACTED_MEMBER' : null],
      );
      await t.dataSource.query(
        `INSERT INTO crisis_alert_transitions (alert_id, action, from_status, to_status, level) VALUES ($1, 'RAISED', NULL, 'OPEN', 'high')`, [id]);
      return id;
    },
    async stored(id: string): Promise<{ text: string; matches: unknown; level: string; status: string; steps: number }> {
      const [row] = await app().dataSource.query<{ text: string; matches: unknown; level: string; status: string; steps: number }[]>(
        `SELECT a.text, a.matches, a.level, a.status, (SELECT count(*)::int FROM crisis_alert_transitions x WHERE x.alert_id = a.id) AS steps
           FROM crisis_alerts a WHERE a.id = $1`, [id]);
      return row;
    },
    purges: (id: string) => app().dataSource.getRepository(AuditRecord).findBy({ action: TEXT_PURGED, targetId: id }),
  };
}

describe.each(databaseKinds())('retention of resolved alerts’ text (%s)', (kind) => {
  let t: TestApp;
  const a = alerts(() => t);
  beforeAll(async () => {
    t = await TestApp.start(kind);
  }, 60_000);
  afterAll(() => t.close());

  it('erases the text and spans of alerts resolved longer ago than the period; newer and unresolved ones keep theirs', async () => {
    const old = await a.add('I want to end it all', 91);
    const recent = await a.add('I want to end it, again', 10);
    const open = await a.add('I still want to end it', null);
    const retention = t.app.get(AlertRetentionService);

    expect(await retention.purgeDue()).toBe(1);
    expect(await a.stored(old)).toEqual({ text: '', matches: [{ ...MATCHES[0], start: 0, end: 0 }], level: 'high', status: 'RESOLVED', steps: 1 });
    expect(await a.stored(recent)).toMatchObject({ text: 'I want to end it, again', matches: MATCHES });
    expect(await a.stored(open)).toMatchObject({ text: 'I still want to end it', matches: MATCHES });
    const [record] = await a.purges(old);
    expect(record).toMatchObject({ actorId: null, targetType: 'crisis_alert', reason: 'retention' });
    expect(JSON.stringify(record)).not.toContain('end it');
    expect(await t.dataSource.getRepository(CrisisAlert).countBy({ id: old })).toBe(1);

    // idempotent: a second run finds nothing and writes no record
    expect(await retention.purgeDue()).toBe(0);
    expect(await a.purges(old)).toHaveLength(1);
    // a shorter period reaches the newer alert, never an unresolved one
    expect(await retention.purgeResolvedText(new Date())).toBe(1);
    expect((await a.stored(recent)).text).toBe('');
    expect((await a.stored(open)).text).toBe('I still want to end it');
  });
});

describe.each(pipelineBackends())('the worker’s scheduled jobs ($name)', (backend) => {
  let t: TestApp;
  const a = alerts(() => t);
  beforeAll(async () => {
    t = await startPipelineApp(backend, pipelineEnv(backend, { ALERT_TEXT_PURGE_SECONDS: '1' }));
  }, 120_000); // a full app start with its worker: generous on a loaded 2-core machine
  afterAll(() => t.close());

  it('purges resolved alerts’ text on a BullMQ job scheduler', async () => {
    const queue = await t.app.get(QueueService).queue(RETENTION_QUEUE);
    expect(await queue.raw.getJobScheduler(PURGE_SCHEDULER_ID)).toMatchObject({ every: 1000, name: 'purge-text' });
    const old = await a.add('Nobody would miss me', 120);
    const open = await a.add('Nobody would miss me, still', null);
    await eventually(async () => (await a.stored(old)).text === '', 20_000, 'the scheduled job to purge the alert');
    expect(await a.purges(old)).toHaveLength(1);
    expect((await a.stored(open)).text).toBe('Nobody would miss me, still');
  });

  it('expires stale reports hourly on another scheduler', async () => {
    const queue = await t.app.get(QueueService).queue(MODERATION_QUEUE);
    expect(await queue.raw.getJobScheduler(EXPIRY_SCHEDULER_ID)).toMatchObject({ every: 3600 * 1000, name: 'expire-reports' });
  });
});

describe('ALERT_TEXT_RETENTION_DAYS, ALERT_TEXT_PURGE_SECONDS and REPORT_EXPIRY_DAYS', () => {
  it('are validated at boot', () => {
    expect(loadConfig({ ALERT_TEXT_RETENTION_DAYS: '30' }).moderation)
      .toEqual({ alertTextRetentionDays: 30, alertTextPurgeSeconds: 3600, reportExpiryDays: 30 });
    expect(() => loadConfig({ REPORT_EXPIRY_DAYS: '-1' })).toThrow(/REPORT_EXPIRY_DAYS/);
    expect(() => loadConfig({ ALERT_TEXT_RETENTION_DAYS: '0' })).toThrow(/ALERT_TEXT_RETENTION_DAYS/);
    expect(() => loadConfig({ ALERT_TEXT_PURGE_SECONDS: 'hourly' })).toThrow(/ALERT_TEXT_PURGE_SECONDS/);
  });
});
