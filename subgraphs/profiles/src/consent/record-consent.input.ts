import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsUUID, Length, Min } from 'class-validator';
import { ConsentChannel, ConsentPurpose, LegalBasis } from './consent-record.entity';

/** Why the organisation may store the profile at all; recorded as its PROFILE_STORAGE record. */
@InputType()
export class LawfulBasisInput {
  @Field(() => LegalBasis)
  @IsEnum(LegalBasis)
  legalBasis: LegalBasis;

  @Field({ description: 'The privacy notice the traveller was shown, e.g. 2026-01.' })
  @Length(1, 32)
  noticeVersion: string;

  @Field(() => ConsentChannel)
  @IsEnum(ConsentChannel)
  channel: ConsentChannel;
}

@InputType()
export class RecordConsentInput extends LawfulBasisInput {
  @Field(() => Int, { description: 'The profile’s version the record was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ConsentPurpose)
  @IsEnum(ConsentPurpose)
  purpose: ConsentPurpose;

  @Field({ defaultValue: true, description: 'False records a refusal.' })
  granted: boolean = true;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID)
  @IsUUID()
  consentId: string;
}
