import { createHash, randomUUID } from 'node:crypto';

/** RFC 9562 layout: 48-bit Unix milliseconds, version 7, variant, then the rest of `bytes`. */
function asUuid7(bytes: Buffer, milliseconds: number): string {
  bytes.writeUIntBE(milliseconds, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * RFC 9562 UUIDv7: 48-bit Unix milliseconds, then random bits; sorts by creation time. The
 * random bits are a v4 UUID's (version and variant in the same places): randomUUID draws from
 * a pooled buffer at a fraction of randomBytes(16)'s cost per id, which bulk writes of history rows feel.
 */
export function uuid7(now: number = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}

const DEMO_EPOCH = Date.UTC(2025, 0, 1);

/** Demo records that other subgraphs' demo data refers to: travellers by number, staff by username. */
export type DemoRecord = { kind: 'traveller'; index: number } | { kind: 'staff'; username: string };

/**
 * A demo record's id, the same on every run and in every subgraph, so one subgraph's demo data
 * can refer to another's (demo corporate accounts to demo travellers and staff).
 */
export function demoId(record: DemoRecord): string {
  const key = record.kind === 'traveller' ? record.index : record.username;
  return asUuid7(createHash('sha256').update(`${record.kind}:${key}`).digest().subarray(0, 16), DEMO_EPOCH + (record.kind === 'traveller' ? record.index : 0));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
