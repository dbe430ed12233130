import { Field, InputType, Int } from 'type-graphql';
import { IsEmail, IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';

/** Fields shared by create and update; on update only the fields given change. */
@InputType()
export abstract class InteractionFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;
}

@InputType()
export class CreateInteractionInput extends InteractionFieldsInput {
  @Field()
  @Length(1, 200)
  declare name: string;
}

@InputType()
export class UpdateInteractionInput extends InteractionFieldsInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
