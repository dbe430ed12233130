import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classification, Classified } from '@wayfarer/kit';
import { ComplaintSeverity } from './complaint-sla-policy.entity';
import { TEAM_CODE_MAX_LENGTH } from '../team-code';
import { SlaClock } from './complaint-clock';

export enum ComplaintCategory {
  BOOKING = 'BOOKING',
  SERVICE = 'SERVICE',
  SUPPLIER = 'SUPPLIER',
  BILLING = 'BILLING',
  PRIVACY = 'PRIVACY',
  OTHER = 'OTHER',
}
registerEnumType(ComplaintCategory, { name: 'ComplaintCategory' });

export enum ComplaintStatus {
  NEW = 'NEW',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  INVESTIGATING = 'INVESTIGATING',
  WAITING_ON_CUSTOMER = 'WAITING_ON_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'NEW → ACKNOWLEDGED → INVESTIGATING ⇄ WAITING_ON_CUSTOMER → RESOLVED → CLOSED; RESOLVED or CLOSED → REOPENED → INVESTIGATING.',
});

/** A traveller's complaint (110680L4): its workflow, its two service-level clocks, escalation, resolution and the satisfaction follow-up. */
@Entity('complaints')
@ObjectType({ description: 'A traveller’s complaint, with its acknowledge and resolve clocks in business hours.' })
@Directive('@key(fields: "id")')
export class Complaint {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Null once the traveller was erased: the case stays for statistics, without the person. */
  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'Null once the traveller was erased.' })
  profileId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Null once the traveller was erased.' })
  @Classified(Classification.Personal)
  subject: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the traveller complains of; null once they were erased.' })
  @Classified(Classification.Personal)
  description: string | null;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => ComplaintSeverity)
  severity: ComplaintSeverity;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => ComplaintStatus)
  status: ComplaintStatus;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  ownerId: string;

  @Column({ type: 'varchar', length: TEAM_CODE_MAX_LENGTH, nullable: true })
  @Field(() => String, { nullable: true, description: 'The team whose worklist it is on, as a code (no team model yet).' })
  team: string | null;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The conversation it was raised in.' })
  conversationId: string | null;

  @Column({ name: 'reopen_count', type: 'int' })
  @Field(() => Int, { description: 'Times it was reopened; escalations are per cycle.' })
  reopenCount: number;

  @Column({ name: 'acknowledge_due_at', type: 'datetime', precision: 3 })
  @Field({ description: 'The acknowledge target, in business hours from receipt.' })
  acknowledgeDueAt: Date;

  @Column({ name: 'acknowledge_warn_at', type: 'datetime', precision: 3 })
  acknowledgeWarnAt: Date;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledge_late', type: 'boolean' })
  acknowledgeLate: boolean;

  @Column({ name: 'acknowledge_escalated', type: 'boolean' })
  acknowledgeEscalated: boolean;

  /** Business milliseconds the resolve clock ran before its current run (all of them while it is paused). */
  @Column({ name: 'resolve_used_ms', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } })
  resolveUsedMs: number;

  @Column({ name: 'resolve_running_since', type: 'datetime', precision: 3, nullable: true })
  resolveRunningSince: Date | null;

  @Column({ name: 'resolve_due_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'The resolve target while its clock runs; null while paused (waiting on the customer) or stopped (resolved).',
  })
  resolveDueAt: Date | null;

  @Column({ name: 'resolve_warn_at', type: 'datetime', precision: 3, nullable: true })
  resolveWarnAt: Date | null;

  @Column({ name: 'resolve_late', type: 'boolean' })
  resolveLate: boolean;

  @Column({ name: 'resolve_escalated', type: 'boolean' })
  resolveEscalated: boolean;

  /** The earliest warning not yet escalated: what the escalation task walks. */
  @Column({ name: 'next_escalation_at', type: 'datetime', precision: 3, nullable: true })
  nextEscalationAt: Date | null;

  @Column({ name: 'escalated_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last escalated.' })
  escalatedAt: Date | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  @Field(() => String, { nullable: true, description: 'How it was resolved; required to resolve.' })
  @Classified(Classification.Personal)
  resolution: string | null;

  @Column({ name: 'resolved_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Column({ name: 'follow_up_due_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When to ask the traveller how satisfied they are; set on resolution.' })
  followUpDueAt: Date | null;

  @Column({ name: 'satisfaction_score', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '1 (very dissatisfied) to 5 (very satisfied).' })
  satisfactionScore: number | null;

  @Column({ name: 'satisfaction_comment', type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Personal)
  satisfactionComment: string | null;

  @Column({ name: 'satisfaction_recorded_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  satisfactionRecordedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  createdById: string;

  @Column({ name: 'erased_at', type: 'datetime', precision: 3, nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing it.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field({ description: 'When it was received: both clocks start here.' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;

  @Field({ description: 'Whether the resolve clock is paused: waiting on the customer, or stopped by resolution.' })
  get resolveClockPaused(): boolean {
    return this.resolveRunningSince === null;
  }

  @Field({ description: 'Escalated in the current cycle, on either clock.' })
  get escalated(): boolean {
    return this.acknowledgeEscalated || this.resolveEscalated;
  }

  get resolveClock(): SlaClock {
    return { usedMs: this.resolveUsedMs, runningSince: this.resolveRunningSince };
  }

  set resolveClock(clock: SlaClock) {
    this.resolveUsedMs = clock.usedMs;
    this.resolveRunningSince = clock.runningSince;
  }

  acknowledgeBreachedAt(now: Date): boolean {
    return this.acknowledgeLate || (this.acknowledgedAt === null && this.acknowledgeDueAt.getTime() < now.getTime());
  }

  resolveBreachedAt(now: Date): boolean {
    return this.resolveLate || (this.resolveDueAt !== null && this.resolveDueAt.getTime() < now.getTime());
  }
}
