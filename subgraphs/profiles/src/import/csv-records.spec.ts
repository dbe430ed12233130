import { readCsvChunk } from './csv-records';

describe('readCsvChunk', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes and CRLF, counting physical lines', () => {
    const chunk = readCsvChunk('a,"b,c"\r\n"say ""hi""",x\n"two\nlines",y\n\nlast,z');
    expect(chunk.records).toEqual([
      { line: 0, fields: ['a', 'b,c'] },
      { line: 1, fields: ['say "hi"', 'x'] },
      { line: 2, fields: ['two\nlines', 'y'] },
      { line: 5, fields: ['last', 'z'] },
    ]);
    expect(chunk.lines).toBe(6);
  });

  it('reports a malformed row by its line and reads on from the next line', () => {
    const chunk = readCsvChunk('ok,1\n"open,2\nbad"x,3\nab"c,4\nfine,5\n"never closed,5\nafter,6\n');
    expect(chunk.records).toEqual([
      { line: 0, fields: ['ok', '1'] },
      { line: 1, error: { rule: 'quoteThenSeparator', message: expect.any(String) } },
      { line: 2, error: { rule: 'quotedField', message: expect.any(String) } },
      { line: 3, error: { rule: 'quotedField', message: expect.any(String) } },
      { line: 4, fields: ['fine', '5'] },
      { line: 5, error: { rule: 'closedQuote', message: expect.any(String) } },
      { line: 6, fields: ['after', '6'] },
    ]);
    expect(chunk.lines).toBe(7);
  });
});
