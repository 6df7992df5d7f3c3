import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { type GraphQLResolveInfo, Kind } from 'graphql';
import {
  ALERT_RAISED_EVENT,
  ALERT_UPDATED_EVENT,
  type AlertEvent,
  alertCursor,
  type AlertLevel,
  AlertsService,
  FailedJobsService,
  isPastDue,
} from '@alongside/alerts';
import { DiscussionsService } from '@alongside/discussions';
import { type Actor, ApiScope, hasScope } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { ActorResolver } from '../auth/actor-resolver.service.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { RequestContext } from '../auth/request-context.js';
import { type Connection, toConnection } from '../graphql/connection.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { clearLoaders } from '../graphql/loaders.js';
import {
  Author,
  CrisisAlertConnection,
  CrisisAlertModel,
  CrisisAlertsArgs,
  CrisisAlertTransitionModel,
  CrisisRuleStatModel,
  FailedJobModel,
  JobQueue,
  PostModel,
  ReasonedAlertArgs,
  ResolveCrisisAlertArgs,
} from './alerts.models.js';

/** Whether the field's selection asks for nothing but the object's id (no fragments, no other field). */
function onlyIdSelected(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename')),
  );
}

/** The alert of a subscription's event, read afresh: the context and its loaders last as long as the subscription. */
function alertOfEvent(payload: AlertEvent, _args: unknown, ctx: RequestContext): AlertEvent['alert'] {
  clearLoaders(ctx.loaders);
  return payload.alert;
}

async function authorOf(ctx: RequestContext, userId: string | null): Promise<Author | null> {
  const user = userId ? await ctx.loaders.users.load(userId) : null;
  return user ? { id: user.id, handle: user.handle } : null;
}

@Resolver(() => CrisisAlertModel)
export class CrisisAlertsResolver {
  constructor(
    private readonly alerts: AlertsService,
    private readonly jobs: FailedJobsService,
    private readonly discussions: DiscussionsService,
    private readonly actors: ActorResolver,
  ) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => CrisisAlertConnection, {
    description: 'The alerts of groups you moderate, most urgent first: level, then overdue, then oldest.',
  })
  async crisisAlerts(@CurrentActor() actor: Actor, @Args() args: CrisisAlertsArgs): Promise<Connection<CrisisAlertModel>> {
    const { filter, first, after } = args;
    const page = await this.alerts.list(actor, { ...filter, level: filter?.level as AlertLevel[] | undefined }, { first, after });
    return toConnection(page, (alert) => alertCursor(alert, page.asOf));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => CrisisAlertModel)
  crisisAlert(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<CrisisAlertModel> {
    return this.alerts.get(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CrisisAlertModel, { description: 'Take an open or escalated alert; a second claim gets CONFLICT.' })
  claimCrisisAlert(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<CrisisAlertModel> {
    return this.alerts.claim(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CrisisAlertModel, { description: 'Give a claimed alert back to the queue.' })
  releaseCrisisAlert(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<CrisisAlertModel> {
    return this.alerts.release(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CrisisAlertModel, { description: 'Say that you are on it: the alert no longer escalates.' })
  acknowledgeCrisisAlert(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<CrisisAlertModel> {
    return this.alerts.acknowledge(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CrisisAlertModel, { description: 'Escalate by hand: to the top of the queue, escalation contacts told.' })
  escalateCrisisAlert(@CurrentActor() actor: Actor, @Args() args: ReasonedAlertArgs): Promise<CrisisAlertModel> {
    return this.alerts.escalate(actor, args.id, args.reason);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CrisisAlertModel)
  resolveCrisisAlert(@CurrentActor() actor: Actor, @Args() args: ResolveCrisisAlertArgs): Promise<CrisisAlertModel> {
    return this.alerts.resolve(actor, args.id, args.outcome, args.note);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CrisisAlertModel)
  reopenCrisisAlert(@CurrentActor() actor: Actor, @Args() args: ReasonedAlertArgs): Promise<CrisisAlertModel> {
    return this.alerts.reopen(actor, args.id, args.reason);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Subscription(() => CrisisAlertModel, {
    description: 'Alerts raised in groups you moderate.',
    resolve: alertOfEvent,
  })
  crisisAlertRaised(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): AsyncIterableIterator<AlertEvent> {
    return this.alerts.watch(actor, ALERT_RAISED_EVENT, () => this.actors.resolve(ctx.credentials));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Subscription(() => CrisisAlertModel, {
    description: 'Every change to an alert of a group you moderate: triage steps, escalations, rescans.',
    resolve: alertOfEvent,
  })
  crisisAlertUpdated(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): AsyncIterableIterator<AlertEvent> {
    return this.alerts.watch(actor, ALERT_UPDATED_EVENT, () => this.actors.resolve(ctx.credentials));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [CrisisRuleStatModel], { description: 'Admins: which rules fire, and how often they cry wolf.' })
  crisisRuleStats(@CurrentActor() actor: Actor): Promise<CrisisRuleStatModel[]> {
    return this.alerts.ruleStats(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [FailedJobModel], { description: 'Admins: jobs that used up their retries.' })
  failedJobs(
    @CurrentActor() actor: Actor,
    @Args('queue', { type: () => JobQueue }) queue: JobQueue,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<FailedJobModel[]> {
    return this.jobs.list(actor, queue, Math.min(Math.max(first, 1), 200));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Admins: send a failed job back to its queue.' })
  async retryFailedJob(
    @CurrentActor() actor: Actor,
    @Args('queue', { type: () => JobQueue }) queue: JobQueue,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.jobs.retry(actor, queue, id);
    return true;
  }

  @ResolveField(() => String, { description: 'The scanned text. Every read is recorded in the audit log.' })
  text(@Parent() alert: CrisisAlertModel, @CurrentActor() actor: Actor): Promise<string> {
    return this.alerts.text(actor, alert.id);
  }

  @ResolveField(() => [CrisisAlertTransitionModel])
  timeline(@Parent() alert: CrisisAlertModel, @CurrentActor() actor: Actor): Promise<CrisisAlertTransitionModel[]> {
    return this.alerts.timeline(actor, alert.id);
  }

  @ResolveField(() => PostModel, { nullable: true, description: "Null once the post was removed with its author's account." })
  async post(
    @Parent() alert: CrisisAlertModel,
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PostModel | Pick<PostModel, 'id'> | null> {
    if (!alert.postId) return null;
    // Whoever sees an alert moderates its group (AlertsService checked it), and moderators read every post of their
    // group: `post { id }` is the alert's own column, no query. Every subscriber of every event asks this.
    if (onlyIdSelected(info) && hasScope(actor, ApiScope.READ)) return { id: alert.postId };
    return this.discussions.getPost(actor, alert.postId);
  }

  @ResolveField(() => Author, { nullable: true, description: 'The moderator who holds the alert.' })
  assignee(@Parent() alert: CrisisAlertModel, @Context() ctx: RequestContext): Promise<Author | null> {
    return authorOf(ctx, alert.assigneeId);
  }

  @ResolveField(() => String, { nullable: true, description: "The author's handle; null once they deleted their account." })
  async authorHandle(@Parent() alert: CrisisAlertModel, @Context() ctx: RequestContext): Promise<string | null> {
    return (await authorOf(ctx, alert.authorId))?.handle ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Past due and unacknowledged, or escalated.' })
  overdue(@Parent() alert: CrisisAlertModel): boolean {
    return isPastDue(alert, new Date());
  }
}
