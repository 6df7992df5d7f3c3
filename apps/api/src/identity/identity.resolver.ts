import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApiKeysService, AuthService, UsersService } from '@alongside/identity';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { IdPipe } from '../graphql/id.pipe.js';
import {
  ChangePasswordInput,
  CreateApiKeyInput,
  LoginInput,
  RegisterInput,
  SetPlatformRoleInput,
  UpdateProfileInput,
} from './identity.inputs.js';
import { ApiKeyModel, AuthPayload, CreatedApiKeyPayload, Viewer } from './identity.models.js';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly apiKeysService: ApiKeysService,
  ) {}

  @Access(AccessLevel.PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Create an account and sign in.' })
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.auth.register(input);
  }

  @Access(AccessLevel.PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Sign in; failed attempts are rate limited per e-mail.' })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input.email, input.password);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => AuthPayload, { description: 'Change the password; every other session is signed out.' })
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<AuthPayload> {
    return this.auth.changePassword(actor, input.currentPassword, input.newPassword);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => Viewer, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<Viewer> {
    return this.users.getProfile(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => Viewer)
  updateProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<Viewer> {
    return this.users.updateProfile(actor, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => Viewer, { description: 'Admins only: appoint platform moderators and admins.' })
  setPlatformRole(@CurrentActor() actor: Actor, @Args('input') input: SetPlatformRoleInput): Promise<Viewer> {
    return this.users.setPlatformRole(actor, input.userId, input.role);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [ApiKeyModel], { description: 'Admins only.' })
  apiKeys(@CurrentActor() actor: Actor): Promise<ApiKeyModel[]> {
    return this.apiKeysService.list(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CreatedApiKeyPayload, { description: 'Admins only. The secret is returned once.' })
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput): Promise<CreatedApiKeyPayload> {
    return this.apiKeysService.create(actor, input.name, input.scopes);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => ApiKeyModel, { description: 'Admins only.' })
  revokeApiKey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<ApiKeyModel> {
    return this.apiKeysService.revoke(actor, id);
  }
}
