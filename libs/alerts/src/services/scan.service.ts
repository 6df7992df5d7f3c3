import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Histogram } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { Post, PostRevision } from '@alongside/discussions';
import { APP_CONFIG, type AppConfig, insertJsonRows, propertyColumns } from '@alongside/platform';
import { type ItemOutcome, Metrics } from '@alongside/queue';
import { AlertAction, AlertStatus, LEVEL_RANK } from '../entities/alert.enums.js';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { type ScanJobs } from '../jobs/alerts.jobs.js';
import { decideScan, type ScanDecision } from '../policies/scan.policy.js';
import { dueAtFor } from '../policies/triage.policy.js';
import { type CrisisScan, CrisisScanner } from '../scanner/crisis-scanner.js';
import { type AlertChange, AlertAnnouncer } from './alert-announcer.service.js';
import { recordTransitions, type TransitionRecord } from './alerts.service.js';

export type ScanOutcome = 'raised' | 'level-raised' | 'noted' | 'ignored' | 'post-gone';

/** The scan step of the pipeline: per post revision at most one alert change, stored in one transaction with its batch. */
@Injectable()
export class ScanService {
  private readonly logger = new Logger(ScanService.name);
  private readonly latency: Histogram<'outcome'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scanner: CrisisScanner,
    private readonly audit: AuditService,
    private readonly announcer: AlertAnnouncer,
    metrics: Metrics,
  ) {
    this.latency = new Histogram({
      name: 'alongside_scan_latency_seconds',
      help: 'From a post revision being committed to its alert being stored.',
      labelNames: ['outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [metrics.registry],
    });
  }

  /** Compiles the engine before the first post waits for it; a broken lexicon is logged and retried per job. */
  warmUp(): void {
    try {
      this.scanner.scan('');
    } catch (error) {
      this.logger.error({ err: error }, 'the crisis engine does not load; scan jobs will fail until it does');
    }
  }

  /** Idempotent: a revision already scanned changes nothing, so a job may be delivered any number of times. */
  async scan(postId: string, revision: number): Promise<ScanOutcome> {
    const [outcome] = await this.scanAll([{ postId, revision }]);
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /**
   * Several post revisions, each with its own outcome in the order given: read in one query, and those that change
   * an alert stored in one transaction (one statement per table). If that transaction fails, each is stored on its
   * own, so that a poisoned post fails (and is retried) alone.
   */
  async scanAll(requests: readonly ScanJobs['scan'][]): Promise<ItemOutcome<ScanOutcome>[]> {
    // One statement for the batch, one array pair rather than an OR per request (slow to build and to plan), and
    // whether each post has an alert yet; rows, not entities: this runs for every post.
    const revisions = await this.dataSource.query<(ScannedRevision & { alerted: boolean })[]>(
      `SELECT r.post_id AS "postId", r.revision, r.body, r.created_at AS "createdAt",
              EXISTS (SELECT 1 FROM crisis_alerts a WHERE a.post_id = r.post_id) AS alerted
         FROM post_revisions r
        WHERE (r.post_id, r.revision) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))`,
      [requests.map((r) => r.postId), requests.map((r) => r.revision)],
    );
    const texts = new Map(revisions.map((r) => [`${r.postId}/${r.revision}`, r]));
    const withAlert = new Set(revisions.filter((r) => r.alerted).map((r) => r.postId));
    const outcomes: ItemOutcome<ScanOutcome>[] = [];
    const candidates: Candidate[] = [];
    requests.forEach((request, index) => {
      const text = texts.get(`${request.postId}/${request.revision}`);
      if (!text) return (outcomes[index] = { ok: true, value: 'post-gone' });
      let scan: CrisisScan;
      try {
        scan = this.scanner.scan(text.body);
      } catch (error) {
        return (outcomes[index] = { ok: false, error });
      }
      // Most posts: nothing found and no alert to note it on. Deciding that needs no lock, since any serial
      // order of this scan with a concurrent one would ignore it too.
      if (scan.level === 'none' && !withAlert.has(request.postId)) return (outcomes[index] = { ok: true, value: 'ignored' });
      candidates.push({ index, request, text, scan });
    });

    const changes: StoredScan[] = [];
    for (const round of rounds(candidates)) {
      for (const [i, stored] of (await this.storeSettled(round)).entries()) {
        const { index } = round[i];
        if (!stored.ok) outcomes[index] = stored;
        else if (!stored.value) outcomes[index] = { ok: true, value: 'ignored' };
        else {
          outcomes[index] = { ok: true, value: stored.value.outcome };
          changes.push(stored.value);
        }
      }
    }
    if (changes.length === 0) return outcomes;
    for (const { alert, outcome, revision } of changes) {
      this.latency.observe({ outcome }, (alert.updatedAt.getTime() - revision.createdAt.getTime()) / 1000);
      this.logger.log({ alertId: alert.id, postId: alert.postId, revision: revision.revision, level: alert.level, outcome }, 'post scanned');
    }
    // Their follow-up jobs committed with them (the relay queues them); the real-time events are best effort.
    await this.announcer.publish(changes);
    return outcomes;
  }

  private async storeSettled(round: readonly Candidate[]): Promise<ItemOutcome<StoredScan | null>[]> {
    try {
      return (await this.store(round)).map((value) => ({ ok: true, value }));
    } catch (error) {
      if (round.length === 1) return [{ ok: false, error }];
      const each: ItemOutcome<StoredScan | null>[] = [];
      for (const candidate of round) each.push(...(await this.storeSettled([candidate])));
      return each;
    }
  }

  /**
   * One transaction for scans of distinct posts: new alerts, their timeline entries, audit records and follow-up
   * jobs (outbox rows) in one INSERT each.
   */
  private store(round: readonly Candidate[]): Promise<(StoredScan | null)[]> {
    return this.dataSource.transaction(async (manager) => {
      // Serializes the scans of one post: two deliveries or two revisions never decide on the same state. Locked in
      // id order, so that two batches sharing posts never deadlock.
      const posts = await manager.query<Pick<Post, 'id' | 'groupId' | 'authorId'>[]>(
        `SELECT id, group_id AS "groupId", author_id AS "authorId" FROM posts WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [round.map((c) => c.request.postId)],
      );
      if (posts.length === 0) return round.map(() => null);
      // Read under the locks (a statement of its own, so that it sees what a scan that held them committed). Plain SQL
      // for both: TypeORM's find costs more to build than these cost to run, for every batch.
      const alerts = manager.create(
        CrisisAlert,
        await manager.query<object[]>(
          `SELECT ${propertyColumns(manager, CrisisAlert)} FROM crisis_alerts WHERE post_id = ANY($1::uuid[]) ORDER BY created_at DESC`,
          [posts.map((p) => p.id)],
        ),
      );
      const now = new Date();
      const stored: (StoredScan | null)[] = [];
      const raised: CrisisAlert[] = [];
      const recorded: { alert: CrisisAlert; record: TransitionRecord; outcome: ScanOutcome; at: number }[] = [];
      for (const { request, text, scan } of round) {
        const post = posts.find((p) => p.id === request.postId);
        const own = alerts.filter((a) => a.postId === request.postId);
        const active = own.find((a) => a.status !== AlertStatus.RESOLVED) ?? null;
        const lastResolved = own.find((a) => a.status === AlertStatus.RESOLVED) ?? null;
        const decision: ScanDecision = post ? decideScan(scan, request.revision, active, lastResolved) : { kind: 'ignore' };
        const at = stored.push(null) - 1;
        switch (decision.kind) {
          case 'ignore':
            break;
          case 'raise': {
            const alert = manager.create(CrisisAlert, {
              postId: request.postId,
              groupId: post!.groupId,
              authorId: post!.authorId,
              ...evidence(scan, decision.level, text.body, request.revision),
              status: AlertStatus.OPEN,
              assigneeId: null,
              dueAt: dueAtFor(decision.level, now, this.config.alerts.ackSeconds),
              acknowledgedAt: null,
              escalatedAt: null,
              resolvedAt: null,
              outcome: null,
              resolutionNote: null,
            });
            raised.push(alert);
            const record = { action: AlertAction.RAISED, fromStatus: null, actorId: null, note: null, postRevision: request.revision };
            recorded.push({ alert, at, record, outcome: 'raised' });
            break;
          }
          case 'raise-level': {
            const due = dueAtFor(decision.level, now, this.config.alerts.ackSeconds);
            await manager.update(CrisisAlert, { id: active!.id }, {
              ...evidence(scan, decision.level, text.body, request.revision),
              dueAt: due < active!.dueAt ? due : active!.dueAt,
            });
            const alert = await manager.findOneByOrFail(CrisisAlert, { id: active!.id });
            const record = {
              action: AlertAction.LEVEL_RAISED,
              fromStatus: active!.status,
              actorId: null,
              note: `${active!.level} → ${decision.level}`,
              postRevision: request.revision,
              before: { level: active!.level },
            };
            recorded.push({ alert, at, record, outcome: 'level-raised' });
            break;
          }
          case 'note': {
            await manager.update(CrisisAlert, { id: active!.id }, { scannedRevision: request.revision });
            const alert = await manager.findOneByOrFail(CrisisAlert, { id: active!.id });
            const note = `revision ${request.revision} scanned at level ${scan.level}`;
            const record = { action: AlertAction.RESCANNED, fromStatus: active!.status, actorId: null, note, postRevision: request.revision };
            recorded.push({ alert, at, record, outcome: 'noted' });
            break;
          }
        }
      }
      if (raised.length > 0) await insertAlerts(manager, raised);
      const transitions = await recordTransitions(manager, this.audit, recorded);
      const changes = recorded.map(({ alert, outcome, at }, i) => {
        const change: StoredScan = { alert, transition: transitions[i], outcome, revision: round[at].text };
        stored[at] = change;
        return change;
      });
      await this.announcer.recordFollowUps(manager, changes);
      return stored;
    });
  }
}

/**
 * New alerts in one statement (this runs for every alert: insertJsonRows), their ids drawn here and their timestamps
 * filled in from the database.
 */
async function insertAlerts(manager: EntityManager, alerts: CrisisAlert[]): Promise<void> {
  for (const alert of alerts) alert.id = randomUUID();
  const stamps = await insertJsonRows<{ id: string; created_at: Date; updated_at: Date }>(
    manager,
    'crisis_alerts',
    {
      id: 'uuid',
      post_id: 'uuid',
      group_id: 'uuid',
      author_id: 'uuid',
      level: 'varchar',
      level_rank: 'smallint',
      categories: 'jsonb',
      matches: 'jsonb',
      text: 'text',
      post_revision: 'int',
      scanned_revision: 'int',
      status: 'varchar',
      assignee_id: 'uuid',
      due_at: 'timestamptz',
      acknowledged_at: 'timestamptz',
      escalated_at: 'timestamptz',
      resolved_at: 'timestamptz',
      outcome: 'varchar',
      resolution_note: 'text',
    },
    alerts.map((a) => ({
      id: a.id,
      post_id: a.postId,
      group_id: a.groupId,
      author_id: a.authorId,
      level: a.level,
      level_rank: a.levelRank,
      categories: a.categories,
      matches: a.matches,
      text: a.text,
      post_revision: a.postRevision,
      scanned_revision: a.scannedRevision,
      status: a.status,
      assignee_id: a.assigneeId,
      due_at: a.dueAt,
      acknowledged_at: a.acknowledgedAt,
      escalated_at: a.escalatedAt,
      resolved_at: a.resolvedAt,
      outcome: a.outcome,
      resolution_note: a.resolutionNote,
    })),
    'id, created_at, updated_at',
  );
  const byId = new Map(stamps.map((s) => [s.id, s]));
  for (const alert of alerts) {
    const { created_at, updated_at } = byId.get(alert.id)!;
    Object.assign(alert, { createdAt: created_at, updatedAt: updated_at });
  }
}

/** A post revision whose scan may change an alert, at `index` of the batch. */
interface Candidate {
  readonly index: number;
  readonly request: ScanJobs['scan'];
  readonly text: ScannedRevision;
  readonly scan: CrisisScan;
}

interface StoredScan extends AlertChange {
  readonly outcome: ScanOutcome;
  readonly revision: ScannedRevision;
}

/** What a scan needs of a post revision. */
type ScannedRevision = Pick<PostRevision, 'postId' | 'revision' | 'body' | 'createdAt'>;

/** Transactions in which no post appears twice (two revisions, or a job delivered twice), earlier revisions first. */
function rounds(candidates: readonly Candidate[]): Candidate[][] {
  const result: Candidate[][] = [];
  for (const candidate of [...candidates].sort((a, b) => a.request.revision - b.request.revision)) {
    const round = result.find((r) => r.every((c) => c.request.postId !== candidate.request.postId));
    if (round) round.push(candidate);
    else result.push([candidate]);
  }
  return result;
}

function evidence(scan: CrisisScan, level: CrisisAlert['level'], text: string, revision: number) {
  return {
    level,
    levelRank: LEVEL_RANK[level],
    categories: [...scan.categories],
    matches: scan.matches.map(({ rule, start, end, category, severity }) => ({ rule, start, end, category, severity })),
    text,
    postRevision: revision,
    scannedRevision: revision,
  };
}
