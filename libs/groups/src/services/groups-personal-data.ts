import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import type { PersonalDataSource } from '@alongside/platform';
import { GroupInvite } from '../entities/group-invite.entity.js';
import { Group } from '../entities/group.entity.js';
import { Membership } from '../entities/membership.entity.js';

/** Which groups the member belongs to or asked to join: health data in itself, so erased outright. */
@Injectable()
export class GroupsPersonalData implements PersonalDataSource {
  readonly section = 'memberships';

  async export(manager: EntityManager, userId: string): Promise<unknown> {
    const memberships = await manager.find(Membership, { where: { userId }, order: { createdAt: 'ASC' } });
    const groups = memberships.length ? await manager.findBy(Group, { id: In(memberships.map((m) => m.groupId)) }) : [];
    const groupById = new Map(groups.map((g) => [g.id, g]));
    return memberships.map((m) => ({
      group: { id: m.groupId, name: groupById.get(m.groupId)?.name, slug: groupById.get(m.groupId)?.slug },
      role: m.role,
      status: m.status,
      listening: m.listening,
      onBreak: m.onBreak,
      breakUntil: m.breakUntil,
      showDisplayName: m.showDisplayName,
      requestMessage: m.requestMessage,
      joinedAt: m.joinedAt,
      leftAt: m.leftAt,
      createdAt: m.createdAt,
    }));
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(Membership, { userId });
    await manager.update(Membership, { decidedById: userId }, { decidedById: null });
    await manager.delete(GroupInvite, { createdById: userId });
    await manager.update(Group, { createdById: userId }, { createdById: null });
  }
}
