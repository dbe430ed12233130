import { Length, Matches } from 'class-validator';

/**
 * A list's free-text search: 1 to `maxLength` characters, at least one of them a letter or a digit.
 * Punctuation and spaces fold away in search keys (or match as themselves), so a search of nothing
 * else would list everything or nothing; it is refused like an empty one, with the rule named.
 */
export function SearchText(maxLength = 100): PropertyDecorator {
  const rules = [Length(1, maxLength), Matches(/[\p{L}\p{N}]/u, { message: 'must contain a letter or a digit' })];
  return (target, property) => rules.forEach((rule) => rule(target, property as string));
}
