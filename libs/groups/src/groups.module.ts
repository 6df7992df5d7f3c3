import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupInvite } from './entities/group-invite.entity.js';
import { Group } from './entities/group.entity.js';
import { MemberRestriction } from './entities/member-restriction.entity.js';
import { Membership } from './entities/membership.entity.js';
import { GroupAccessService } from './services/group-access.service.js';
import { GroupsPersonalData } from './services/groups-personal-data.js';
import { GroupsService } from './services/groups.service.js';
import { MembershipService } from './services/membership.service.js';
import { RestrictionsService } from './services/restrictions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Group, Membership, GroupInvite, MemberRestriction])],
  providers: [GroupAccessService, GroupsService, MembershipService, GroupsPersonalData, RestrictionsService],
  exports: [GroupAccessService, GroupsService, MembershipService, GroupsPersonalData, RestrictionsService],
})
export class GroupsModule {}
