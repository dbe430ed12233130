import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ROLES } from '@wayfarer/registry';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/;

@InputType()
export class CreateStaffMemberInput {
  @Field(() => String, { description: 'Lower-case letters, digits, dot, dash, underscore; 3 to 64 characters.' })
  @Matches(USERNAME_PATTERN, { message: 'must be 3 to 64 lower-case letters, digits, dots, dashes or underscores' })
  username: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field(() => String, { description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each must be one of ${ROLES.join(', ')}` })
  roles: string[];
}
