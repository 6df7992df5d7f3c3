import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CrisisScanner } from '@alongside/alerts';
import { AuditService } from '@alongside/audit';
import type { CrisisEngine } from '@alongside/crisis-engine';
import { DiscussionsErrorReason, DiscussionsException, type Post, PostScreens, PostStatus, type PostDraft, type PostScreen, type ScreenVerdict } from '@alongside/discussions';
import { AccessException, type Actor, ApiScope, isPlatformAdmin, requireActor } from '@alongside/platform';
import { WatchedTermAction } from '../entities/moderation.enums.js';
import { WatchedTerm } from '../entities/watched-term.entity.js';
import { ModerationErrorReason, ModerationException } from '../moderation.exception.js';
import { censor, compileTerms, decideTerms, matchTerms, normalizeTerm } from '../policies/watched-terms.policy.js';
import { ModerationAccess } from './moderation-access.js';
import { ReportsService } from './reports.service.js';

const CACHE_SIZE = 200;

/**
 * Watched terms, per group and organization-wide, and the screen every new post passes: block
 * (the author is told why), hold, flag to the queue, or censor. Crisis language is never blocked.
 */
@Injectable()
export class WatchedTermsService implements PostScreen, OnModuleInit {
  private readonly engines = new Map<string, CrisisEngine>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ModerationAccess,
    private readonly audit: AuditService,
    private readonly screens: PostScreens,
    private readonly reports: ReportsService,
    private readonly crisis: CrisisScanner,
  ) {}

  onModuleInit(): void {
    this.screens.register(this);
  }

  /** `groupId` null: organization-wide (admins only). */
  async add(actor: Actor | null, groupId: string | null, term: string, action: WatchedTermAction, reason: string): Promise<WatchedTerm> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const normalized = normalizeTerm(term);
    if (normalized === null) throw ModerationException.invalid('term', 'must be 1 to 6 words of letters or digits, each optionally ending in *');
    const why = reason.trim();
    if (why.length === 0 || why.length > 500) throw ModerationException.invalid('reason', 'must be between 1 and 500 characters');
    return this.dataSource.transaction(async (tx) => {
      await this.requireScope(tx, me, groupId);
      const row = tx.create(WatchedTerm, { groupId, term: normalized, action, reason: why, createdById: me.userId });
      await tx.insert(WatchedTerm, row);
      await this.audit.append({ actorId: me.userId, action: 'watched_term.added', targetType: 'watched_term', targetId: row.id,
        reason: why, after: { groupId, term: normalized, action } }, tx);
      return tx.findOneByOrFail(WatchedTerm, { id: row.id });
    });
  }

  async remove(actor: Actor | null, id: string): Promise<WatchedTerm> {
    const me = requireActor(actor, ApiScope.MODERATE);
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(WatchedTerm, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw termNotFound();
      await this.requireScope(tx, me, row.groupId);
      await tx.delete(WatchedTerm, { id });
      await this.audit.append({ actorId: me.userId, action: 'watched_term.removed', targetType: 'watched_term', targetId: id,
        before: { groupId: row.groupId, term: row.term, action: row.action } }, tx);
      return row;
    });
  }

  async list(actor: Actor | null, groupId: string | null): Promise<WatchedTerm[]> {
    const me = requireActor(actor, ApiScope.MODERATE);
    return this.dataSource.transaction(async (tx) => {
      if (groupId !== null) await this.access.requireGroup(me, groupId, tx);
      return tx.find(WatchedTerm, { where: { groupId: groupId ?? IsNull() }, order: { createdAt: 'ASC' } });
    });
  }

  async screen(manager: EntityManager, draft: PostDraft, verdict: ScreenVerdict): Promise<ScreenVerdict> {
    const terms = await manager.find(WatchedTerm, { where: [{ groupId: draft.groupId }, { groupId: IsNull() }], order: { id: 'ASC' } });
    if (terms.length === 0) return verdict;
    const matches = matchTerms(this.engine(terms), terms, verdict.body);
    if (matches.length === 0) return verdict;
    const harsh = matches.some((m) => m.term.action === WatchedTermAction.BLOCK || m.term.action === WatchedTermAction.CENSOR);
    const crisis = harsh && this.crisis.scan(verdict.body).level !== 'none';
    const decision = decideTerms(matches, crisis);
    if (decision.block !== null) {
      throw new DiscussionsException(DiscussionsErrorReason.POST_BLOCKED, `This post was not published: ${decision.block}`, {
        fields: { body: decision.block },
      });
    }
    return {
      body: decision.censor.length ? censor(verdict.body, decision.censor) : verdict.body,
      hold: verdict.hold ?? decision.hold,
      flags: [...verdict.flags, ...decision.flags],
    };
  }

  async written(manager: EntityManager, post: Post, verdict: ScreenVerdict): Promise<void> {
    if (post.status === PostStatus.PENDING) await this.reports.hold(manager, post);
    for (const flag of verdict.flags) await this.reports.flag(manager, post, flag);
  }

  /** Compiled engines by term set; a change of terms makes a new key. */
  private engine(terms: WatchedTerm[]): CrisisEngine {
    const key = terms.map((t) => `${t.id}:${t.term}`).join('|');
    let engine = this.engines.get(key);
    if (!engine) {
      engine = compileTerms(terms);
      if (this.engines.size >= CACHE_SIZE) this.engines.delete(this.engines.keys().next().value!);
      this.engines.set(key, engine);
    }
    return engine;
  }

  private async requireScope(tx: EntityManager, me: Actor, groupId: string | null): Promise<void> {
    if (groupId !== null) {
      await this.access.requireGroup(me, groupId, tx);
      return;
    }
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins manage organization-wide watched terms.');
  }
}

function termNotFound(): ModerationException {
  return new ModerationException(ModerationErrorReason.TERM_NOT_FOUND, 'No such watched term.');
}
