import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { Alliance, SupplierSector } from './supplier-programme.entity';
import { MembershipNumberFormat } from './number-format';

/** Fields shared by create and update; on update only the fields given change. */
@InputType()
export abstract class SupplierProgrammeFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Checked against the sector’s code shape; upper-cased.' })
  @IsOptional()
  @Length(2, 4)
  ownerCode?: string;

  @Field(() => Alliance, { nullable: true, description: 'Airlines only; null for none.' })
  @IsOptional()
  @IsEnum(Alliance)
  alliance?: Alliance | null;

  @Field(() => [String], { nullable: true, description: 'Lowest tier first; distinct, ignoring case.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique((tier: string) => tier.trim().toLowerCase(), { message: 'must not repeat a tier' })
  @Length(1, 50, { each: true })
  tierNames?: string[];

  @Field(() => MembershipNumberFormat, { nullable: true })
  @IsOptional()
  @ValidateNested()
  numberFormat?: MembershipNumberFormat;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class CreateSupplierProgrammeInput extends SupplierProgrammeFieldsInput {
  @Field()
  @Length(1, 200)
  declare name: string;

  @Field(() => SupplierSector)
  @IsEnum(SupplierSector)
  sector: SupplierSector;

  @Field()
  @Length(2, 4)
  declare ownerCode: string;

  @Field(() => [String])
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @ArrayUnique((tier: string) => tier.trim().toLowerCase(), { message: 'must not repeat a tier' })
  @Length(1, 50, { each: true })
  declare tierNames: string[];

  @Field(() => MembershipNumberFormat)
  @ValidateNested()
  declare numberFormat: MembershipNumberFormat;
}

@InputType()
export class UpdateSupplierProgrammeInput extends SupplierProgrammeFieldsInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
