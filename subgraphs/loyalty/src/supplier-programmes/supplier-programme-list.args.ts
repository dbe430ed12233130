import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SearchText, SortDirection } from '@wayfarer/kit';
import { SupplierProgramme, SupplierSector } from './supplier-programme.entity';

export enum SupplierProgrammeSortField {
  NAME = 'nameKey',
  OWNER_CODE = 'ownerCode',
  CREATED_AT = 'createdAt',
}
registerEnumType(SupplierProgrammeSortField, { name: 'SupplierProgrammeSortField' });

@InputType()
export class SupplierProgrammeFilter {
  @Field(() => String, { nullable: true, description: 'Start of the name, or the owner code.' })
  @IsOptional()
  @SearchText()
  search?: string;

  @Field(() => SupplierSector, { nullable: true })
  @IsOptional()
  @IsEnum(SupplierSector)
  sector?: SupplierSector;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class SupplierProgrammeSort {
  @Field(() => SupplierProgrammeSortField)
  @IsEnum(SupplierProgrammeSortField)
  field: SupplierProgrammeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class SupplierProgrammeListArgs {
  @Field(() => SupplierProgrammeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SupplierProgrammeFilter;

  @Field(() => SupplierProgrammeSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: SupplierProgrammeSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class SupplierProgrammeList extends ListResult(SupplierProgramme) {}
