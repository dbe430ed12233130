import type { IntrospectionEnumType, IntrospectionInputObjectType, IntrospectionInputValue, IntrospectionSchema, IntrospectionTypeRef } from 'graphql';
import introspection from './introspection.json';

/** The composed schema the console ships with, read where the console needs a list the API already defines. */
const schema = introspection.__schema as unknown as IntrospectionSchema;

export const namedTypeOf = (type: IntrospectionTypeRef): string | undefined =>
  'ofType' in type && type.ofType ? namedTypeOf(type.ofType) : 'name' in type ? type.name : undefined;

export const isListType = (type: IntrospectionTypeRef): boolean => type.kind === 'LIST' || (type.kind === 'NON_NULL' && isListType(type.ofType));

export const enumValuesOf = (name: string): string[] =>
  (schema.types.find((type): type is IntrospectionEnumType => type.kind === 'ENUM' && type.name === name)?.enumValues ?? []).map((value) => value.name);

export const inputFieldsOf = (name: string): readonly IntrospectionInputValue[] =>
  schema.types.find((type): type is IntrospectionInputObjectType => type.kind === 'INPUT_OBJECT' && type.name === name)?.inputFields ?? [];
