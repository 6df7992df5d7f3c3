export enum GroupKind {
  CONDITION_SPECIFIC = 'CONDITION_SPECIFIC',
  DEMOGRAPHIC = 'DEMOGRAPHIC',
  PROFESSIONALLY_FACILITATED = 'PROFESSIONALLY_FACILITATED',
  PEER_LED_ONLINE = 'PEER_LED_ONLINE',
}

export enum Facilitation {
  PEER_LED = 'PEER_LED',
  PROFESSIONAL = 'PROFESSIONAL',
}

export enum MeetingMode {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}

export enum MeetingFrequency {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
}

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** Who can see a group: PUBLIC (listed, content for signed-in users), PRIVATE (listed, content for members), HIDDEN (members only). */
export enum GroupVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  HIDDEN = 'HIDDEN',
}

export enum Admission {
  OPEN = 'OPEN',
  REQUEST = 'REQUEST',
  INVITE = 'INVITE',
}

/** Who may see a group's members list. */
export enum MembersListVisibility {
  MEMBERS = 'MEMBERS',
  FACILITATORS = 'FACILITATORS',
}

export enum GroupRole {
  MEMBER = 'MEMBER',
  FACILITATOR = 'FACILITATOR',
  MODERATOR = 'MODERATOR',
}

export enum MembershipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
  /** Removed (or banned) by a moderator: may ask to join again, unless a ban is in force. */
  REMOVED = 'REMOVED',
}

/** What a moderator restricts: posting (mute), or taking part at all (ban). */
export enum RestrictionKind {
  MUTE = 'MUTE',
  BAN = 'BAN',
}
