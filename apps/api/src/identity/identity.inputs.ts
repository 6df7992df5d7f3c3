import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { HANDLE_PATTERN } from '@alongside/identity';
import { ApiScope, PlatformRole } from '@alongside/platform';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const REGION = /^[A-Za-z]{2}$/;

@InputType()
export class RegisterInput {
  @Field() @IsEmail() @MaxLength(320) email: string;
  @Field({ description: 'At least 10 characters.' }) @Length(10, 200) password: string;
  @Field({ nullable: true, description: 'Public pseudonym; one is generated when left out.' })
  @IsOptional()
  @Matches(HANDLE_PATTERN, { message: 'handle must be 3-32 letters, digits, - or _' })
  handle?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 64) displayName?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(LOCALE) locale?: string;
  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 country code.' }) @IsOptional() @Matches(REGION) region?: string;
}

@InputType()
export class LoginInput {
  @Field() @MaxLength(320) email: string;
  @Field() @MaxLength(200) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @MaxLength(200) currentPassword: string;
  @Field() @Length(10, 200) newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 64) displayName?: string | null;
  @Field({ nullable: true }) @IsOptional() @Matches(LOCALE) locale?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(REGION) region?: string | null;
}

@InputType()
export class CreateApiKeyInput {
  @Field() @Length(1, 100) name: string;
  @Field(() => [ApiScope]) @ArrayMinSize(1) @ArrayMaxSize(4) @IsEnum(ApiScope, { each: true }) scopes: ApiScope[];
}

@InputType()
export class SetPlatformRoleInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => PlatformRole) @IsEnum(PlatformRole) role: PlatformRole;
}
