import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, MaxLength, Min } from 'class-validator';

/** Only the flags given change. */
@InputType()
export class SetProfileFlagsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  vip?: boolean;

  @Field(() => String, { nullable: true, description: 'Why the traveller is a VIP and what that means for them; cleared when vip is turned off.' })
  @IsOptional()
  @MaxLength(500)
  vipNote?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Needs profiles.special:write and profiles.special:read; true needs the traveller’s active SPECIAL_CATEGORY consent, and withdrawing it clears the flag.',
  })
  @IsOptional()
  @IsBoolean()
  specialNeeds?: boolean;
}
