import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a subgraph identifies itself when it calls the gateway: `service.timestamp.hmac`,
 * accepted for a minute either side of the gateway's clock.
 */
const FRESH_SECONDS = 60;

export function createServiceToken(service: string, secret: string, now = Math.floor(Date.now() / 1000)): string {
  const body = `${service}.${now}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export function verifyServiceToken(token: string, secret: string, now = Math.floor(Date.now() / 1000)): string | null {
  const [service, issued, mac] = token.split('.');
  if (!service || !issued || !mac || !/^\d+$/.test(issued)) return null;
  if (Math.abs(now - Number(issued)) > FRESH_SECONDS) return null;
  const expected = createHmac('sha256', secret).update(`${service}.${issued}`).digest();
  const given = Buffer.from(mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? service : null;
}
