import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';

/**
 * One request slot at a time for every process: a single row holds the earliest instant the next request may
 * leave, and each caller reserves the next slot with one atomic update. A 429 pushes that instant back for all.
 */
@Injectable()
export class DiscourseRateLimiter {
  private readonly spacingSeconds: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISCOURSE_CONFIG) config: DiscourseConfig,
  ) {
    this.spacingSeconds = 60 / config.maxRequestsPerMinute;
  }

  /** Resolves when this caller's slot has come and the forum is not asking everyone to wait. */
  async acquire(): Promise<void> {
    for (;;) {
      const [row] = await this.dataSource.query<{ wait_ms: string }[]>(
        `UPDATE discourse_rate_limit SET next_at = GREATEST(next_at, paused_until, clock_timestamp()) + make_interval(secs => $1)
          WHERE id = 1
          RETURNING EXTRACT(EPOCH FROM (next_at - make_interval(secs => $1) - clock_timestamp())) * 1000 AS wait_ms`,
        [this.spacingSeconds],
      );
      await sleep(Number(row?.wait_ms ?? 0));
      // A slot reserved before a 429 arrived is void: take a new one after the pause.
      const [pause] = await this.dataSource.query<{ paused_ms: string }[]>(
        `SELECT EXTRACT(EPOCH FROM (paused_until - clock_timestamp())) * 1000 AS paused_ms FROM discourse_rate_limit WHERE id = 1`,
      );
      if (Number(pause?.paused_ms ?? 0) <= 0) return;
    }
  }

  /** The forum said to wait: nobody calls it before then. */
  async pause(seconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE discourse_rate_limit SET paused_until = GREATEST(paused_until, clock_timestamp() + make_interval(secs => $1)) WHERE id = 1`,
      [seconds],
    );
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
