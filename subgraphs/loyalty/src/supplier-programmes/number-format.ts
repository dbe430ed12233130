import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { FieldViolation } from '@wayfarer/kit';
import { CheckDigitRule, passesCheckDigit } from './check-digit';

/** What a programme's membership numbers look like; checked against the number with spaces removed and letters upper-cased. */
@ObjectType('MembershipNumberFormat')
@InputType('MembershipNumberFormatInput')
export class MembershipNumberFormat {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(40)
  minLength: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(40)
  maxLength: number;

  @Field(() => String, { nullable: true, description: 'A regular expression the whole number must match, e.g. ^[0-9]{9}$; null: any characters.' })
  @IsOptional()
  @MaxLength(200)
  pattern?: string | null;

  @Field(() => CheckDigitRule)
  @IsEnum(CheckDigitRule)
  checkDigit: CheckDigitRule;
}

/** Why a format cannot be used (lengths the wrong way round, a pattern that is no regular expression), naming the input field. */
export function formatViolations(format: MembershipNumberFormat, field: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (format.minLength > format.maxLength) violations.push({ field: `${field}.minLength`, rule: 'lengthRange', message: 'must not exceed maxLength' });
  if (format.pattern) {
    try {
      new RegExp(format.pattern, 'u');
    } catch {
      violations.push({ field: `${field}.pattern`, rule: 'isRegExp', message: 'must be a regular expression' });
    }
  }
  return violations;
}

/** The first rule of the format a (normalised) number breaks, as a violation of `field`; null when it passes. */
export function numberViolation(format: MembershipNumberFormat, number: string, field: string): FieldViolation | null {
  if (number.length < format.minLength) return { field, rule: 'minLength', message: `must be at least ${format.minLength} characters for this programme` };
  if (number.length > format.maxLength) return { field, rule: 'maxLength', message: `must be at most ${format.maxLength} characters for this programme` };
  if (format.pattern && !new RegExp(`^(?:${format.pattern})$`, 'u').test(number))
    return { field, rule: 'pattern', message: `must match this programme's pattern ${format.pattern}` };
  if (!passesCheckDigit(format.checkDigit, number)) return { field, rule: 'checkDigit', message: `fails this programme's ${format.checkDigit} check digit` };
  return null;
}
