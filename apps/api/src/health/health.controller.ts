import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DiscourseHealthIndicator } from './discourse.health.js';
import { QueueHealthIndicator } from './queue.health.js';

/**
 * Three questions, three answers. `GET /health/live`: the process serves HTTP (Docker's HEALTHCHECK; nothing a
 * restart cannot fix is checked). `GET /health/ready`: it can serve requests, its database and queue answer (for a
 * load balancer). `GET /health`: every dependency, the Discourse connector too when configured, 503 naming what is down
 * (for monitoring: a refused forum key is an operator's problem, not one a restart or a rerouting solves).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly discourse: DiscourseHealthIndicator,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3000 }), () => this.queue.check('queue')]);
  }

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
