import { Extensions, MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from '../server/context';

/**
 * What kind of personal data a field holds. It drives audit of reads now, and masking,
 * export, erasure and log redaction as those arrive.
 */
export enum Classification {
  Contact = 'contact',
  Personal = 'personal',
  Identifier = 'identifier',
  SpecialCategory = 'special',
}

const AUDITED_ON_READ = new Set([Classification.Personal, Classification.Identifier, Classification.SpecialCategory]);

const auditRead: MiddlewareFn<SubgraphContext> = async ({ root, info, context }, next) => {
  const value = await next();
  if (value !== null && value !== undefined && root && typeof root === 'object' && 'id' in root) {
    context.audit.read(info.parentType.name, String((root as { id: unknown }).id), info.fieldName);
  }
  return value;
};

type FieldDecorator = MethodDecorator & PropertyDecorator;

const classifications = new Map<Function, Map<string, Classification>>();

/** The classified fields of a class (and its parents), for redaction, export and erasure. */
export function classificationsOf(target: Function): Map<string, Classification> {
  const result = new Map<string, Classification>();
  for (let type = target; type && type !== Object.prototype.constructor; type = Object.getPrototypeOf(type)) {
    for (const [field, classification] of classifications.get(type) ?? []) if (!result.has(field)) result.set(field, classification);
  }
  return result;
}

export function Classified(classification: Classification): FieldDecorator {
  const extensions = Extensions({ classification });
  const auditReads = AUDITED_ON_READ.has(classification) ? UseMiddleware(auditRead) : null;
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    const fields = classifications.get(target.constructor) ?? new Map<string, Classification>();
    fields.set(String(key), classification);
    classifications.set(target.constructor, fields);
    extensions(target, key, descriptor as never);
    auditReads?.(target, key, descriptor as never);
  }) as FieldDecorator;
}
