import { Field, InputType } from 'type-graphql';
import { Length, ValidateNested } from 'class-validator';
import { ProfileFieldsInput } from './profile-fields.input';
import { LawfulBasisInput } from '../consent/record-consent.input';

@InputType()
export class CreateProfileInput extends ProfileFieldsInput {
  @Field()
  @Length(1, 100)
  givenName: string;

  @Field()
  @Length(1, 100)
  familyName: string;

  @Field(() => LawfulBasisInput, { description: 'Why the profile may be stored: recorded as its PROFILE_STORAGE consent record.' })
  @ValidateNested()
  lawfulBasis: LawfulBasisInput;
}
