import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum } from 'class-validator';
import { ProfileListArgs } from '../profile/profile-list.args';

export enum ProfileExportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(ProfileExportFormat, { name: 'ProfileExportFormat' });

/** The `profiles` list's own filter and sort, so an export holds exactly what the list shows. */
@ArgsType()
export class ProfileExportArgs extends ProfileListArgs {
  @Field(() => ProfileExportFormat)
  @IsEnum(ProfileExportFormat)
  format: ProfileExportFormat;
}

@ObjectType({ description: 'A file of travellers with only the fields the exporting role may read.' })
export class ProfileExportFile {
  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  rows: number;

  @Field(() => [String], { description: 'The fields in the file, in column order.' })
  fields: string[];

  @Field({ description: 'The file itself: CSV text with a header row, or a JSON array.' })
  content: string;
}
