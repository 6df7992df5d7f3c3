import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataSource } from '@alongside/platform';
import { ApiKey } from '../entities/api-key.entity.js';
import { LoginFailure } from '../entities/login-attempt.entity.js';
import { User } from '../entities/user.entity.js';

/** The profile; erasing it deletes the user row (memberships and keys go with it by cascade). */
@Injectable()
export class IdentityPersonalData implements PersonalDataSource {
  readonly section = 'profile';

  async export(manager: EntityManager, userId: string): Promise<unknown> {
    const user = await manager.findOneByOrFail(User, { id: userId });
    const apiKeys = await manager.find(ApiKey, { where: { createdById: userId }, order: { createdAt: 'ASC' } });
    return {
      id: user.id,
      email: user.email,
      handle: user.handle,
      displayName: user.displayName,
      locale: user.locale,
      region: user.region,
      platformRole: user.platformRole,
      createdAt: user.createdAt,
      apiKeys: apiKeys.map((k) => ({ name: k.name, prefix: k.prefix, scopes: k.scopes, createdAt: k.createdAt, revokedAt: k.revokedAt })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    const user = await manager.findOneByOrFail(User, { id: userId });
    await manager.delete(LoginFailure, { key: user.email });
    await manager.delete(User, { id: userId });
  }
}
