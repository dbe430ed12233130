import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Min } from 'class-validator';
import { ProfileFieldsInput } from './profile-fields.input';

/** Only the fields given change; a list given replaces the whole list. */
@InputType()
export class UpdateProfileInput extends ProfileFieldsInput {
  @Field(() => Int, { description: 'The version this change was based on; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string;
}
