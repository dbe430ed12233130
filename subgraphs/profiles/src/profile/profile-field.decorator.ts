/**
 * What a profile field says about itself where the entity's metadata cannot tell. A field the
 * profile's input writes is recorded in history, offered as a merge choice, exported and (when a
 * single value) imported unless it says otherwise; any other field takes part only where it says
 * so. The lists are derived in profile-fields.ts.
 */
export interface ProfileFieldRoles {
  /** Recorded in history on every profile write, though no profile input writes it. */
  history?: true;
  /** Offered as a merge choice though no profile input writes it; false keeps an input's field out. */
  merge?: MergeRule | false;
  /**
   * In the list export though no profile input writes it; false keeps an input's field out.
   * `after` places the column after another field's rather than in entity order: files already
   * shared had it there, and their readers find columns by position.
   */
  export?: boolean | { after: string };
  /** False keeps an input's field out of the CSV import columns. */
  import?: false;
}

export interface MergeRule {
  /** The scope needed to take the other profile's value, as writing the field needs it. */
  needs?: { scope: string; refusal: string };
  /** A list: the most entries it holds, as its own input allows, and what makes two entries the same, so BOTH keeps each once. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list field's own entry type
  entries?: { max: number; key: (entry: any) => string };
  /** Columns the choice carries along with the field (VIP status its note). */
  alongside?: string[];
  /** The choice's description in the API. */
  description?: string;
}

const declared = new Map<Function, Map<string, ProfileFieldRoles>>();

export function ProfileField(roles: ProfileFieldRoles): PropertyDecorator {
  return (target, key) => {
    const fields = declared.get(target.constructor) ?? new Map<string, ProfileFieldRoles>();
    fields.set(String(key), roles);
    declared.set(target.constructor, fields);
  };
}

export function profileFieldRolesOf(target: Function, field: string): ProfileFieldRoles {
  return declared.get(target)?.get(field) ?? {};
}
