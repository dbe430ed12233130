import type { ComponentType } from 'react';
import type { AdminProps, ResourceProps } from 'react-admin';
import type { Scope } from './auth/scopes';
import type { CommandSender, ResourceOperations } from './dataProvider/graphqlRequest';

/** A resource's actions that are not plain CRUD, built on the sender the data provider gives it; each becomes a method of the data provider. */
export type ResourceCommands = (send: CommandSender) => Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * One resource of the console, as its folder exports it; `resources.ts` lists them, App registers each and
 * the data provider is built from them. Declared with `satisfies ConsoleResource` so its commands keep their types.
 */
export interface ConsoleResource extends Pick<ResourceProps, 'name' | 'list' | 'show' | 'create' | 'edit' | 'icon' | 'recordRepresentation'> {
  /** Without it the resource is not registered at all, so neither the menu nor a route shows it. */
  readScope: Scope;
  /** Needed for `create` and `edit`; absent when the resource is read-only. */
  writeScope?: Scope;
  /** The data provider's documents for each react-admin fetch type the resource supports. */
  operations: ResourceOperations;
  /** Records its pages read and write apart (tabs, dialogs, the dashboard), by the resource name they give react-admin; never registered as `<Resource>`s. */
  embeddedOperations?: Record<string, ResourceOperations>;
  commands?: ResourceCommands;
  /** Pages of its own beside list, show, create and edit, each routed only for a staff member with its scope. */
  pages?: { path: string; scope: Scope; page: ComponentType }[];
  /** The console's home page; App shows the first one a resource offers. */
  dashboard?: AdminProps['dashboard'];
}

type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (whole: infer Whole) => void ? Whole : never;

/** Every command the resources offer, as the data provider's methods. */
export type CommandsOf<Resources extends readonly ConsoleResource[]> = Intersection<
  Resources[number] extends infer Resource ? (Resource extends { commands: infer Commands extends ResourceCommands } ? ReturnType<Commands> : never) : never
>;

/** Entries by name; two resources claiming one name is a mistake that would otherwise leave one of them unreachable. */
const byName = <T>(what: string, entries: [string, T][], taken: readonly string[] = []): Record<string, T> => {
  const named: Record<string, T> = {};
  for (const [name, entry] of entries) {
    if (name in named || taken.includes(name)) throw new Error(`The ${what} ${name} is offered twice`);
    named[name] = entry;
  }
  return named;
};

/** What the data provider sends for each resource and embedded record, by resource name. */
export const operationsOf = (resources: readonly ConsoleResource[]): Record<string, ResourceOperations> =>
  byName(
    'resource',
    resources.flatMap((resource): [string, ResourceOperations][] => [
      [resource.name, resource.operations],
      ...Object.entries(resource.embeddedOperations ?? {}),
    ]),
  );

/** Every resource's commands, each sending through the sender for its own resource; `taken`: the data provider's own method names. */
export const commandsOf = <Resources extends readonly ConsoleResource[]>(
  resources: Resources,
  senderFor: (resource: string) => CommandSender,
  taken: readonly string[],
): CommandsOf<Resources> =>
  byName(
    'command',
    resources.flatMap((resource) => Object.entries(resource.commands?.(senderFor(resource.name)) ?? {})),
    taken,
  ) as CommandsOf<Resources>;
