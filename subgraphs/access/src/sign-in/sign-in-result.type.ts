import { Field, ObjectType } from 'type-graphql';
import { StaffMember } from '../staff/staff-member.entity';

@ObjectType()
export class SignInResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => StaffMember)
  staffMember: StaffMember;

  @Field(() => [String])
  roles: string[];

  @Field(() => [String])
  scopes: string[];
}
