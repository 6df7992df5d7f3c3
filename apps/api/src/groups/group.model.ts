import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Admission,
  Facilitation,
  type GroupFilter,
  GroupKind,
  GroupRole,
  GroupVisibility,
  MeetingFrequency,
  MeetingMode,
  MembersListVisibility,
  MembershipStatus,
  Weekday,
} from '@alongside/groups';
import { ConnectionType, PageInfo } from '../graphql/connection.js';

registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(Facilitation, { name: 'Facilitation', description: 'Peer-led or professionally facilitated.' });
registerEnumType(MeetingMode, { name: 'MeetingMode' });
registerEnumType(MeetingFrequency, { name: 'MeetingFrequency' });
registerEnumType(Weekday, { name: 'Weekday' });
registerEnumType(GroupVisibility, {
  name: 'GroupVisibility',
  description: 'PUBLIC: listed, content for signed-in users. PRIVATE: listed, content for members. HIDDEN: invisible to non-members.',
});
registerEnumType(Admission, {
  name: 'Admission',
  description: 'OPEN: join at once. REQUEST: ask with a message, a facilitator decides. INVITE: by invite link only.',
});
registerEnumType(MembersListVisibility, {
  name: 'MembersListVisibility',
  description: "Who sees the members list: the group's MEMBERS, or its FACILITATORS and moderators only.",
});
registerEnumType(GroupRole, { name: 'GroupRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

@ObjectType()
export class MeetingSchedule {
  @Field(() => MeetingFrequency) frequency: MeetingFrequency;
  @Field(() => [Weekday]) weekdays: Weekday[];
  @Field({ description: "Local start time in the group's time zone, HH:MM." }) startTime: string;
  @Field(() => Int) durationMinutes: number;
}

@ObjectType('Group')
export class GroupModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => GroupKind) kind: GroupKind;
  @Field(() => [String], { description: 'Condition tags, e.g. cancer, type-1-diabetes.' }) conditions: string[];
  @Field(() => [String], { description: 'Audience tags, e.g. young-adults, caregivers.' }) audiences: string[];
  @Field(() => [String], { description: 'BCP 47 language tags.' }) languages: string[];
  @Field(() => Facilitation) facilitation: Facilitation;
  @Field(() => MeetingMode) meetingMode: MeetingMode;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field({ description: 'IANA time zone of the schedule.' }) timeZone: string;
  @Field(() => MeetingSchedule, { nullable: true }) schedule: MeetingSchedule | null;
  @Field(() => [Weekday]) meetingDays: Weekday[];
  @Field(() => GroupVisibility) visibility: GroupVisibility;
  @Field(() => Admission) admission: Admission;
  @Field(() => Int, { nullable: true, description: 'Most active members; null means unlimited.' }) capacity: number | null;
  @Field(() => MembersListVisibility) membersListVisibility: MembersListVisibility;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType({ description: 'A member as other members see them: a pseudonym, never an e-mail address.' })
export class GroupMember {
  @Field(() => ID, { description: 'The membership id.' }) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => ID) userId: string;
  @Field() handle: string;
  @Field(() => String, { nullable: true, description: 'Only when the member chose to show it in this group.' })
  displayName: string | null;
  @Field(() => GroupRole) role: GroupRole;
  @Field(() => MembershipStatus) status: MembershipStatus;
  @Field({ description: 'Reads without posting.' }) listening: boolean;
  @Field() onBreak: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) joinedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The message of a pending request (seen by reviewers only).' })
  requestMessage: string | null;
}

export const GroupMemberConnection = ConnectionType(GroupMember, 'GroupMember');

@ObjectType()
export class GroupEdge {
  @Field() cursor: string;
  @Field(() => GroupModel) node: GroupModel;
}

@ObjectType()
export class GroupConnection {
  @Field(() => [GroupEdge]) edges: GroupEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** The filter of the listing, for `totalCount`. */
  filter: GroupFilter;
}
