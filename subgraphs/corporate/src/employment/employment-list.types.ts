import { Field, InputType, ObjectType } from 'type-graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { ListResult } from '@wayfarer/kit';
import { Employment } from './employment.entity';

@ObjectType()
export class EmploymentList extends ListResult(Employment) {}

@InputType()
export class AccountTravellerFilter {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: travellers whose business preferences fit their policy today; false: those out of policy. Travellers not judged yet (no policy in force, preferences not yet reported) match neither.',
  })
  @IsOptional()
  @IsBoolean()
  inPolicy?: boolean | null;
}
