import { z } from 'zod';
import {
  compareIpAddresses,
  formatIpAddress,
  parseIpAddress,
  type IpAddress,
} from './ipAddress';

/** The addresses an IPAddressPool entry stands for: from `first` to `last`, both included. */
export interface IpAddressBlock {
  readonly family: 4 | 6;
  readonly first: IpAddress;
  readonly last: IpAddress;
}

/** Either the block an entry stands for or what is wrong with it, in plain words. */
export type ParsedIpAddressRange =
  | { readonly ok: true; readonly block: IpAddressBlock }
  | { readonly ok: false; readonly problem: string };

const EXAMPLES =
  'an IP range like 192.168.1.240-192.168.1.250 or a CIDR like 192.168.1.0/24 (IPv6 too)';
const PREFIX_LENGTH = /^(0|[1-9][0-9]{0,2})$/;

function notAnAddress(text: string): ParsedIpAddressRange {
  return {
    ok: false,
    problem: `"${text}" is not an IPv4 or IPv6 address`,
  };
}

function parseRange(text: string): ParsedIpAddressRange {
  const parts = text.split('-');
  if (parts.length !== 2) return { ok: false, problem: `must be ${EXAMPLES}` };
  const [first, last] = parts.map(parseIpAddress);
  if (!first) return notAnAddress(parts[0]);
  if (!last) return notAnAddress(parts[1]);
  if (first.family !== last.family) {
    return {
      ok: false,
      problem: 'start and end must both be IPv4 or both be IPv6',
    };
  }
  if (compareIpAddresses(first, last) > 0) {
    return {
      ok: false,
      problem: `start ${parts[0]} comes after end ${parts[1]}`,
    };
  }
  return { ok: true, block: { family: first.family, first, last } };
}

function parseCidr(text: string): ParsedIpAddressRange {
  const slash = text.indexOf('/');
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const address = parseIpAddress(addressText);
  if (!address) return notAnAddress(addressText);
  const maxPrefix = address.bytes.length * 8;
  if (!PREFIX_LENGTH.test(prefixText) || Number(prefixText) > maxPrefix) {
    return {
      ok: false,
      problem: `prefix length must be a number from 0 to ${maxPrefix} for IPv${address.family}`,
    };
  }
  const prefix = Number(prefixText);
  // Per byte: how many of its bits belong to the network part.
  const networkBits = address.bytes.map((_, i) =>
    Math.min(8, Math.max(0, prefix - i * 8)),
  );
  const hostMask = networkBits.map(bits => 0xff >> bits);
  const first = address.bytes.map((b, i) => b & ~hostMask[i] & 0xff);
  const last = address.bytes.map((b, i) => b | hostMask[i]);
  if (first.some((b, i) => b !== address.bytes[i])) {
    // Go's ParseCIDR would silently widen 192.168.1.5/24 to the whole /24: almost always a typo.
    const network = formatIpAddress({ family: address.family, bytes: first });
    return {
      ok: false,
      problem: `has host bits set: the network is ${network}/${prefix}`,
    };
  }
  return {
    ok: true,
    block: {
      family: address.family,
      first: { family: address.family, bytes: first },
      last: { family: address.family, bytes: last },
    },
  };
}

/**
 * Parses one entry of a MetalLB `IPAddressPool` (`spec.addresses`): a range `start-end` or a CIDR `network/prefix`,
 * IPv4 or IPv6. A bare address is not accepted (MetalLB rejects it too); `/32` or `/128` names a single address.
 */
export function parseIpAddressRange(text: string): ParsedIpAddressRange {
  if (text.includes('/')) return parseCidr(text);
  if (text.includes('-')) return parseRange(text);
  if (parseIpAddress(text)) {
    return {
      ok: false,
      problem: `is a single address: write it as a CIDR (${text}/${
        text.includes(':') ? 128 : 32
      }) or a range`,
    };
  }
  return { ok: false, problem: `must be ${EXAMPLES}` };
}

/** Whether two blocks share at least one address. */
export function ipAddressBlocksOverlap(
  a: IpAddressBlock,
  b: IpAddressBlock,
): boolean {
  return (
    a.family === b.family &&
    compareIpAddresses(a.first, b.last) <= 0 &&
    compareIpAddresses(b.first, a.last) <= 0
  );
}

/** One `IPAddressPool` address entry: an IP range or a CIDR, IPv4 or IPv6. */
const ipAddressRange = z.string().superRefine((text, ctx) => {
  const parsed = parseIpAddressRange(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem });
});

/**
 * The address entries of an `IPAddressPool`: at least one, and no two overlapping (MetalLB refuses a configuration
 * whose CIDRs overlap, which would hand the same address out twice).
 */
export const ipAddressRanges = z
  .array(ipAddressRange)
  .min(1, 'needs at least one address range')
  .superRefine((entries, ctx) => {
    const blocks = entries.map(entry => {
      const parsed = parseIpAddressRange(entry);
      return parsed.ok ? parsed.block : undefined;
    });
    blocks.forEach((block, i) => {
      const earlier = blocks.findIndex(
        (other, j) =>
          j < i && block && other && ipAddressBlocksOverlap(block, other),
      );
      if (earlier >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `overlaps entry ${earlier} (${entries[earlier]})`,
        });
      }
    });
  });
