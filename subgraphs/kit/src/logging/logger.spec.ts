import { createLogger } from './logger';

describe('createLogger', () => {
  it('writes one JSON line per entry with the service and no personal data, however deep it was passed', () => {
    const lines: string[] = [];
    const logger = createLogger('profiles', 'info', { write: (line: string) => void lines.push(line) });
    logger.info(
      { profileId: 'p-1', input: { givenName: 'Zoë' }, email: 'zoe@example.com', request: { authorization: 'Bearer secret', dateOfBirth: '1984-03-02' } },
      'profile updated',
    );
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'info', service: 'profiles', message: 'profile updated', profileId: 'p-1', request: {} });
    expect(lines[0]).not.toMatch(/Zoë|zoe@example|secret|1984/);
  });

  it('writes the message key once when the logged object has a message of its own', () => {
    const lines: string[] = [];
    const logger = createLogger('gateway', 'info', { write: (line: string) => void lines.push(line) });
    logger.error({ message: 'Variable "$page" got invalid value', code: 'X' }, 'request failed');
    logger.error({ message: 'Subgraph error' });
    expect(lines.map((line) => line.match(/"message":/g)?.length)).toEqual([1, 1]);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ message: 'request failed', detail: 'Variable "$page" got invalid value', code: 'X' }),
      expect.objectContaining({ message: 'Subgraph error' }),
    ]);
  });
});
