import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DirectiveNode, FieldDefinitionNode, Kind, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { VISIBILITY_SCOPES } from './scopes';

const ROOT = join(__dirname, '../../..');
const ADMIN_SRC = join(ROOT, 'admin/src');

const graphqlFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? graphqlFiles(join(folder, entry.name))
      : entry.name.endsWith('.graphql') && entry.name !== 'api-schema.graphql'
        ? [join(folder, entry.name)]
        : [],
  );

/** `Type.field` → the scopes its `@requiresScopes` asks for, from the composed supergraph. */
function requiredScopes(): Map<string, string[]> {
  const required = new Map<string, string[]>();
  const scopesOf = (directives: readonly DirectiveNode[] | undefined) =>
    directives
      ?.filter((directive) => directive.name.value === 'requiresScopes')
      .flatMap((directive) => {
        const scopes: string[] = [];
        visit(directive, { StringValue: (value) => void scopes.push(value.value) });
        return scopes;
      }) ?? [];
  for (const definition of parse(readFileSync(join(ROOT, 'supergraph.graphql'), 'utf8')).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION)
      continue;
    for (const field of (definition.fields ?? []) as FieldDefinitionNode[])
      required.set(`${definition.name.value}.${field.name.value}`, scopesOf(field.directives));
  }
  return required;
}

it('guards every field the console asks for conditionally with the variable of the scope the field requires', () => {
  const schema = buildSchema(readFileSync(join(ADMIN_SRC, 'graphql/api-schema.graphql'), 'utf8'));
  const required = requiredScopes();
  const guarded: { field: string; variable: string; requires: string[] }[] = [];
  for (const file of graphqlFiles(ADMIN_SRC)) {
    const typeInfo = new TypeInfo(schema);
    visit(
      parse(readFileSync(file, 'utf8')),
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const include = node.directives?.find((directive) => directive.name.value === 'include');
          const condition = include?.arguments?.[0]?.value;
          if (condition?.kind !== Kind.VARIABLE) return;
          const field = `${typeInfo.getParentType()!.name}.${node.name.value}`;
          guarded.push({ field, variable: condition.name.value, requires: required.get(field) ?? [] });
        },
      }),
    );
  }
  expect(guarded.length).toBeGreaterThan(0);
  for (const { field, variable, requires } of guarded) {
    expect({ field, variable, requires }).toEqual({ field, variable, requires: [VISIBILITY_SCOPES[variable as keyof typeof VISIBILITY_SCOPES]] });
  }
});
