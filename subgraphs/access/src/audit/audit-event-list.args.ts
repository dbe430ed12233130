import { IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListResult, SortDirection } from '@wayfarer/kit';
import { AuditEventEntity } from './audit-event.entity';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'Events concerning this record.' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  subjectId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  operation?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  service?: string;

  @Field(() => Date, { nullable: true, description: 'Inclusive.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Exclusive.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

export enum AuditEventSortField {
  OCCURRED_AT = 'occurredAt',
}
registerEnumType(AuditEventSortField, { name: 'AuditEventSortField' });

@InputType()
export class AuditEventSort {
  @Field(() => AuditEventSortField)
  @IsEnum(AuditEventSortField)
  field: AuditEventSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType()
export class AuditEventList extends ListResult(AuditEventEntity) {}
