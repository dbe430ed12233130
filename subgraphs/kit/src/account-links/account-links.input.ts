import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { DateScalar } from '../schema/scalars';

@InputType({ description: 'One link of a traveller to a corporate account, with the days it is in force.' })
export class AccountLinkInput {
  @Field(() => ID)
  @IsUUID('all')
  accountId: string;

  @Field(() => DateScalar, { description: 'Its first day.' })
  @Length(10, 10)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Its last day; none while open-ended.' })
  @IsOptional()
  @Length(10, 10)
  validTo?: string | null;
}

@InputType({ description: 'Every link a traveller has now or later; replaces what was recorded before.' })
export class AccountLinksInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field(() => [AccountLinkInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  accounts: AccountLinkInput[];
}
