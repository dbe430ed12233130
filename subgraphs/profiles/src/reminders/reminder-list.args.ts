import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar, ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { ProfileReminder, ReminderKind } from './profile-reminder.entity';

export enum ReminderSortField {
  DUE_ON = 'dueOn',
}
registerEnumType(ReminderSortField, { name: 'ReminderSortField' });

@InputType()
export class ReminderFilter {
  @Field(() => ReminderKind)
  @IsEnum(ReminderKind)
  kind: ReminderKind;

  @Field(() => Int, {
    nullable: true,
    description:
      'Due within this many days from today, overdue included. Default: six months for passports, 90 days for other documents, 30 for reviews; incomplete profiles are always due.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  withinDays?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  profileId?: string;
}

@InputType()
export class ReminderSort {
  @Field(() => ReminderSortField)
  @IsEnum(ReminderSortField)
  field: ReminderSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class ReminderListArgs {
  @Field(() => ReminderFilter)
  @ValidateNested()
  filter: ReminderFilter;

  @Field(() => ReminderSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: ReminderSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class ReminderList extends ListResult(ProfileReminder) {}

@ObjectType({ description: 'How many reminders of one kind are due, for the dashboard.' })
export class ReminderCount {
  @Field(() => ReminderKind)
  kind: ReminderKind;

  @Field(() => DateScalar, { description: 'Counted up to and including this day.' })
  dueBy: string;

  @Field(() => Int, { description: 'Counted up to a cap (see countIsExact).' })
  count: number;

  @Field()
  countIsExact: boolean;
}
