import { Module } from '@nestjs/common';
import { AlertsModule } from '@alongside/alerts';
import { DiscussionsModule } from '@alongside/discussions';
import { GroundRulesModule } from '@alongside/ground-rules';
import { GroupsModule } from '@alongside/groups';
import { IdentityModule } from '@alongside/identity';
import { ModerationModule } from '@alongside/moderation';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [AlertsModule, IdentityModule, GroupsModule, GroundRulesModule, DiscussionsModule, ModerationModule],
  providers: [PrivacyService],
  exports: [PrivacyService],
})
export class PrivacyModule {}
