/**
 * Search and matching keys: lower case, diacritics removed, punctuation folded to spaces,
 * so "Zoë O'Brien-Núñez" and "zoe o brien nunez" meet. Non-Latin scripts are kept as they are.
 */
export function searchKey(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[ł]/g, 'l')
    .replace(/[^\p{L}\p{N}@.+_-]+/gu, ' ')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
