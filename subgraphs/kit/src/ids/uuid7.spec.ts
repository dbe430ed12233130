import { isUuid, uuid7 } from './uuid7';

describe('uuid7', () => {
  it('carries the time, version 7 and the RFC 9562 variant', () => {
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
    const id = uuid7(at);
    expect(isUuid(id)).toBe(true);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('sorts by time and does not repeat within a millisecond', () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => uuid7(1_700_000_000_000 + Math.floor(index / 100)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(uuid7(1_700_000_000_001) > uuid7(1_700_000_000_000)).toBe(true);
  });
});
