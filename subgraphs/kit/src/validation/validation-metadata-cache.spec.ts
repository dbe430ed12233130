import 'reflect-metadata';
import { getMetadataStorage, IsEmail, IsOptional, Length, validateSync, ValidateNested } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class ContactInput {
  @IsEmail()
  address: string;
}

class TravellerInput {
  @Length(1, 10)
  name: string;

  @Length(1, 3, { groups: ['short'] })
  code: string;

  @IsOptional()
  @ValidateNested({ each: true })
  contacts?: ContactInput[];
}

class VipTravellerInput extends TravellerInput {
  @Length(1, 5)
  note: string;
}

const failedRules = (input: object, groups?: string[]) =>
  validateSync(input, { groups, forbidUnknownValues: false }).flatMap((error) => [
    ...Object.keys(error.constraints ?? {}).map((rule) => `${error.property}:${rule}`),
    ...(error.children ?? []).flatMap((child) =>
      (child.children ?? []).flatMap((grandchild) =>
        Object.keys(grandchild.constraints ?? {}).map((rule) => `${error.property}.${child.property}.${grandchild.property}:${rule}`),
      ),
    ),
  ]);

const traveller = (values: Partial<VipTravellerInput>, kind: typeof TravellerInput = VipTravellerInput) => Object.assign(new kind(), values);
const contact = (address: string) => Object.assign(new ContactInput(), { address });

describe('cacheValidationMetadata', () => {
  const cases: [string, object, string[] | undefined][] = [
    ['a valid record', traveller({ name: 'Ana', code: 'AB', note: 'vip', contacts: [contact('ana@example.com')] }), undefined],
    ['an inherited rule broken', traveller({ name: 'Ana-Maria-Lopez', code: 'ABCD', note: 'a note too long', contacts: [] }), undefined],
    ['a nested rule broken', traveller({ name: 'Ana', code: 'AB', note: 'vip', contacts: [contact('not an address')] }), undefined],
    ['a group rule asked for', traveller({ name: 'Ana-Maria-Lopez', code: 'ABCD', note: 'vip' }), ['short']],
    ['the parent class alone', traveller({ name: 'Ana-Maria-Lopez', code: 'ABCD' }, TravellerInput), undefined],
  ];

  it('finds the same broken rules as the uncached lookup, for subclasses, nested objects and groups', () => {
    const uncached = cases.map(([, input, groups]) => failedRules(input, groups));
    expect(uncached[1]).toEqual(expect.arrayContaining(['name:isLength', 'note:isLength']));
    expect(uncached[2]).toEqual(['contacts.0.address:isEmail']);
    expect(uncached[3]).toEqual(['code:isLength']);
    cacheValidationMetadata();
    cacheValidationMetadata();
    expect(cases.map(([, input, groups]) => failedRules(input, groups))).toEqual(uncached);
  });

  it('answers a class and its options from the cache after the first lookup', () => {
    cacheValidationMetadata();
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(VipTravellerInput, '', false, false, undefined);
    expect(storage.getTargetValidationMetadatas(VipTravellerInput, '', false, false, undefined)).toBe(first);
    expect(storage.getTargetValidationMetadatas(VipTravellerInput, '', false, false, ['short'])).not.toBe(first);
    expect(first.map((rule) => rule.propertyName)).toEqual(expect.arrayContaining(['name', 'note', 'contacts']));
  });
});
