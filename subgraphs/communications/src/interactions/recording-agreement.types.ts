import { Field, ObjectType } from 'type-graphql';
import { StaffMember } from '@wayfarer/kit';

@ObjectType({ description: 'The customer was told of the recording or monitoring of the call and agreed (PC3): when, and to whom.' })
export class RecordingAgreement {
  @Field()
  recorded: boolean;

  @Field()
  monitored: boolean;

  @Field()
  agreedAt: Date;

  @Field(() => StaffMember, { description: 'Who told the customer and took the agreement.' })
  takenBy: StaffMember;
}
