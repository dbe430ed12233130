import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { AddressInput, EmailInput, EmergencyContactInput, LANGUAGE_TAG, MAX_CONTACTS, MAX_EMERGENCY_CONTACTS, PhoneInput } from './contact.types';
import { PassportInput } from '../documents/passport.input';

/** The fields a profile is written with; create requires the names, update takes any subset. */
@InputType()
export abstract class ProfileFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  middleName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  preferredName?: string | null;

  @Field(() => String, { nullable: true, description: 'The name in the traveller’s own script, e.g. 王小明.' })
  @IsOptional()
  @MaxLength(200)
  nativeName?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. en, zh-CN, pt-BR.' })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'must be a language tag such as en, zh-CN or pt-BR' })
  preferredLanguage?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Needs profiles.personal:read.' })
  @IsOptional()
  @Length(10, 10)
  dateOfBirth?: string | null;

  @Field(() => [EmailInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  emails?: EmailInput[];

  @Field(() => [PhoneInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  phones?: PhoneInput[];

  @Field(() => [AddressInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_CONTACTS)
  @ValidateNested({ each: true })
  addresses?: AddressInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string | null;

  @Field(() => [EmergencyContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EMERGENCY_CONTACTS)
  @ValidateNested({ each: true })
  emergencyContacts?: EmergencyContactInput[];

  @Field(() => [PassportInput], { nullable: true, description: 'Needs profiles.documents:write.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  passports?: PassportInput[];
}
