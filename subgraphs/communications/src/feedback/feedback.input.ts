import { Field, ID, InputType, Int } from 'type-graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { FeedbackChannel, FeedbackProductType } from './feedback.entity';

/** A supplier's code as the industry writes it: upper-case letters and digits, `_` and `-`, e.g. BA or MARRIOTT. */
export const SUPPLIER_CODE = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;
export const SUPPLIER_CODE_MESSAGE = 'must be a supplier code (A–Z, 0–9, _ and -, at most 20)';

@InputType()
export class RecordFeedbackInput {
  @Field(() => ID)
  @IsUUID()
  profileId: string;

  @Field(() => FeedbackProductType)
  @IsEnum(FeedbackProductType)
  productType: FeedbackProductType;

  @Field()
  @Matches(SUPPLIER_CODE, { message: SUPPLIER_CODE_MESSAGE })
  supplierCode: string;

  @Field()
  @Length(1, 200)
  supplierName: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000)
  comment?: string;

  @Field(() => FeedbackChannel)
  @IsEnum(FeedbackChannel)
  channel: FeedbackChannel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  bookingReference?: string;

  @Field(() => Date, { nullable: true, description: 'When the traveller gave it; now when not given, never in the future.' })
  @IsOptional()
  @IsDate()
  givenAt?: Date;
}
