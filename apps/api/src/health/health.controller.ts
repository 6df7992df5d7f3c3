import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DiscourseHealthIndicator } from './discourse.health.js';
import { QueueHealthIndicator } from './queue.health.js';

/** `GET /health`: 200 when every dependency answers, 503 with the failing one named otherwise (the Discourse connector when configured). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly discourse: DiscourseHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      () => this.queue.check('queue'),
      ...(this.discourse.enabled ? [() => this.discourse.check('discourse')] : []),
    ]);
  }
}
