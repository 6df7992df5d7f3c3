import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsPersonalData } from '@alongside/alerts';
import { DiscussionsPersonalData } from '@alongside/discussions';
import { GroundRulesPersonalData } from '@alongside/ground-rules';
import { GroupsPersonalData } from '@alongside/groups';
import { AuthService, IdentityErrorReason, IdentityException, IdentityPersonalData } from '@alongside/identity';
import { ModerationPersonalData } from '@alongside/moderation';
import {
  type Actor,
  APP_CONFIG,
  type AppConfig,
  ApiScope,
  type PersonalDataSource,
  PlatformRole,
  requireActor,
} from '@alongside/platform';

/** Members' rights over their data: a full export, and deletion of the account. */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);
  /** Erased in this order: content first, the user row (and its cascades) last. */
  private readonly sources: readonly PersonalDataSource[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    discussions: DiscussionsPersonalData,
    groundRules: GroundRulesPersonalData,
    groups: GroupsPersonalData,
    identity: IdentityPersonalData,
    moderation: ModerationPersonalData,
    alerts: AlertsPersonalData,
  ) {
    this.sources = [alerts, moderation, discussions, groundRules, groups, identity];
  }

  /** Everything the platform holds about the signed-in member, as one JSON document. */
  async exportMyData(actor: Actor | null): Promise<Record<string, unknown>> {
    const me = requireActor(actor, ApiScope.READ);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const document: Record<string, unknown> = { exportedAt: new Date().toISOString() };
      for (const source of [...this.sources].reverse()) document[source.section] = await source.export(manager, me.userId);
      return document;
    });
  }

  /**
   * Deletes the signed-in member's account after they confirm their password: personal data is erased,
   * posts are kept as a deleted member's or removed, by the organization's policy.
   */
  async deleteMyAccount(actor: Actor | null, password: string): Promise<void> {
    const me = requireActor(actor, ApiScope.WRITE);
    await this.auth.confirmPassword(me, password);
    await this.dataSource.transaction(async (manager) => {
      if (me.platformRole === PlatformRole.ADMIN) {
        const [{ admins }] = await manager.query<{ admins: number }[]>(
          `SELECT count(*)::int AS admins FROM users WHERE platform_role = 'ADMIN'`,
        );
        if (admins <= 1) {
          throw new IdentityException(IdentityErrorReason.LAST_ADMIN, 'Appoint another admin before deleting the last admin account.');
        }
      }
      for (const source of this.sources) await source.erase(manager, me.userId, this.config.privacy.deletedPosts);
    });
    this.logger.log({ userId: me.userId }, 'account deleted');
  }
}
