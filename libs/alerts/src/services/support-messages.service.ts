import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from '@alongside/identity';
import { type Actor, APP_CONFIG, type AppConfig, ApiScope, requireActor } from '@alongside/platform';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { SupportMessage } from '../entities/support-message.entity.js';
import { composeSupportMessage, offersSupport, supportDue, supportLanguage } from '../policies/support-message.policy.js';
import { type CrisisResources, loadCrisisResources, resourcesFor } from '../support/crisis-resources.js';

export type SupportOutcome = 'sent' | 'already-sent' | 'sent-recently' | 'not-offered' | 'gone';

/** The private supportive message to a member whose post raised an alert, and the member's reading of it. */
@Injectable()
export class SupportMessagesService {
  private readonly logger = new Logger(SupportMessagesService.name);
  private readonly resources: CrisisResources;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Read and validated at boot: a broken file stops the process with a message naming CRISIS_RESOURCES_FILE.
    this.resources = loadCrisisResources(config.notifications.crisisResourcesFile);
  }

  /** The `support` job. Idempotent: one message per alert, and at most one per member per period. */
  async offerFor(alertId: string): Promise<SupportOutcome> {
    const outcome = (await this.settledWithoutLock(alertId)) ?? (await this.offerLocked(alertId));
    this.logger.log({ alertId, outcome }, 'supportive message');
    return outcome;
  }

  /**
   * Most support jobs send nothing (the member heard from us within the period): one read decides that, since a
   * message once sent stays sent. `null`: a message may be due, decided under the member's lock.
   */
  private async settledWithoutLock(alertId: string): Promise<SupportOutcome | null> {
    const { supportMessageLevel, supportMessagePeriodHours } = this.config.notifications;
    const [row] = await this.dataSource.query<{ author_id: string | null; level: CrisisAlert['level']; sent: boolean; last_at: Date | null }[]>(
      `SELECT a.author_id, a.level,
              EXISTS (SELECT 1 FROM support_messages m WHERE m.alert_id = a.id) AS sent,
              (SELECT max(m.created_at) FROM support_messages m WHERE m.user_id = a.author_id) AS last_at
         FROM crisis_alerts a WHERE a.id = $1`,
      [alertId],
    );
    if (!row?.author_id) return 'gone';
    if (!offersSupport(row.level, supportMessageLevel)) return 'not-offered';
    if (row.sent) return 'already-sent';
    if (!supportDue(row.last_at, new Date(), supportMessagePeriodHours)) return 'sent-recently';
    return null;
  }

  private offerLocked(alertId: string): Promise<SupportOutcome> {
    const { supportMessageLevel, supportMessagePeriodHours } = this.config.notifications;
    return this.dataSource.transaction(async (manager): Promise<SupportOutcome> => {
      const alert = await manager.findOneBy(CrisisAlert, { id: alertId });
      if (!alert?.authorId) return 'gone';
      if (!offersSupport(alert.level, supportMessageLevel)) return 'not-offered';
      // Two alerts of one member at once must not both decide that none was sent recently.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`support:${alert.authorId}`]);
      if (await manager.existsBy(SupportMessage, { alertId })) return 'already-sent';
      const last = await manager.findOne(SupportMessage, { where: { userId: alert.authorId }, order: { createdAt: 'DESC' } });
      if (!supportDue(last?.createdAt ?? null, new Date(), supportMessagePeriodHours)) return 'sent-recently';
      const author = await manager.findOneBy(User, { id: alert.authorId });
      if (!author) return 'gone';
      const { language, resources, body, lines } = this.compose(author.locale, author.region, alert.categories);
      await manager.insert(SupportMessage, {
        userId: author.id,
        alertId,
        region: author.region,
        language,
        body,
        lines,
        emergencyNumber: resources.emergency,
      });
      return 'sent';
    });
  }

  /**
   * The supportive message in the reader's language with the crisis lines of their region, from the resources read
   * at boot: the one text every channel sends (here, and a connected forum's private message).
   */
  compose(locale: string | null, region: string | null, categories: readonly string[]) {
    const language = supportLanguage(locale);
    const resources = resourcesFor(this.resources, region);
    return { language, resources, ...composeSupportMessage({ language, resources, categories }) };
  }

  /** The signed-in member's own messages, newest first; nobody else's, ever. */
  mine(actor: Actor | null, limit = 20): Promise<SupportMessage[]> {
    const me = requireActor(actor, ApiScope.READ);
    return this.dataSource.manager.find(SupportMessage, { where: { userId: me.userId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
