import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiScope, PlatformRole } from '@alongside/platform';

registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Platform-wide role of a user.' });
registerEnumType(ApiScope, { name: 'ApiScope', description: 'What an API key may do.' });

@ObjectType({ description: 'The signed-in user, as they see themselves. E-mail is never shown to others.' })
export class Viewer {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field({ description: 'The public pseudonym.' }) handle: string;
  @Field(() => String, { nullable: true }) displayName: string | null;
  @Field() locale: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' }) region: string | null;
  @Field(() => PlatformRole) platformRole: PlatformRole;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' }) accessToken: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => Viewer) user: Viewer;
}

@ObjectType('ApiKey')
export class ApiKeyModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix: string;
  @Field(() => [ApiScope]) scopes: ApiScope[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiKeyPayload {
  @Field(() => ApiKeyModel) apiKey: ApiKeyModel;
  @Field({ description: 'The whole key. Shown once: store it now. Send as `X-Api-Key` or `Authorization: Bearer`.' })
  secret: string;
}
