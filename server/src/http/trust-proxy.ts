/**
 * TRUST_PROXY as express's `trust proxy` setting: how many proxies stand in front (`1` behind one
 * load balancer), `true`, or the addresses and subnets to trust (`loopback`, `10.0.0.0/8`). Given
 * as a string, express would read `1` as the address 0.0.0.1 and trust no one: every client would
 * then have the balancer's address, and share its sign-in rate limit.
 */
export function trustProxySetting(value: string): number | boolean | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
