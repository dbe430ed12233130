import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether a traveller’s consent to the loyalty scheme’s terms is in force.' })
export class SchemeConsentState {
  @Field(() => ID)
  profileId: string;

  @Field({ description: 'Granted on a consent basis, and neither withdrawn nor replaced.' })
  inForce: boolean;
}
