/** react-admin choices for enum values, each named by its translation key `<prefix>.<value>`. */
export const choices = <T extends string>(prefix: string, ids: readonly T[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));
