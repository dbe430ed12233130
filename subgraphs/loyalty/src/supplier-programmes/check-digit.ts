import { registerEnumType } from 'type-graphql';

export enum CheckDigitRule {
  NONE = 'NONE',
  LUHN = 'LUHN',
  MOD7 = 'MOD7',
  MOD10 = 'MOD10',
}
registerEnumType(CheckDigitRule, {
  name: 'CheckDigitRule',
  description: 'How the last digit of a membership number checks the others.',
  valuesConfig: {
    NONE: { description: 'No check digit (or none the programme publishes).' },
    LUHN: { description: 'Luhn (ISO/IEC 7812-1), as payment cards.' },
    MOD7: { description: 'The number before the last digit, divided by 7: the remainder (IATA ticket and air waybill numbers).' },
    MOD10: { description: 'GS1 modulo 10, weights 3 and 1 from the right (EAN/UPC).' },
  },
});

const digitsOf = (body: string) => [...body].map(Number);

/** The check digit each rule computes over the digits before it. */
const CHECK_DIGIT: Record<Exclude<CheckDigitRule, CheckDigitRule.NONE>, (body: string) => number> = {
  [CheckDigitRule.LUHN]: (body) => {
    const sum = digitsOf(body)
      .reverse()
      .reduce((total, digit, index) => {
        const weighted = index % 2 === 0 ? digit * 2 : digit;
        return total + (weighted > 9 ? weighted - 9 : weighted);
      }, 0);
    return (10 - (sum % 10)) % 10;
  },
  [CheckDigitRule.MOD7]: (body) => digitsOf(body).reduce((remainder, digit) => (remainder * 10 + digit) % 7, 0),
  [CheckDigitRule.MOD10]: (body) => {
    const sum = digitsOf(body)
      .reverse()
      .reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 3 : 1), 0);
    return (10 - (sum % 10)) % 10;
  },
};

/** Whether a number passes its rule: all digits, at least two, the last the check digit of the others. */
export function passesCheckDigit(rule: CheckDigitRule, number: string): boolean {
  if (rule === CheckDigitRule.NONE) return true;
  if (!/^\d{2,}$/.test(number)) return false;
  return CHECK_DIGIT[rule](number.slice(0, -1)) === Number(number.slice(-1));
}
