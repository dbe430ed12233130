import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';

export enum InboundEmailStatus {
  /** Filed on the timeline of the one traveller its sender matched. */
  FILED = 'FILED',
  /** Waiting for someone to say whose it is. */
  TRIAGE = 'TRIAGE',
  /** Filed on a traveller's timeline by a staff member from triage. */
  ASSIGNED = 'ASSIGNED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(InboundEmailStatus, { name: 'InboundEmailStatus' });

export enum TriageReason {
  NO_MATCHING_TRAVELLER = 'NO_MATCHING_TRAVELLER',
  SEVERAL_MATCHING_TRAVELLERS = 'SEVERAL_MATCHING_TRAVELLERS',
  /** Forwarded, but the original sender could not be read from it. */
  ORIGINAL_SENDER_UNREADABLE = 'ORIGINAL_SENDER_UNREADABLE',
}
registerEnumType(TriageReason, { name: 'InboundEmailTriageReason' });

/** Attachments are described, not kept: their content is not stored (no malware scanning stands between a stranger's file and the back office). */
@ObjectType({ description: 'An attachment the message carried: its content is not stored.' })
export class InboundEmailAttachment {
  @Field({ description: 'The file name as sent; empty when none was given.' })
  name: string;

  @Field({ description: 'Its MIME type.' })
  type: string;

  @Field(() => Int, { description: 'Bytes.' })
  size: number;
}

@InputType()
export class InboundEmailFilter {
  @Field(() => InboundEmailStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InboundEmailStatus)
  status?: InboundEmailStatus;
}

@InputType()
export class AssignInboundEmailInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID, { description: 'The traveller whose timeline it goes on.' })
  @IsUUID()
  profileId: string;
}
