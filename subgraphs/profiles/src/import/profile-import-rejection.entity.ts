import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Why one row was not imported: the line, the column and the rule, never the row's content. */
@Entity('profile_import_rejections')
@ObjectType()
export class ProfileImportRejection {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The line of the file the row starts on; the header is line 1.' })
  line: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'The CSV column; null when the row as a whole could not be read.' })
  field: string | null;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: 'The rule that failed, e.g. isEmail, columnCount, closedQuote.' })
  rule: string;

  @Column({ type: 'varchar', length: 300 })
  @Field()
  message: string;
}
