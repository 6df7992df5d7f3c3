import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { QueueService } from '@alongside/queue';

/** The queue backend answers, with the failed jobs per queue as a hint for operators. */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly queues: QueueService,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const status = this.indicator.check(key);
    try {
      await this.queues.ping(3000);
      const failed = Object.fromEntries((await this.queues.counts()).map((c) => [c.queue, c.failed]));
      return status.up({ backend: this.queues.backend, failed });
    } catch (error) {
      return status.down({ backend: this.queues.backend, message: error instanceof Error ? error.message : 'unreachable' });
    }
  }
}
