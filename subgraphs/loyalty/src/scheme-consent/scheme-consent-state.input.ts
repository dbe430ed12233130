import { Field, ID, InputType } from 'type-graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Whether a traveller’s consent to the scheme’s terms is in force, as profiles reports it.' })
export class SchemeConsentStateInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field()
  inForce: boolean;
}
