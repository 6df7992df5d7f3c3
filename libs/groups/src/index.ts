import { GroupInvite } from './entities/group-invite.entity.js';
import { Group } from './entities/group.entity.js';
import { MemberRestriction } from './entities/member-restriction.entity.js';
import { Membership } from './entities/membership.entity.js';
import { Groups1764140100000 } from './migrations/1764140100000-groups.js';
import { GroupModerationStates1764150000000 } from './migrations/1764150000000-moderation-states.js';

export { Group, GroupInvite, MemberRestriction, Membership };
export type { MeetingSchedule } from './entities/group.entity.js';
export {
  Admission,
  Facilitation,
  GroupKind,
  GroupRole,
  GroupVisibility,
  MeetingFrequency,
  MeetingMode,
  MembersListVisibility,
  MembershipStatus,
  RestrictionKind,
  Weekday,
} from './entities/group.enums.js';
export { GroupsErrorReason, GroupsException } from './groups.exception.js';
export { GroupsModule } from './groups.module.js';
export { type GroupAccessFacts, GroupPermission, SCOPE_OF_PERMISSION, groupPermits } from './policies/group-access.policy.js';
export { isOnBreak } from './policies/membership.policy.js';
export { restrictionInForce } from './policies/restriction.policy.js';
export { RestrictionsService } from './services/restrictions.service.js';
export { type AccessOptions, type GroupAccess, GroupAccessService } from './services/group-access.service.js';
export { GroupsPersonalData } from './services/groups-personal-data.js';
export { type GroupFilter, type GroupSettings, type GroupUpdate, GroupsService, type NewGroup } from './services/groups.service.js';
export {
  type CreatedInvite,
  DEFAULT_INVITE_HOURS,
  MAX_INVITE_HOURS,
  MAX_INVITE_USES,
  type MemberProfile,
  MembershipService,
} from './services/membership.service.js';
export { DEFAULT_PAGE_SIZE, type Listed, MAX_PAGE_SIZE, type Pagination } from './services/pagination.js';

export const groupsEntities = [Group, Membership, GroupInvite, MemberRestriction];
export const groupsMigrations = [Groups1764140100000, GroupModerationStates1764150000000];
