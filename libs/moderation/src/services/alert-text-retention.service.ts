import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, Not } from 'typeorm';
import { AlertStatus, CrisisAlert } from '@alongside/alerts';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';

const SWEEP_MS = 3600 * 1000;

/**
 * Retention: the text snapshot of a resolved alert is erased once it has been resolved for the
 * configured number of days (ids, rules and spans stay). Runs hourly in the worker; idempotent.
 */
@Injectable()
export class AlertTextRetention implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AlertTextRetention.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.runWorker) return;
    this.timer = setInterval(() => {
      this.purge().catch((error: unknown) => this.logger.error({ err: error }, 'alert text purge failed'));
    }, SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Erases the text of alerts resolved before `now` minus the retention; returns how many. */
  async purge(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.moderation.alertTextRetentionDays * 24 * 3600 * 1000);
    const result = await this.dataSource.manager.update(
      CrisisAlert,
      { status: AlertStatus.RESOLVED, resolvedAt: LessThan(cutoff), text: Not('') },
      { text: '' },
    );
    if (result.affected) this.logger.log({ purged: result.affected, cutoff: cutoff.toISOString() }, 'resolved alerts text purged');
    return result.affected ?? 0;
  }
}
