import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LawfulBasisInput } from '../consent/record-consent.input';

export const MAX_CHUNK_ROWS = 5_000;
/** Chunks a client may have sent and not yet had answered: stored side by side, counted in order. */
export const MAX_CHUNKS_IN_FLIGHT = 2;
// Under the gateway's 1 MB request limit with the query and JSON escaping around it.
export const MAX_CHUNK_CHARACTERS = 900_000;

@InputType()
export class StartProfileImportInput {
  @Field({ description: 'Check and report every row, store nothing.' })
  @IsBoolean()
  dryRun: boolean;

  @Field(() => [String], { description: 'The CSV header: column names from profileImportColumns, in file order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  columns: string[];

  @Field(() => LawfulBasisInput, { nullable: true, description: 'Why these travellers’ profiles may be stored, for rows without a legalBasis column value.' })
  @IsOptional()
  @ValidateNested()
  lawfulBasis?: LawfulBasisInput | null;

  @Field(() => Int, { nullable: true, description: 'Rows in the file, for progress.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  expectedRows?: number | null;
}

@InputType()
export class AppendProfileImportRowsInput {
  @Field(() => Int, {
    description: `The chunk's place in the file: 0 for the first. Up to ${MAX_CHUNKS_IN_FLIGHT} may be in flight at once (send the next before this one is answered); resending an applied one is harmless.`,
  })
  @IsInt()
  @Min(0)
  sequence: number;

  @Field({ description: `Up to ${MAX_CHUNK_ROWS} CSV rows without the header, ending at a row boundary.` })
  @IsString()
  @MaxLength(MAX_CHUNK_CHARACTERS)
  csv: string;
}
