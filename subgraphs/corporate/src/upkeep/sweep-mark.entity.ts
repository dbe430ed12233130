import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The day a sweep last ran, so the next one handles exactly what happened since. */
@Entity('sweep_marks')
export class SweepMark {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'swept_on', type: 'date' })
  sweptOn: string;
}
