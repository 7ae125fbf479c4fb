import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { ValidationError } from '../errors';

/**
 * Addresses a webhook must not reach unless the configuration allows it: loopback, private
 * networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified,
 * multicast and their IPv6 counterparts. Checked at creation and again at each connection, on the
 * address actually dialled, so a name that later resolves inside (DNS rebinding) is refused too.
 */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is the IPv4 address in disguise.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return internal.check(mapped[1]!, 'ipv4');
  return internal.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

export const MAX_URL_LENGTH = 2000;

/**
 * Checks a webhook URL: HTTPS (plain HTTP only where internal addresses are allowed), no
 * credentials in it, and a host that is not an internal address unless allowed. Returns it normalised.
 */
export function checkWebhookUrl(raw: string, allowInternal: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw ValidationError.field('url', 'validation.webhookUrl');
  }
  if (raw.length > MAX_URL_LENGTH || url.username || url.password)
    throw ValidationError.field('url', 'validation.webhookUrl');
  if (url.protocol !== 'https:' && !(allowInternal && url.protocol === 'http:'))
    throw ValidationError.field('url', 'validation.webhookHttps');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowInternal && (isInternalAddress(host) || host === 'localhost' || host.endsWith('.localhost')))
    throw ValidationError.field('url', 'validation.webhookInternalAddress');
  return url;
}

/** The error a connection gets when its name resolves to an internal address. */
export class InternalAddressError extends Error {
  constructor(readonly address: string) {
    super(`refused internal address ${address}`);
  }
}

/** A `lookup` for http.request that refuses internal addresses (the connection never opens). */
export function guardedLookup(allowInternal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowInternal ? undefined : addresses.find((a) => isInternalAddress(a.address));
      if (refused) return callback(new InternalAddressError(refused.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}
