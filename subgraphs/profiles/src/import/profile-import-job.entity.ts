import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { LawfulBasisInput } from '../consent/record-consent.input';

export enum ProfileImportStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ProfileImportStatus, { name: 'ProfileImportStatus' });

/** A CSV import sent in chunks: its columns, and counts that are its progress. Holds no row content. */
@Entity('profile_import_jobs')
@ObjectType('ProfileImport', { description: 'A CSV import of travellers, sent in chunks; its counts are its progress.' })
export class ProfileImportJob {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  @Field({ description: 'The staff member who started it; only they may add chunks.' })
  createdBy: string;

  @Column({ name: 'dry_run', type: 'boolean' })
  @Field({ description: 'Rows are checked and reported, nothing is stored.' })
  dryRun: boolean;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: 'The CSV columns, in file order.' })
  columns: string[];

  @Column({ name: 'lawful_basis', type: 'simple-json', nullable: true })
  lawfulBasis: LawfulBasisInput | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ProfileImportStatus)
  status: ProfileImportStatus;

  @Column({ name: 'expected_rows', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Rows in the file, as the client counted them; with rowsSeen, the progress.' })
  expectedRows: number | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Chunks applied; the next chunk’s sequence.' })
  chunks: number;

  /** Physical lines consumed so far, so line numbers carry on across chunks. */
  @Column({ type: 'int' })
  lines: number;

  @Column({ name: 'rows_seen', type: 'int' })
  @Field(() => Int)
  rowsSeen: number;

  @Column({ name: 'rows_accepted', type: 'int' })
  @Field(() => Int, { description: 'Rows that passed every rule (in a dry run, those that would be imported).' })
  rowsAccepted: number;

  @Column({ name: 'rows_imported', type: 'int' })
  @Field(() => Int, { description: 'Rows stored as new travellers; always 0 in a dry run.' })
  rowsImported: number;

  @Column({ name: 'rows_rejected', type: 'int' })
  @Field(() => Int)
  rowsRejected: number;

  @Column({ name: 'rejections_recorded', type: 'int' })
  @Field(() => Int, { description: 'Rejection reasons kept (capped); rowsRejected counts every rejected row.' })
  rejectionsRecorded: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;

  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}
