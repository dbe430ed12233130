import { searchKey } from './normalise';

describe('searchKey', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(searchKey("  Zoë O'Brien-Núñez ")).toBe('zoe o brien nunez');
    expect(searchKey('Łukasz Størmer Straße')).toBe('lukasz stormer strasse');
  });

  it('keeps e-mail characters and non-Latin scripts', () => {
    expect(searchKey('Anna.Smith+trips@Example.com')).toBe('anna.smith+trips@example.com');
    expect(searchKey('王 小明')).toBe('王 小明');
  });
});
