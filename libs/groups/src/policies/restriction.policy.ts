import { RestrictionKind } from '../entities/group.enums.js';
import { GroupsErrorReason, GroupsException } from '../groups.exception.js';

export interface RestrictionState {
  readonly kind: RestrictionKind;
  readonly groupId: string | null;
  readonly endsAt: Date | null;
  readonly liftedAt: Date | null;
}

export function restrictionInForce(r: RestrictionState, now: Date): boolean {
  return r.liftedAt === null && (r.endsAt === null || r.endsAt.getTime() > now.getTime());
}

/** The restriction that stops `action` now (a ban before a mute; the one lasting longest), or null. */
export function stoppingRestriction<R extends RestrictionState>(restrictions: readonly R[], action: 'join' | 'post', now: Date): R | null {
  const stopping = restrictions.filter(
    (r) => restrictionInForce(r, now) && (r.kind === RestrictionKind.BAN || action === 'post'),
  );
  const ends = (r: R) => r.endsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  stopping.sort((a, b) => (a.kind === b.kind ? ends(b) - ends(a) : a.kind === RestrictionKind.BAN ? -1 : 1));
  return stopping[0] ?? null;
}

/** The typed refusal for a restriction in force, saying until when. */
export function restrictionError(r: RestrictionState & { readonly reason: string }): GroupsException {
  const until = r.endsAt?.toISOString() ?? null;
  const scope = r.groupId === null ? 'PLATFORM' : 'GROUP';
  const when = until ? `until ${until}` : 'until a moderator lifts it';
  if (r.kind === RestrictionKind.MUTE) {
    return new GroupsException(GroupsErrorReason.MEMBER_MUTED, `You are muted in this group ${when}: ${r.reason}`, { until, scope });
  }
  const where = scope === 'PLATFORM' ? 'this community' : 'this group';
  return new GroupsException(GroupsErrorReason.MEMBER_BANNED, `You are banned from ${where} ${when}: ${r.reason}`, { until, scope });
}
