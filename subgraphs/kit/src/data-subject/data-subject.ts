import { Arg, Ctx, Directive, Field, getMetadataStorage, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { RequiresScopes } from '../auth/authorization';
import { DomainError } from '../errors/domain.error';
import type { Principal } from '../auth/principal';
import type { SubgraphContext } from '../server/context';

/**
 * Data-subject rights (access / portability and erasure) as every subgraph offers them.
 * The subject is a traveller, named by the profile id every subgraph references; a subgraph
 * that holds nothing on that id answers "not found" rather than failing, so one request can
 * run across the whole graph.
 */
export const DATA_SUBJECT_SCOPES = { export: 'data-subject:export', erase: 'data-subject:erase' } as const;

export const DATA_SUBJECT_SUBJECT_TYPE = 'DataSubject';

/** What a subgraph implements; the kit turns it into the GraphQL fields below. */
export interface DataSubjectRights {
  /** Everything the subgraph holds on the person, in clear, as plain JSON; null when it holds nothing. */
  exportSubject(subjectId: string, principal: Principal): Promise<Record<string, unknown> | null>;
  /**
   * In one transaction: personal fields anonymised, identifiers (document numbers, contacts)
   * destroyed, and a tombstone kept wherever other records may reference the subject, so
   * references still resolve (to "erased"). Erasing twice is harmless.
   */
  eraseSubject(subjectId: string, principal: Principal): Promise<DataSubjectErasureOutcome>;
}

export enum DataSubjectErasureOutcome {
  ERASED = 'ERASED',
  ALREADY_ERASED = 'ALREADY_ERASED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(DataSubjectErasureOutcome, { name: 'DataSubjectErasureOutcome' });

// Every subgraph defines these types from this one class, so they are identical and may be shared.
@ObjectType({ description: 'What one subgraph holds on a data subject.' })
@Directive('@shareable')
export class DataSubjectExport {
  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'The subgraph that answered.' })
  service: string;

  @Field()
  generatedAt: Date;

  @Field({ description: 'False when this subgraph holds nothing on the subject.' })
  found: boolean;

  @Field(() => String, { nullable: true, description: 'A JSON document with everything held, in clear; null when nothing is held.' })
  document: string | null;
}

@ObjectType({ description: 'The result of erasing a data subject in one subgraph.' })
@Directive('@shareable')
export class DataSubjectErasure {
  @Field(() => ID)
  subjectId: string;

  @Field()
  service: string;

  @Field()
  erasedAt: Date;

  @Field(() => DataSubjectErasureOutcome)
  outcome: DataSubjectErasureOutcome;
}

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

/**
 * A stored record as its subject receives it: every field the API shows of it that the record
 * itself holds (columns and getters; not what a resolver looks up elsewhere), dates as ISO text.
 * What the API never shows (search and match keys, foreign keys, bookkeeping columns) is
 * internal to the subgraph and stays out, with no list of exclusions to keep up.
 */
export function subjectRecord(record: object): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of apiFieldsOf(record.constructor)) {
    const value: unknown = (record as Record<string, unknown>)[name];
    if (value !== undefined && typeof value !== 'function') values[name] = plain(value);
  }
  return values;
}

/** The properties of a class (and its parents) that are fields of its GraphQL type. */
export function apiFieldsOf(target: Function): Set<string> {
  const classes = new Set<Function>();
  for (let type = target; type && type !== Object; type = Object.getPrototypeOf(type)) classes.add(type);
  return new Set(
    getMetadataStorage()
      .fields.filter((field) => classes.has(field.target))
      .map((field) => field.name),
  );
}

/**
 * Root fields are prefixed with the subgraph's name (`profilesDataSubjectExport`,
 * `profilesDataSubjectErase`): a root field may be defined in one subgraph only, so
 * prefixed names compose, and whoever runs a request across the graph derives them from
 * the list of subgraphs.
 */
export function dataSubjectFieldNames(service: string): { export: string; erase: string } {
  const prefix = service.replace(/[-_](\w)/g, (_match, letter: string) => letter.toUpperCase());
  return { export: `${prefix}DataSubjectExport`, erase: `${prefix}DataSubjectErase` };
}

async function audited<T>(context: SubgraphContext, operation: string, subjectId: string, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    context.audit.change(operation, DATA_SUBJECT_SUBJECT_TYPE, [subjectId], []);
    return result;
  } catch (error) {
    context.audit.change(operation, DATA_SUBJECT_SUBJECT_TYPE, [subjectId], [], error instanceof DomainError ? error.code : 'INTERNAL');
    throw error;
  }
}

/** The resolver a subgraph adds to `buildFederatedSchema({ resolvers })` for its data-subject rights. Both fields are audited. */
export function dataSubjectResolver(service: string, rights: DataSubjectRights): object {
  const names = dataSubjectFieldNames(service);

  @Resolver()
  class DataSubjectResolver {
    @Query(() => DataSubjectExport, { name: names.export, description: `Everything ${service} holds on a data subject, as JSON.` })
    @RequiresScopes([DATA_SUBJECT_SCOPES.export])
    exportSubject(@Arg('subjectId', () => ID) subjectId: string, @Ctx() context: SubgraphContext): Promise<DataSubjectExport> {
      return audited(context, names.export, subjectId, async () => {
        const data = await rights.exportSubject(subjectId, context.principal);
        return Object.assign(new DataSubjectExport(), {
          subjectId,
          service,
          generatedAt: new Date(),
          found: data !== null,
          document: data === null ? null : JSON.stringify(data),
        });
      });
    }

    @Mutation(() => DataSubjectErasure, { name: names.erase, description: `Erases what ${service} holds on a data subject, keeping a tombstone.` })
    @RequiresScopes([DATA_SUBJECT_SCOPES.erase])
    eraseSubject(@Arg('subjectId', () => ID) subjectId: string, @Ctx() context: SubgraphContext): Promise<DataSubjectErasure> {
      return audited(context, names.erase, subjectId, async () =>
        Object.assign(new DataSubjectErasure(), { subjectId, service, erasedAt: new Date(), outcome: await rights.eraseSubject(subjectId, context.principal) }),
      );
    }
  }
  return new DataSubjectResolver();
}
