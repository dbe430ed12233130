import { CheckDigitRule, passesCheckDigit } from './check-digit';

describe('check digits', () => {
  it.each([
    // Luhn: the ISO/IEC 7812 example and well-known test card numbers.
    [CheckDigitRule.LUHN, '79927398713', true],
    [CheckDigitRule.LUHN, '4111111111111111', true],
    [CheckDigitRule.LUHN, '79927398710', false],
    [CheckDigitRule.LUHN, '4111111111111112', false],
    // Mod 7: 1234567 mod 7 = 5, 1000000 mod 7 = 1.
    [CheckDigitRule.MOD7, '12345675', true],
    [CheckDigitRule.MOD7, '10000001', true],
    [CheckDigitRule.MOD7, '12345674', false],
    // GS1 mod 10: EAN-13 4006381333931, UPC-A 036000291452.
    [CheckDigitRule.MOD10, '4006381333931', true],
    [CheckDigitRule.MOD10, '036000291452', true],
    [CheckDigitRule.MOD10, '4006381333932', false],
    [CheckDigitRule.NONE, 'ABC-anything', true],
  ])('%s %s → %s', (rule, number, passes) => {
    expect(passesCheckDigit(rule, number)).toBe(passes);
  });

  it.each([CheckDigitRule.LUHN, CheckDigitRule.MOD7, CheckDigitRule.MOD10])('%s refuses letters and a lone digit', (rule) => {
    expect(passesCheckDigit(rule, '12A4')).toBe(false);
    expect(passesCheckDigit(rule, '0')).toBe(false);
  });

  it('catches every single-digit change that Luhn and GS1 promise to catch', () => {
    for (const [rule, valid] of [
      [CheckDigitRule.LUHN, '79927398713'],
      [CheckDigitRule.MOD10, '4006381333931'],
    ] as const) {
      for (let position = 0; position < valid.length; position += 1) {
        for (let digit = 0; digit <= 9; digit += 1) {
          if (String(digit) === valid[position]) continue;
          expect(passesCheckDigit(rule, `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`)).toBe(false);
        }
      }
    }
  });
});
