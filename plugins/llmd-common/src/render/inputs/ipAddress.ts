import { z } from 'zod';

/** An IP address as big-endian bytes (4 for IPv4, 16 for IPv6), so that addresses compare byte by byte. */
export interface IpAddress {
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
}

// No leading zeros: Go's net.ParseIP (which MetalLB uses) rejects them since Go 1.17, as they once meant octal.
const IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every(part => IPV4_OCTET.test(part))) {
    return undefined;
  }
  const bytes = parts.map(Number);
  return bytes.every(b => b <= 255) ? bytes : undefined;
}

function parseIpv6Groups(part: string): number[] | undefined {
  if (part === '') return [];
  const groups = part.split(':');
  if (!groups.every(g => IPV6_GROUP.test(g))) return undefined;
  return groups.map(g => parseInt(g, 16));
}

function parseIpv6(text: string): number[] | undefined {
  // An embedded IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  let hex = text;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    const high = ((v4[0] << 8) | v4[1]).toString(16);
    const low = ((v4[2] << 8) | v4[3]).toString(16);
    hex = `${text.slice(0, lastColon + 1)}${high}:${low}`;
  }
  const halves = hex.split('::');
  if (halves.length > 2) return undefined;
  const left = parseIpv6Groups(halves[0]);
  const right = halves.length === 2 ? parseIpv6Groups(halves[1]) : [];
  if (!left || !right) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    // '::' must stand for at least one group of zeros.
    if (left.length + right.length > 7) return undefined;
    const zeros = new Array(8 - left.length - right.length).fill(0);
    groups = [...left, ...zeros, ...right];
  } else {
    if (left.length !== 8) return undefined;
    groups = left;
  }
  return groups.flatMap(g => [g >> 8, g & 0xff]);
}

/** Parses an IPv4 (`10.0.0.1`) or IPv6 (`fd00::1`, `::ffff:10.0.0.1`) address; undefined when it is not one. */
export function parseIpAddress(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const bytes = parseIpv6(text);
    return bytes && { family: 6, bytes };
  }
  const bytes = parseIpv4(text);
  return bytes && { family: 4, bytes };
}

/** Orders two addresses of the same family: negative when `a` comes first, 0 when equal. */
export function compareIpAddresses(a: IpAddress, b: IpAddress): number {
  for (let i = 0; i < a.bytes.length; i++) {
    if (a.bytes[i] !== b.bytes[i]) return a.bytes[i] - b.bytes[i];
  }
  return 0;
}

/** Writes an address in its canonical text form (RFC 5952 for IPv6: lower case, longest zero run as `::`). */
export function formatIpAddress(address: IpAddress): string {
  if (address.family === 4) return address.bytes.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) {
    groups.push((address.bytes[i] << 8) | address.bytes[i + 1]);
  }
  let bestStart = -1;
  let bestLength = 1; // a single zero group is not compressed
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = (part: number[]) => part.map(g => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(
    groups.slice(bestStart + bestLength),
  )}`;
}

/** An IPv4 or IPv6 address, e.g. a BGP peer. */
export const ipAddress = z
  .string()
  .refine(
    text => parseIpAddress(text) !== undefined,
    'must be an IPv4 or IPv6 address, like 10.0.0.1 or fd00::1',
  );
