import {
  ipAddressBlocksOverlap,
  ipAddressRanges,
  parseIpAddressRange,
} from './ipAddressRange';
import { formatIpAddress } from './ipAddress';

function bounds(text: string): [string, string] | string {
  const parsed = parseIpAddressRange(text);
  return parsed.ok
    ? [formatIpAddress(parsed.block.first), formatIpAddress(parsed.block.last)]
    : parsed.problem;
}

describe('parseIpAddressRange', () => {
  it.each([
    ['192.168.1.240-192.168.1.250', ['192.168.1.240', '192.168.1.250']],
    ['10.0.0.5-10.0.0.5', ['10.0.0.5', '10.0.0.5']],
    ['192.168.1.0/24', ['192.168.1.0', '192.168.1.255']],
    ['10.6.0.81/32', ['10.6.0.81', '10.6.0.81']],
    ['0.0.0.0/0', ['0.0.0.0', '255.255.255.255']],
    [
      'fc00:f853:ccd:e799::/124',
      ['fc00:f853:ccd:e799::', 'fc00:f853:ccd:e799::f'],
    ],
    ['fd00::10-fd00::20', ['fd00::10', 'fd00::20']],
    ['2001:db8::/32', ['2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff']],
  ])('reads %s', (text, expected) => {
    expect(bounds(text)).toEqual(expected);
  });

  it.each([
    [
      '192.168.1.250-192.168.1.240',
      'start 192.168.1.250 comes after end 192.168.1.240',
    ],
    ['10.0.0.1-fd00::1', 'start and end must both be IPv4 or both be IPv6'],
    ['10.0.0.1-10.0.0.300', '"10.0.0.300" is not an IPv4 or IPv6 address'],
    ['10.0.0.1 - 10.0.0.2', '"10.0.0.1 " is not an IPv4 or IPv6 address'],
    [
      '10.0.0.1-10.0.0.2-10.0.0.3',
      expect.stringContaining('must be an IP range'),
    ],
    ['192.168.1.0/33', 'prefix length must be a number from 0 to 32 for IPv4'],
    ['fd00::/129', 'prefix length must be a number from 0 to 128 for IPv6'],
    ['192.168.1.0/024', expect.stringContaining('prefix length')],
    ['192.168.1.0/', expect.stringContaining('prefix length')],
    ['192.168.1.5/24', 'has host bits set: the network is 192.168.1.0/24'],
    ['fd00::1/64', 'has host bits set: the network is fd00::/64'],
    [
      '10.0.0.1',
      'is a single address: write it as a CIDR (10.0.0.1/32) or a range',
    ],
    [
      'fd00::1',
      'is a single address: write it as a CIDR (fd00::1/128) or a range',
    ],
    ['', expect.stringContaining('must be an IP range')],
    ['pool', expect.stringContaining('must be an IP range')],
  ])('rejects %j', (text, problem) => {
    expect(bounds(text)).toEqual(problem);
  });
});

describe('ipAddressRanges', () => {
  it('finds overlaps across ranges and CIDRs, but not across families', () => {
    const result = ipAddressRanges.safeParse([
      '192.168.1.0/24',
      'fd00::/120',
      '192.168.1.250-192.168.2.10',
      '192.168.3.0-192.168.3.9',
      '192.168.3.9/32',
    ]);
    expect(result.success).toBe(false);
    expect(
      !result.success &&
        result.error.issues.map(i => [i.path.join('.'), i.message]),
    ).toEqual([
      ['2', 'overlaps entry 0 (192.168.1.0/24)'],
      ['4', 'overlaps entry 3 (192.168.3.0-192.168.3.9)'],
    ]);
  });

  it('accepts adjacent blocks and needs at least one', () => {
    expect(
      ipAddressRanges.safeParse(['10.0.0.0/25', '10.0.0.128-10.0.0.200'])
        .success,
    ).toBe(true);
    expect(ipAddressRanges.safeParse([]).success).toBe(false);
  });

  it('compares blocks only within a family', () => {
    const v4 = parseIpAddressRange('0.0.0.0/0');
    const v6 = parseIpAddressRange('::/0');
    expect(v4.ok && v6.ok && ipAddressBlocksOverlap(v4.block, v6.block)).toBe(
      false,
    );
  });
});
