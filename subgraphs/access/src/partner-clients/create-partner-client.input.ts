import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PARTNER_SCOPE_NAMES } from '@wayfarer/registry';

@InputType()
export class CreatePartnerClientInput {
  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => [String], { description: `Any of ${PARTNER_SCOPE_NAMES.join(', ')}.` })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PARTNER_SCOPE_NAMES, { each: true, message: `each must be one of ${PARTNER_SCOPE_NAMES.join(', ')}` })
  scopes: string[];

  @Field(() => [ID])
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  accountIds: string[];
}
