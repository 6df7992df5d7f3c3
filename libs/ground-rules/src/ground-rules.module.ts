import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupsModule } from '@alongside/groups';
import { RuleSetVersion } from './entities/rule-set-version.entity.js';
import { RuleSet } from './entities/rule-set.entity.js';
import { RulesAcceptance } from './entities/rules-acceptance.entity.js';
import { GroundRulesPersonalData } from './services/ground-rules-personal-data.js';
import { GroundRulesService } from './services/ground-rules.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([RuleSet, RuleSetVersion, RulesAcceptance]), GroupsModule],
  providers: [GroundRulesService, GroundRulesPersonalData],
  exports: [GroundRulesService, GroundRulesPersonalData],
})
export class GroundRulesModule {}
