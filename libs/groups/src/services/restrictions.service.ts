import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { MemberRestriction } from '../entities/member-restriction.entity.js';
import { restrictionError, stoppingRestriction } from '../policies/restriction.policy.js';

/** The service-layer stop for muted and banned members, used by every path that joins or posts. */
@Injectable()
export class RestrictionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws MEMBER_BANNED or MEMBER_MUTED (with `until`) when a restriction in force stops the user. */
  async requireAllowed(userId: string, groupId: string, action: 'join' | 'post', manager: EntityManager = this.dataSource.manager): Promise<void> {
    const restrictions = await manager.find(MemberRestriction, {
      where: [
        { userId, groupId, liftedAt: IsNull() },
        { userId, groupId: IsNull(), liftedAt: IsNull() },
      ],
    });
    const stopping = stoppingRestriction(restrictions, action, new Date());
    if (stopping) throw restrictionError(stopping);
  }

  /** Restrictions in force for the user, in these groups and platform-wide. */
  async inForce(userId: string, groupIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<MemberRestriction[]> {
    const now = new Date();
    const rows = await manager.find(MemberRestriction, {
      where: [
        { userId, groupId: In([...groupIds]), liftedAt: IsNull() },
        { userId, groupId: IsNull(), liftedAt: IsNull() },
      ],
      order: { createdAt: 'ASC' },
    });
    return rows.filter((r) => r.endsAt === null || r.endsAt.getTime() > now.getTime());
  }
}
