import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether a traveller’s consent for the purpose asked about is in force.' })
export class ConsentState {
  @Field(() => ID)
  profileId: string;

  @Field({ description: 'Granted on a consent basis, and neither withdrawn nor replaced.' })
  inForce: boolean;
}
