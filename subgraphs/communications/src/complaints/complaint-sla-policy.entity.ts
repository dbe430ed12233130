import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { BusinessHours } from './business-hours';

export enum ComplaintSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(ComplaintSeverity, { name: 'ComplaintSeverity' });

/** In ISO order: Monday is weekday 1. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, { name: 'Weekday' });
export const WEEKDAYS = Object.values(Weekday);

/** How long a complaint of one severity may take, in business minutes. */
@ObjectType()
@InputType('ComplaintSlaTargetInput')
export class ComplaintSlaTarget {
  @Field(() => ComplaintSeverity)
  @IsEnum(ComplaintSeverity)
  severity: ComplaintSeverity;

  @Field(() => Int, { description: 'Business minutes from receipt to acknowledgement.' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  acknowledgeWithinMinutes: number;

  @Field(() => Int, { description: 'Business minutes from receipt to resolution, not counting time waiting on the customer.' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  resolveWithinMinutes: number;
}

export const POLICY_ID = 'default';

const clockTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The one service-level policy for complaints: the clocks' targets and the business hours they run in. */
@Entity('complaint_sla_policy')
@ObjectType({ description: 'Complaint service levels: targets per severity, the business hours the clocks count, escalation and follow-up.' })
export class ComplaintSlaPolicy {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  id: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  @Field({ description: 'The IANA time zone business hours are kept in.' })
  timeZone: string;

  /** ISO weekdays, comma-separated. */
  @Column({ name: 'working_days', type: 'varchar', length: 20 })
  workingDayNumbers: string;

  @Column({ name: 'opens_at', type: 'int' })
  opensAtMinute: number;

  @Column({ name: 'closes_at', type: 'int' })
  closesAtMinute: number;

  @Column({ type: 'simple-json' })
  @Field(() => [ComplaintSlaTarget])
  targets: ComplaintSlaTarget[];

  @Column({ name: 'escalate_at_percent', type: 'int' })
  @Field(() => Int, { description: 'A clock is escalated once this share of its target has been used.' })
  escalateAtPercent: number;

  @Column({ name: 'follow_up_after_days', type: 'int' })
  @Field(() => Int, { description: 'Days after resolution the satisfaction follow-up is due.' })
  followUpAfterDays: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing it.' })
  version: number;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;

  @Field(() => [Weekday])
  get workingDays(): Weekday[] {
    return this.workingDayNumbers.split(',').map((day) => WEEKDAYS[Number(day) - 1]);
  }

  @Field({ description: 'Opening time, HH:MM on the zone’s wall clock.' })
  get opensAt(): string {
    return clockTime(this.opensAtMinute);
  }

  @Field({ description: 'Closing time, HH:MM on the zone’s wall clock.' })
  get closesAt(): string {
    return clockTime(this.closesAtMinute);
  }

  get hours(): BusinessHours {
    return { timeZone: this.timeZone, workingDays: this.workingDayNumbers.split(',').map(Number), opensAt: this.opensAtMinute, closesAt: this.closesAtMinute };
  }

  target(severity: ComplaintSeverity): ComplaintSlaTarget {
    const target = this.targets.find((candidate) => candidate.severity === severity);
    if (!target) throw new Error(`the complaint SLA policy has no target for ${severity}`);
    return target;
  }
}
