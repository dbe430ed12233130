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

export function Classified(classification: Classification): FieldDecorator {
  const extensions = Extensions({ classification });
  if (!AUDITED_ON_READ.has(classification)) return extensions as FieldDecorator;
  const middleware = UseMiddleware(auditRead);
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    extensions(target, key, descriptor as never);
    middleware(target, key, descriptor as never);
  }) as FieldDecorator;
}
