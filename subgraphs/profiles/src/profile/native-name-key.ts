import { searchKey } from '@wayfarer/kit';

export const NATIVE_NAME_KEY_LENGTH = 320;

/**
 * The prefix-search key of a name in native script, null when it has no letters. NFKD can lengthen
 * a name (a Hangul syllable becomes two or three letters), so the key keeps what fits its column,
 * cut between characters.
 */
export const nativeNameKey = (nativeName: string | null): string | null => [...searchKey(nativeName ?? '')].slice(0, NATIVE_NAME_KEY_LENGTH).join('') || null;
