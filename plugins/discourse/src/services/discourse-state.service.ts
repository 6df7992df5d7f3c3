import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DiscourseState } from '../entities/discourse-state.entity.js';

export interface DiscourseHealth {
  readonly healthy: boolean;
  /** Why the connector stopped calling the forum (e.g. the API key was refused). */
  readonly reason: string | null;
  readonly since: string | null;
}

export interface BackfillState {
  readonly since: string;
  readonly category: string | null;
  /** When this backfill was started (a resumed one keeps it); names its queued job. */
  readonly startedAt: string;
  /** Posts with a smaller id are still to be read (`/posts.json?before=`); null before the first page. */
  readonly before: number | null;
  /** `created_at` of the oldest post read so far: how far back towards `since` the backfill has come. */
  readonly reached: string | null;
  readonly pages: number;
  readonly done: boolean;
  /** Posts read that fall in the backfill's range and category. */
  readonly seen: number;
  /** Of those, post versions not scanned before, now sent to the scan (the others were left alone). */
  readonly ingested: number;
}

/** Who runs something only one process may run at a time, and until when (an ISO instant) unless renewed. */
export interface LeaseHolder {
  readonly owner: string;
  readonly until: string;
}

interface States {
  health: DiscourseHealth;
  backfill: BackfillState;
  /** The newest forum post id the reconciliation has read up to, and when it last completed. */
  reconcile: { lastPostId: number; at?: string };
}

/** Named records kept across restarts, and the connector's health as every process sees it. */
@Injectable()
export class DiscourseStateService {
  private readonly logger = new Logger(DiscourseStateService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get<K extends keyof States>(key: K, manager: EntityManager = this.dataSource.manager): Promise<States[K] | null> {
    const row = await manager.findOneBy(DiscourseState, { key });
    return (row?.value as States[K] | undefined) ?? null;
  }

  async set<K extends keyof States>(key: K, value: States[K], manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO discourse_state (key, value, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, value],
    );
  }

  /**
   * Takes or renews the named lease for `owner` until `seconds` from now (database time), unless another owner holds
   * one that has not run out: then returns that holder and takes nothing.
   */
  async claimLease(name: string, owner: string, seconds: number): Promise<LeaseHolder | null> {
    for (;;) {
      const claimed = await this.dataSource.query<unknown[]>(
        `INSERT INTO discourse_state (key, value, updated_at)
           VALUES ($1, jsonb_build_object('owner', $2::text, 'until', now() + make_interval(secs => $3)), now())
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
           WHERE discourse_state.value->>'owner' = $2 OR (discourse_state.value->>'until')::timestamptz < now()
         RETURNING key`,
        [name, owner, seconds],
      );
      if (claimed.length > 0) return null;
      // Released or run out since the attempt: try again.
      const holder = await this.leaseHolder(name);
      if (holder !== null) return holder;
    }
  }

  /** Who holds the named lease now, or null when nobody does. */
  async leaseHolder(name: string): Promise<LeaseHolder | null> {
    const [row] = await this.dataSource.query<{ value: LeaseHolder }[]>(
      `SELECT value FROM discourse_state WHERE key = $1 AND (value->>'until')::timestamptz >= now()`,
      [name],
    );
    return row?.value ?? null;
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM discourse_state WHERE key = $1 AND value->>'owner' = $2`, [name, owner]);
  }

  async health(): Promise<DiscourseHealth> {
    return (await this.get('health')) ?? { healthy: true, reason: null, since: null };
  }

  async markUnhealthy(reason: string): Promise<void> {
    this.logger.error({ reason }, 'the Discourse connector stopped: the forum refused its credentials');
    await this.set('health', { healthy: false, reason, since: new Date().toISOString() });
  }

  /** Cheap when already healthy: one conditional update. */
  async markHealthy(): Promise<void> {
    const result = await this.dataSource.query<unknown[]>(
      `UPDATE discourse_state SET value = $1, updated_at = now() WHERE key = 'health' AND (value->>'healthy')::boolean = false RETURNING key`,
      [{ healthy: true, reason: null, since: new Date().toISOString() }],
    );
    if (result.length > 0) this.logger.log('the Discourse connector is healthy again');
  }
}
