import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type RulesOf = MetadataStorage['getTargetValidationMetadatas'];

const cached = new WeakSet<MetadataStorage>();

/**
 * class-validator looks up a class's rules by testing every decorated class it knows on every
 * validate call, once per nested object (typestack/class-validator#2686): in the CSV import that
 * lookup took a fourteenth of the profiles subgraph's CPU. A class's own and inherited rules are all
 * registered when it is loaded, before anything can validate an instance of it, and a class
 * loaded later never changes them, so each answer is kept per class and options.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage();
  if (cached.has(storage)) return;
  cached.add(storage);
  const lookUp: RulesOf = storage.getTargetValidationMetadatas.bind(storage);
  const answers = new WeakMap<Function, Map<string, ReturnType<RulesOf>>>();
  storage.getTargetValidationMetadatas = (targetConstructor, targetSchema, always, strictGroups, groups) => {
    const options = `${targetSchema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let byOptions = answers.get(targetConstructor);
    if (!byOptions) answers.set(targetConstructor, (byOptions = new Map()));
    let rules = byOptions.get(options);
    if (!rules) byOptions.set(options, (rules = lookUp(targetConstructor, targetSchema, always, strictGroups, groups)));
    return rules;
  };
}
