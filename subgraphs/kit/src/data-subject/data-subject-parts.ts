import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../data/data-source';
import { DataSubjectErasureOutcome, DataSubjectRights, dataSubjectResolver } from './data-subject';
import type { SubgraphFeature } from '../server/subgraph-feature';

/** What one feature of a subgraph holds on a traveller, exported and erased inside the subject's one transaction. */
export interface DataSubjectPart {
  /** The key of its section in the export. */
  name: string;
  /** Everything held, in clear; null when nothing is. */
  export(manager: EntityManager, subjectId: string): Promise<unknown>;
  /** What erasure means for this part; whether it held anything and whether that was already erased. */
  erase(manager: EntityManager, subjectId: string): Promise<DataSubjectErasureOutcome>;
}

/** A subgraph's data-subject rights built from its features: each registers its part, and one request walks them all in one transaction. */
export class DataSubjectParts implements DataSubjectRights {
  private readonly parts: DataSubjectPart[] = [];

  constructor(private readonly dataSource: DataSource) {}

  register(part: DataSubjectPart): void {
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

/** The feature offering `<camelName>DataSubjectExport` / `…Erase` over every part the subgraph's other features registered. */
export function dataSubjectFeature(service: string): SubgraphFeature<{ dataSubject: DataSubjectParts }> {
  return { name: 'dataSubject', resolvers: ({ dataSubject }) => [dataSubjectResolver(service, dataSubject)] };
}
