import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** One field of one record changed: who, when, from what to what (sensitive values redacted). */
@Entity('profile_changes')
@ObjectType()
export class ProfileChange {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ name: 'changed_at', type: 'datetime', precision: 3 })
  @Field()
  changedAt: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 100 })
  @Field({ description: 'The staff member, partner client or service that made the change.' })
  actorId: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  @Field()
  actorKind: string;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'The mutation, e.g. updateProfile.' })
  operation: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  @Field({ description: 'Profile, or the part of it that changed, e.g. Passport.' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  subjectId: string;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'The field that changed; "*" for a record created whole (a CSV import), whose newValue holds every field as one JSON object.' })
  field: string;

  @Column({ name: 'old_value', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'JSON; "[redacted]" for identifiers and special-category data.' })
  oldValue: string | null;

  @Column({ name: 'new_value', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'JSON; "[redacted]" for identifiers and special-category data.' })
  newValue: string | null;

  /** A change to special-category data: even redacted, that it happened reveals a health need, so only profiles.special:read lists it. */
  @Column({ name: 'special_category', type: 'boolean', default: false })
  specialCategory: boolean;
}
