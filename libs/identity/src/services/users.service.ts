import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { type Actor, AccessException, ApiScope, PlatformRole, isPlatformAdmin, requireActor } from '@alongside/platform';
import { User } from '../entities/user.entity.js';
import { IdentityErrorReason, IdentityException } from '../identity.exception.js';

export interface ProfileUpdate {
  displayName?: string | null;
  locale?: string;
  region?: string | null;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Users by id, in one query, for DataLoaders. */
  async findByIds(ids: readonly string[]): Promise<User[]> {
    return ids.length === 0 ? [] : this.users.findBy({ id: In([...ids]) });
  }

  async getProfile(actor: Actor | null): Promise<User> {
    const me = requireActor(actor, ApiScope.READ);
    const user = await this.findById(me.userId);
    if (!user) throw new IdentityException(IdentityErrorReason.USER_NOT_FOUND, 'Your account no longer exists.');
    return user;
  }

  async updateProfile(actor: Actor | null, update: ProfileUpdate): Promise<User> {
    const me = requireActor(actor, ApiScope.WRITE);
    const user = await this.findById(me.userId);
    if (!user) throw new IdentityException(IdentityErrorReason.USER_NOT_FOUND, 'Your account no longer exists.');
    if (update.displayName !== undefined) user.displayName = update.displayName;
    if (update.locale !== undefined) user.locale = update.locale;
    if (update.region !== undefined) user.region = update.region?.toUpperCase() ?? null;
    return this.users.save(user);
  }

  /** Admins appoint platform moderators and other admins; the last admin cannot step down. */
  async setPlatformRole(actor: Actor | null, userId: string, role: PlatformRole): Promise<User> {
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins can change platform roles.');
    return this.users.manager.transaction(async (tx) => {
      const user = await tx.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new IdentityException(IdentityErrorReason.USER_NOT_FOUND, 'No such user.');
      if (user.platformRole === PlatformRole.ADMIN && role !== PlatformRole.ADMIN) {
        const admins = await tx
          .createQueryBuilder(User, 'u')
          .setLock('pessimistic_write')
          .where('u.platform_role = :role', { role: PlatformRole.ADMIN })
          .getMany();
        if (admins.length <= 1) {
          throw new IdentityException(IdentityErrorReason.LAST_ADMIN, 'The last admin cannot be demoted.');
        }
      }
      user.platformRole = role;
      return tx.save(user);
    });
  }
}
