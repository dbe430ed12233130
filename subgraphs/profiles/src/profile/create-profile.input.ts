import { Field, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import { ProfileFieldsInput } from './profile-fields.input';

@InputType()
export class CreateProfileInput extends ProfileFieldsInput {
  @Field()
  @Length(1, 100)
  givenName: string;

  @Field()
  @Length(1, 100)
  familyName: string;
}
