import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataSource } from '@alongside/platform';
import { RulesAcceptance } from '../entities/rules-acceptance.entity.js';

/** Which versions of which groups' rules the member accepted, and when. */
@Injectable()
export class GroundRulesPersonalData implements PersonalDataSource {
  readonly section = 'groundRulesAcceptances';

  async export(manager: EntityManager, userId: string): Promise<unknown> {
    const rows = await manager.find(RulesAcceptance, { where: { userId }, order: { acceptedAt: 'ASC' } });
    return rows.map((a) => ({ groupId: a.groupId, version: a.version, acceptedAt: a.acceptedAt }));
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(RulesAcceptance, { userId });
  }
}
