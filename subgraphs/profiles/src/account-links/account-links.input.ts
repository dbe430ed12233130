import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType({ description: 'Every account a traveller belongs to now; replaces what was recorded before.' })
export class AccountLinksInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  accountIds: string[];
}
