import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService } from '@alongside/audit';
import type { Actor } from '@alongside/platform';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { categoryKey, requireConnectorAdmin, requirePastDate } from '../policies/connector-admin.policy.js';
import { CatchUpService } from './catch-up.service.js';
import { type CategoryMappingView, CategoryMappingService } from './category-mapping.service.js';
import { type BackfillState, type DiscourseHealth, DiscourseStateService } from './discourse-state.service.js';
import { type FailedFlag, FlagsService } from './flags.service.js';

export type { FailedFlag };

export interface DiscourseStatus {
  /** False when DISCOURSE_* are not set: the connector is not loaded and nothing else is reported. */
  readonly enabled: boolean;
  readonly healthy: boolean;
  /** Why the connector stopped calling the forum (e.g. a 403 for the API key), and since when; null while healthy. */
  readonly lastError: string | null;
  readonly lastErrorAt: Date | null;
  readonly lastReconciledAt: Date | null;
  readonly lastReconciledPostId: number | null;
  readonly backfill: BackfillState | null;
  readonly categoryMappings: CategoryMappingView[];
  /** Flags the forum refused for good (newest 50), never sent again. */
  readonly failedFlags: FailedFlag[];
}

/**
 * The connector's admin surface, loaded whether or not the connector is configured (so the API's schema never
 * depends on it): without DISCOURSE_* its actions answer NOT_CONFIGURED and its status says it is not enabled.
 */
@Injectable()
export class DiscourseAdminService {
  constructor(
    private readonly audit: AuditService,
    @Optional() @Inject(CategoryMappingService) private readonly mappings: CategoryMappingService | undefined,
    @Optional() @Inject(CatchUpService) private readonly catchUp: CatchUpService | undefined,
    @Optional() @Inject(DiscourseStateService) private readonly state: DiscourseStateService | undefined,
    @Optional() @Inject(FlagsService) private readonly flags: FlagsService | undefined,
  ) {}

  get configured(): boolean {
    return this.state !== undefined;
  }

  /** For `/health`: null when the connector is not loaded. */
  async health(): Promise<DiscourseHealth | null> {
    return this.state ? this.state.health() : null;
  }

  async status(actor: Actor | null): Promise<DiscourseStatus> {
    requireConnectorAdmin(actor);
    if (this.state === undefined || this.mappings === undefined || this.flags === undefined) {
      const none = { lastError: null, lastErrorAt: null, lastReconciledAt: null, lastReconciledPostId: null, backfill: null };
      return { enabled: false, healthy: false, ...none, categoryMappings: [], failedFlags: [] };
    }
    const [health, reconcile, backfill, categoryMappings, failedFlags] = await Promise.all([
      this.state.health(),
      this.state.get('reconcile'),
      this.state.get('backfill'),
      this.mappings.list(),
      this.flags.failed(),
    ]);
    return {
      enabled: true,
      healthy: health.healthy,
      lastError: health.healthy ? null : health.reason,
      lastErrorAt: !health.healthy && health.since ? new Date(health.since) : null,
      lastReconciledAt: reconcile?.at ? new Date(reconcile.at) : null,
      lastReconciledPostId: reconcile?.lastPostId ?? null,
      backfill,
      categoryMappings,
      failedFlags,
    };
  }

  async setCategoryMapping(actor: Actor | null, category: string, groupSlug: string | null): Promise<CategoryMappingView[]> {
    requireConnectorAdmin(actor);
    return this.connected(this.mappings).set(actor, category, groupSlug);
  }

  /**
   * Starts a backfill of the forum's posts since `since` (in one category when given), or resumes the unfinished
   * one with the same range, as a queued job in the worker; audited.
   */
  async startBackfill(actor: Actor | null, since: Date, category: string | null): Promise<BackfillState> {
    const me = requireConnectorAdmin(actor);
    const catchUp = this.connected(this.catchUp);
    const state = await catchUp.startBackfill(requirePastDate(since), category === null ? null : categoryKey(category));
    await catchUp.queueBackfill(state);
    await this.audit.append({
      actorId: me.userId,
      action: 'discourse.backfill_started',
      targetType: 'discourse_backfill',
      targetId: state.startedAt,
      after: { since: state.since, category: state.category, resumedFrom: state.before },
    });
    return state;
  }

  /** Nest leaves an optional dependency undefined when the connector's module is not loaded. */
  private connected<T>(service: T | undefined): T {
    if (service === undefined) {
      throw new DiscourseException(DiscourseErrorReason.NOT_CONFIGURED, 'The Discourse connector is not configured (set the four DISCOURSE_* variables).');
    }
    return service;
  }
}
