import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { PolicyRules } from './policy-rules.types';
import { PolicyScope } from './policy-scope';
import { CODE } from '../accounts/account.types';

@InputType()
export class CreateTravelPolicyInput {
  @Field(() => ID)
  @IsUUID('all')
  accountId: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => PolicyScope)
  @IsEnum(PolicyScope)
  appliesTo: PolicyScope;

  @Field(() => String, { nullable: true, description: 'For DEPARTMENT overrides: a department code of the account.' })
  @IsOptional()
  @Matches(CODE)
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'For GRADE overrides.' })
  @IsOptional()
  @Matches(CODE)
  grade?: string | null;

  @Field(() => ID, { nullable: true, description: 'Overrides only; defaults to the account policy.' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field(() => DateScalar)
  effectiveFrom: string;

  @Field(() => PolicyRules)
  @ValidateNested()
  rules: PolicyRules;
}

@InputType({ description: 'A new version of the rules from a date; earlier versions stay as they were.' })
export class ReviseTravelPolicyInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => DateScalar)
  effectiveFrom: string;

  @Field(() => PolicyRules)
  @ValidateNested()
  rules: PolicyRules;
}

@InputType()
export class UpdateTravelPolicyInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Another policy of the same account to inherit from.' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string;
}
