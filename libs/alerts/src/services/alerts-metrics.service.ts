import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Metrics } from '@alongside/queue';

/** Alerts by level and status, counted in the database when Prometheus scrapes. */
@Injectable()
export class AlertsMetrics {
  constructor(@InjectDataSource() dataSource: DataSource, metrics: Metrics) {
    new Gauge({
      name: 'alongside_crisis_alerts',
      help: 'Crisis alerts by level and status.',
      labelNames: ['level', 'status'],
      registers: [metrics.registry],
      async collect() {
        const rows = await dataSource
          .query<{ level: string; status: string; n: string }[]>(
            `SELECT level, status, count(*) AS n FROM crisis_alerts GROUP BY level, status`,
          )
          .catch(() => []);
        this.reset();
        for (const row of rows) this.set({ level: row.level, status: row.status }, Number(row.n));
      },
    });
  }
}
