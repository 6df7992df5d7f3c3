import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DiscourseAdminService } from '@alongside/discourse';

/** The Discourse connector, when configured: down, with the reason, once the forum refused its API key. */
@Injectable()
export class DiscourseHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly admin: DiscourseAdminService,
  ) {}

  get enabled(): boolean {
    return this.admin.configured;
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const status = this.indicator.check(key);
    const health = await this.admin.health();
    if (health === null) return status.up({ enabled: false });
    return health.healthy ? status.up() : status.down({ reason: health.reason, since: health.since });
  }
}
