import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsTimeZone, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ComplaintSlaTarget, Weekday } from './complaint-sla-policy.entity';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The whole policy, replaced at once; clocks already running keep their due times until the complaint next changes. */
@InputType()
export class UpdateComplaintSlaPolicyInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  @IsTimeZone({ message: 'must be an IANA time zone, e.g. Europe/London' })
  timeZone: string;

  @Field(() => [Weekday])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Weekday, { each: true })
  workingDays: Weekday[];

  @Field({ description: 'HH:MM.' })
  @Matches(CLOCK_TIME, { message: 'must be a time of day, HH:MM' })
  opensAt: string;

  @Field({ description: 'HH:MM, after opensAt (24:00 for midnight).' })
  @Matches(CLOCK_TIME, { message: 'must be a time of day, HH:MM' })
  closesAt: string;

  @Field(() => [ComplaintSlaTarget], { description: 'One per severity.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  targets: ComplaintSlaTarget[];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  escalateAtPercent: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(365)
  followUpAfterDays: number;
}
