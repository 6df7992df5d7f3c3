import { GroupInvite } from './entities/group-invite.entity.js';
import { Group } from './entities/group.entity.js';
import { Membership } from './entities/membership.entity.js';
import { Groups1764140100000 } from './migrations/1764140100000-groups.js';

export { Group, GroupInvite, Membership };
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
  Weekday,
} from './entities/group.enums.js';
export { GroupsErrorReason, GroupsException } from './groups.exception.js';
export { GroupsModule } from './groups.module.js';
export { type GroupAccessFacts, GroupPermission, SCOPE_OF_PERMISSION, groupPermits } from './policies/group-access.policy.js';
export { isOnBreak } from './policies/membership.policy.js';
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

export const groupsEntities = [Group, Membership, GroupInvite];
export const groupsMigrations = [Groups1764140100000];
