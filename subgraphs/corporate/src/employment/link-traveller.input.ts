import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { TravellerType } from './employment.entity';
import { CODE } from '../accounts/account.types';

@InputType({ description: 'Links a traveller to an account from a date; an open link to another account ends the day before.' })
export class LinkTravellerInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field(() => ID)
  @IsUUID('all')
  accountId: string;

  @Field(() => String, { nullable: true, description: 'A department code of the account.' })
  @IsOptional()
  @Matches(CODE)
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A cost-centre code of the account.' })
  @IsOptional()
  @Matches(CODE)
  costCentreCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  employeeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE)
  grade?: string | null;

  @Field(() => TravellerType, { defaultValue: TravellerType.EMPLOYEE })
  @IsEnum(TravellerType)
  travellerType: TravellerType;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validTo?: string | null;
}
