import { getMetadataStorage } from 'type-graphql';
import { apiFieldsOf, DateScalar, requiredScopesOf } from '@wayfarer/kit';
import { Profile } from './profile.entity';
import { CreateProfileInput } from './create-profile.input';
import { MergeRule, profileFieldRolesOf } from './profile-field.decorator';

/** A field of the profile that createProfile's input writes. */
export interface WrittenField {
  name: string;
  /** A list (e-mails, phones, …) rather than one value. */
  list: boolean;
  date: boolean;
  /** createProfile refuses a profile without it. */
  required: boolean;
}

export interface MergeField {
  name: string;
  rule: MergeRule;
}

export interface ExportedField {
  name: string;
  /** Scope groups to read it (any one group in full), as the API's field requires; empty when every reader may. */
  needs: string[][];
}

function inputFieldsOf(target: Function): Map<string, Omit<WrittenField, 'name'>> {
  const classes = new Set<Function>();
  for (let type = target; type && type !== Object; type = Object.getPrototypeOf(type)) classes.add(type);
  const fields = new Map<string, Omit<WrittenField, 'name'>>();
  for (const field of getMetadataStorage().fields) {
    if (!classes.has(field.target) || fields.has(field.name)) continue;
    // The type is read first: type-graphql learns a field is a list only on reading it.
    const type = field.getType();
    fields.set(field.name, { list: Boolean(field.typeOptions.array), date: type === DateScalar, required: !field.typeOptions.nullable });
  }
  return fields;
}

/** Each of `names` once, a name with an anchor moved to just after it. */
export function placedAfter(names: string[], anchors: Map<string, string>): string[] {
  const placed = names.filter((name) => !anchors.has(name));
  for (const [name, anchor] of anchors) placed.splice(placed.indexOf(anchor) + 1, 0, name);
  return placed;
}

const entityFields = [...apiFieldsOf(Profile)];
const inputFields = inputFieldsOf(CreateProfileInput);
const roles = (name: string) => profileFieldRolesOf(Profile, name);

/** The profile's own fields createProfile and updateProfile write, in entity order. */
const written: WrittenField[] = entityFields.filter((name) => inputFields.has(name)).map((name) => ({ name, ...inputFields.get(name)! }));
const isWritten = (name: string) => inputFields.has(name);

const exportAnchors = new Map<string, string>();
const exported = entityFields.filter((name) => {
  const role = roles(name).export;
  if (typeof role === 'object') exportAnchors.set(name, role.after);
  return role === undefined ? isWritten(name) : role !== false;
});

/**
 * The profile's field lists, each derived from the entity, its input and its fields' @ProfileField
 * declarations, so a new field joins them by being declared on both.
 */
export const PROFILE_FIELDS = {
  written,
  /** Fields history records on every profile write. */
  history: entityFields.filter((name) => isWritten(name) || roles(name).history),
  /** Fields a merge may take from either side, with their rules. */
  merge: entityFields.flatMap((name): MergeField[] => {
    const rule = roles(name).merge;
    if (rule === false || (rule === undefined && !isWritten(name))) return [];
    return [{ name, rule: rule ?? {} }];
  }),
  /** The list export's fields in column order. */
  export: placedAfter(exported, exportAnchors).map((name): ExportedField => ({ name, needs: requiredScopesOf(Profile, name) })),
  /** Single values the CSV import takes in a column of their own name. */
  import: written.filter((field) => !field.list && roles(field.name).import !== false),
};
