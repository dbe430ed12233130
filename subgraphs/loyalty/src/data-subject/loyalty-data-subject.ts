import { DataSource, EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectRights, inTransaction } from '@wayfarer/kit';

/** What one loyalty feature holds on a traveller, exported and erased inside the subject's one transaction. */
export interface LoyaltySubjectPart {
  /** The key of its section in the export. */
  name: string;
  /** Everything held, in clear; null when nothing is. */
  export(manager: EntityManager, subjectId: string): Promise<unknown>;
  /** What erasure means for this part; whether it held anything and whether that was already erased. */
  erase(manager: EntityManager, subjectId: string): Promise<DataSubjectErasureOutcome>;
}

/** Loyalty's data-subject rights: each feature registers its part, and one request walks them all in one transaction. */
export class LoyaltyDataSubjectService implements DataSubjectRights {
  private readonly parts: LoyaltySubjectPart[] = [];

  constructor(private readonly dataSource: DataSource) {}

  register(part: LoyaltySubjectPart): void {
    if (this.parts.some((registered) => registered.name === part.name)) throw new Error(`Data-subject part ${part.name} is registered twice`);
    this.parts.push(part);
  }

  exportSubject(subjectId: string): Promise<Record<string, unknown> | null> {
    return inTransaction(this.dataSource, async (manager) => {
      const sections: Record<string, unknown> = {};
      for (const part of this.parts) {
        const section = await part.export(manager, subjectId);
        if (section !== null) sections[part.name] = section;
      }
      return Object.keys(sections).length ? sections : null;
    });
  }

  eraseSubject(subjectId: string): Promise<DataSubjectErasureOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      const outcomes: DataSubjectErasureOutcome[] = [];
      for (const part of this.parts) outcomes.push(await part.erase(manager, subjectId));
      if (outcomes.includes(DataSubjectErasureOutcome.ERASED)) return DataSubjectErasureOutcome.ERASED;
      if (outcomes.includes(DataSubjectErasureOutcome.ALREADY_ERASED)) return DataSubjectErasureOutcome.ALREADY_ERASED;
      return DataSubjectErasureOutcome.NOT_FOUND;
    });
  }
}
