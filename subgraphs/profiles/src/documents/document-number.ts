import { Column } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { FieldCipher, maskTail } from '@wayfarer/kit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript takes a mixin's base class only with `any[]` arguments
type AbstractClass = abstract new (...args: any[]) => object;

/**
 * Adds the columns of a document number kept encrypted at rest (passports, visas, certificates,
 * insurance policies): the ciphertext, a keyed hash for exact search and duplicate checks,
 * and the tail shown masked to everyone who may read the profile.
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

/** One way to seal, search, reveal and mask every kind of document number. */
export class DocumentNumbers {
  constructor(private readonly cipher: () => FieldCipher) {}

  static normalise(number: string): string {
    return number.replace(/\s+/g, '').toUpperCase();
  }

  /** The keyed hash a stored number of any document kind is found by. */
  hashOf(number: string): string {
    return this.cipher().blindIndex(DocumentNumbers.normalise(number));
  }

  seal(row: EncryptedNumberColumns, number: string): void {
    const normalised = DocumentNumbers.normalise(number);
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
