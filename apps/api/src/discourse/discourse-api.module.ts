import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DiscourseAdminModule } from '@alongside/discourse';
import { DiscourseHealthIndicator } from '../health/discourse.health.js';
import { DiscourseResolver } from './discourse.resolver.js';

/** The connector's GraphQL surface and health check: always (same schema either way). The webhook route is registered in bootstrap. */
@Module({
  imports: [DiscourseAdminModule, TerminusModule],
  providers: [DiscourseResolver, DiscourseHealthIndicator],
  exports: [DiscourseHealthIndicator],
})
export class DiscourseApiModule {}
