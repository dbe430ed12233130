import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MatchKind } from './match-key';

export enum DuplicateStatus {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  MERGED = 'MERGED',
}
registerEnumType(DuplicateStatus, { name: 'DuplicateStatus' });

/** A pair of profiles the scan thinks may be one traveller; `leftId` < `rightId`, one row per pair. */
@Entity('duplicate_candidates')
@ObjectType({ description: 'Two profiles that may be the same traveller.' })
export class DuplicateCandidate {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'left_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  leftId: string;

  @Column({ name: 'right_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  rightId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '0–100: how likely the two are one traveller.' })
  score: number;

  @Column({ type: 'simple-json' })
  @Field(() => [MatchKind])
  reasons: MatchKind[];

  @Column({ name: 'name_similarity', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '0–100, when the date of birth matched and the names were compared.' })
  nameSimilarity: number | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => DuplicateStatus)
  status: DuplicateStatus;

  @Column({ name: 'found_at', type: 'datetime', precision: 3 })
  @Field()
  foundAt: Date;

  /** The last scan that found the pair; open pairs a later scan no longer finds are dropped. */
  @Column({ name: 'scanned_at', type: 'datetime', precision: 3 })
  scannedAt: Date;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who dismissed or merged the pair.' })
  decidedBy: string | null;
}
