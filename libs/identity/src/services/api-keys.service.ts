import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { type Actor, AccessException, ApiScope, isPlatformAdmin, requireActor } from '@alongside/platform';
import { ApiKey } from '../entities/api-key.entity.js';
import { User } from '../entities/user.entity.js';
import { IdentityErrorReason, IdentityException } from '../identity.exception.js';
import { actorOf } from './auth.service.js';

const KEY_PREFIX = 'alg_';
/** lastUsedAt is refreshed at most this often, so a busy integration does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The full key; shown once, never stored. */
  secret: string;
}

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async create(actor: Actor | null, name: string, scopes: readonly ApiScope[]): Promise<CreatedApiKey> {
    const admin = this.requireAdmin(actor);
    const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const apiKey = this.keys.create({
      name,
      prefix: secret.slice(0, 12),
      secretHash: digest(secret),
      scopes: [...new Set(scopes)],
      createdById: admin.userId,
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.keys.insert(apiKey);
    return { apiKey, secret };
  }

  async list(actor: Actor | null): Promise<ApiKey[]> {
    this.requireAdmin(actor);
    return this.keys.find({ order: { createdAt: 'DESC' } });
  }

  async revoke(actor: Actor | null, id: string): Promise<ApiKey> {
    this.requireAdmin(actor);
    const apiKey = await this.keys.findOneBy({ id });
    if (!apiKey) throw new IdentityException(IdentityErrorReason.API_KEY_NOT_FOUND, 'No such API key.');
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: apiKey.revokedAt });
    }
    return apiKey;
  }

  /** The actor behind an API key: its creator, narrowed to the key's scopes. */
  async authenticate(secret: string): Promise<Actor> {
    const apiKey = secret.startsWith(KEY_PREFIX) ? await this.keys.findOneBy({ secretHash: digest(secret) }) : null;
    const owner = apiKey && !apiKey.revokedAt ? await this.users.findOneBy({ id: apiKey.createdById }) : null;
    if (!apiKey || !owner) {
      throw new IdentityException(IdentityErrorReason.INVALID_API_KEY, 'The API key is invalid or revoked.');
    }
    const now = Date.now();
    if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.update({ id: apiKey.id }, { lastUsedAt: new Date(now) });
    }
    return actorOf(owner, apiKey);
  }

  private requireAdmin(actor: Actor | null): Actor {
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins manage API keys.');
    return me;
  }
}
