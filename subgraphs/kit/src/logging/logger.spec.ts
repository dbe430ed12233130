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
});
