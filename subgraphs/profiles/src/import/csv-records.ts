/** One record of a CSV chunk: its fields, or why it could not be read. */
export interface CsvRecord {
  /** 0-based line in the chunk where the record starts. */
  line: number;
  fields?: string[];
  error?: { rule: string; message: string };
}

export interface CsvChunk {
  records: CsvRecord[];
  /** Physical lines the chunk spans, so the next chunk's line numbers carry on. */
  lines: number;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks). A
 * malformed record is reported by the line it starts on and reading resumes on the next
 * line, so one stray quote costs one row, not the rest of the file. Blank lines are skipped.
 */
export function readCsvChunk(text: string): CsvChunk {
  const records: CsvRecord[] = [];
  const length = text.length;
  let position = 0;
  let line = 0;

  const skipToNextLine = (from: number): void => {
    const next = text.indexOf('\n', from);
    position = next === -1 ? length : next + 1;
  };

  while (position < length) {
    const startLine = line;
    const lineStart = position;
    const fields: string[] = [];
    let field = '';
    let error: CsvRecord['error'];
    for (;;) {
      if (position < length && text.charCodeAt(position) === QUOTE) {
        position++;
        let closed = false;
        let newlines = 0;
        while (position < length) {
          const code = text.charCodeAt(position);
          if (code === QUOTE) {
            if (text.charCodeAt(position + 1) === QUOTE) {
              field += '"';
              position += 2;
              continue;
            }
            position++;
            closed = true;
            break;
          }
          if (code === LF) newlines++;
          field += text[position++];
        }
        if (!closed) {
          error = { rule: 'closedQuote', message: 'a quoted field is not closed' };
          break;
        }
        line += newlines;
        const after = position < length ? text.charCodeAt(position) : LF;
        if (after !== COMMA && after !== LF && after !== CR) {
          error = { rule: 'quoteThenSeparator', message: 'a closing quote must be followed by a comma or the end of the line' };
          break;
        }
      } else {
        const start = position;
        while (position < length) {
          const code = text.charCodeAt(position);
          if (code === COMMA || code === LF || code === CR) break;
          if (code === QUOTE) {
            error = { rule: 'quotedField', message: 'a quote may appear only in a field that starts with one' };
            break;
          }
          position++;
        }
        if (error) break;
        field = text.slice(start, position);
      }
      fields.push(field);
      field = '';
      const code = position < length ? text.charCodeAt(position) : LF;
      if (code === COMMA) {
        position++;
        continue;
      }
      if (code === CR) position++;
      if (position < length && text.charCodeAt(position) === LF) position++;
      line++;
      break;
    }
    if (error) {
      // A stray quote may have run on over later lines; they are read again as rows of their own.
      records.push({ line: startLine, error });
      skipToNextLine(lineStart);
      line = startLine + 1;
    } else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: startLine, fields });
  }
  return { records, lines: line };
}
