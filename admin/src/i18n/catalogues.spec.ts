import englishMessages from 'ra-language-english';
import { en } from './en';
import { raZhCN } from './ra-zh-CN';
import { zhCN } from './zh-CN';

type Catalogue = Record<string, unknown>;

const leaves = (catalogue: Catalogue, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(catalogue).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' ? [...leaves(value as Catalogue, `${prefix}${key}.`)] : [[`${prefix}${key}`, String(value)] as const],
    ),
  );

const placeholders = (message: string) => new Set([...message.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]));

const pairs = [
  { name: "react-admin's messages (ra-language-english / ra-zh-CN.ts)", english: englishMessages, chinese: raZhCN },
  { name: 'the console catalogue (en.ts / zh-CN.ts)', english: en, chinese: zhCN },
];

describe.each(pairs)('$name', ({ english, chinese }) => {
  const englishLeaves = leaves(english);
  const chineseLeaves = leaves(chinese);

  it('has every English key in Chinese', () => {
    expect([...englishLeaves.keys()].filter((key) => !chineseLeaves.has(key))).toEqual([]);
  });

  // wayfarer.server words the server's English messages in Chinese; in English the server's own text shows.
  it('has no Chinese key that English lacks', () => {
    expect([...chineseLeaves.keys()].filter((key) => !englishLeaves.has(key) && !key.startsWith('wayfarer.server.'))).toEqual([]);
  });

  it('has a Chinese text for every key', () => {
    expect([...chineseLeaves].filter(([key, message]) => message === '' && englishLeaves.get(key) !== '').map(([key]) => key)).toEqual([]);
  });

  // Polyglot's zh plural rule always picks the first form: a second form would never show.
  it('uses a single plural form in Chinese', () => {
    expect([...chineseLeaves].filter(([, message]) => message.includes('||||')).map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders English uses', () => {
    const mismatches = [...englishLeaves].flatMap(([key, englishMessage]) => {
      const chineseMessage = chineseLeaves.get(key);
      if (chineseMessage === undefined) return [];
      const forms = englishMessage.split('||||').map(placeholders);
      const used = placeholders(chineseMessage);
      // A placeholder English shows in every plural form must show in Chinese; one from any form may.
      const required = [...forms[0]].filter((name) => forms.every((form) => form.has(name)));
      const allowed = new Set(forms.flatMap((form) => [...form]));
      const missing = required.filter((name) => !used.has(name));
      const unknown = [...used].filter((name) => !allowed.has(name));
      return missing.length || unknown.length ? [{ key, missing, unknown }] : [];
    });
    expect(mismatches).toEqual([]);
  });
});
