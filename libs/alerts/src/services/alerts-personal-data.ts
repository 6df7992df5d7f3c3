import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataSource } from '@alongside/platform';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { SupportMessage } from '../entities/support-message.entity.js';

/**
 * The supportive messages a member received. Alerts about their posts are moderators' safeguarding records:
 * they are not exported (no risk level is ever shown to members), and on deletion they keep ids, not text.
 */
@Injectable()
export class AlertsPersonalData implements PersonalDataSource {
  readonly section = 'supportMessages';

  async export(manager: EntityManager, userId: string): Promise<unknown> {
    const messages = await manager.find(SupportMessage, { where: { userId }, order: { createdAt: 'ASC' } });
    return messages.map((m) => ({ body: m.body, region: m.region, language: m.language, createdAt: m.createdAt }));
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(SupportMessage, { userId });
    await manager.update(CrisisAlert, { authorId: userId }, { text: '', authorId: null });
  }
}
