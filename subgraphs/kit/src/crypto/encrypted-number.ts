import { Column } from 'typeorm';
import { ClassType, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Classification, Classified } from '../audit/classification';
import { RequiresScopes } from '../auth/authorization';
import type { Scope } from '@wayfarer/registry';
import { FieldCipher, maskTail } from './field-cipher';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript takes a mixin's base class only with `any[]` arguments
type AbstractClass = abstract new (...args: any[]) => object;

/**
 * Adds the columns of a number kept encrypted at rest (travel documents, loyalty memberships):
 * the ciphertext, a keyed hash for exact search and duplicate checks, and the tail shown masked
 * to everyone who may read the record.
 */
export function withEncryptedNumber<Base extends AbstractClass>(base: Base) {
  // An object type (never in the schema itself) so subclasses keep the GraphQL fields of `base`.
  @ObjectType()
  abstract class WithEncryptedNumber extends base {
    /** AES-256-GCM, `keyId:iv:tag:ciphertext`; see FieldCipher. */
    @Column({ name: 'number_encrypted', type: 'varchar', length: 255 })
    numberEncrypted: string;

    /** Keyed hash of the normalised number: exact search and duplicate checks without the clear value. */
    @Column({ name: 'number_hash', type: 'varchar', length: 64 })
    numberHash: string;

    @Column({ name: 'number_tail', type: 'varchar', length: 4 })
    numberTail: string;
  }
  return WithEncryptedNumber;
}

export abstract class EncryptedNumberColumns extends withEncryptedNumber(class {}) {}

const TAIL_LENGTH = 3;

/** One way to seal, search, reveal and mask every kind of number kept encrypted at rest. */
export class EncryptedNumbers {
  constructor(private readonly cipher: () => FieldCipher) {}

  static normalise(number: string): string {
    return number.replace(/\s+/g, '').toUpperCase();
  }

  /** The keyed hash a stored number is found by. */
  hashOf(number: string): string {
    return this.cipher().blindIndex(EncryptedNumbers.normalise(number));
  }

  seal(row: EncryptedNumberColumns, number: string): void {
    const normalised = EncryptedNumbers.normalise(number);
    row.numberEncrypted = this.cipher().encrypt(normalised);
    row.numberHash = this.cipher().blindIndex(normalised);
    row.numberTail = normalised.slice(-TAIL_LENGTH);
  }

  reveal(row: EncryptedNumberColumns): string {
    return this.cipher().decrypt(row.numberEncrypted);
  }

  masked(row: EncryptedNumberColumns): string {
    return maskTail(row.numberTail, row.numberTail.length);
  }
}

export interface EncryptedNumberFields {
  /** Description of `numberMasked`, readable by everyone who may read the record. */
  masked: string;
  /** Description of `number`, the full number. */
  full: string;
  /** The scope that reveals the full number; each read of it is audited (Classification.Identifier). */
  revealScope: Scope;
}

/**
 * `numberMasked` and `number` for one type. Call once per type at module level:
 * type-graphql keeps the decorators' metadata for the life of the process.
 */
export function encryptedNumberResolver<T extends EncryptedNumberColumns>(type: ClassType<T>, fields: EncryptedNumberFields) {
  @Resolver(() => type)
  class EncryptedNumberResolver {
    constructor(readonly numbers: EncryptedNumbers) {}

    @FieldResolver(() => String, { description: fields.masked })
    numberMasked(@Root() row: T): string {
      return this.numbers.masked(row);
    }

    @FieldResolver(() => String, { nullable: true, description: fields.full })
    @RequiresScopes([fields.revealScope])
    @Classified(Classification.Identifier)
    number(@Root() row: T): string {
      return this.numbers.reveal(row);
    }
  }
  return EncryptedNumberResolver;
}
