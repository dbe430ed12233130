import { Field, ID, InputType } from 'type-graphql';
import { IsISO31661Alpha2, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';

@InputType()
export class PassportInput {
  @Field(() => ID, { nullable: true, description: 'An existing passport to keep; omit number to keep its number.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{5,20}$/, { message: 'must be 5 to 20 letters or digits' })
  number?: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code, e.g. GB' })
  issuingCountry: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code, e.g. GB' })
  nationality?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Length(10, 10)
  issueDate?: string | null;

  @Field(() => DateScalar)
  @Length(10, 10)
  expiryDate: string;
}
