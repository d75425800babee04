import { problemLines } from './__testUtils__/parsedInput';
import { parseRenderInput } from './inputs/parseRenderInput';
import { metallbInputSchema } from './metallbInput';

const parse = (raw: unknown) => parseRenderInput(metallbInputSchema, raw);

const problems = (raw: unknown) => problemLines(parse(raw));

const addresses = ['192.168.1.240-192.168.1.250'];
const bgp = { myASN: 64500, peerASN: 64501, peerAddress: '10.0.0.1' };

describe('metallbInputSchema', () => {
  it('defaults to an L2 pool llm-d-pool with the operator install', () => {
    expect(parse({ addresses })).toEqual({
      success: true,
      value: {
        poolName: 'llm-d-pool',
        addresses,
        installOperator: true,
        mode: 'l2',
      },
    });
  });

  it('keeps the BGP session in bgp mode', () => {
    const result = parse({
      addresses,
      mode: 'bgp',
      bgp,
      installOperator: false,
    });
    expect(result).toEqual({
      success: true,
      value: {
        poolName: 'llm-d-pool',
        addresses,
        installOperator: false,
        mode: 'bgp',
        bgp,
      },
    });
  });

  it('accepts 4-byte AS numbers and IPv6 peers', () => {
    expect(
      parse({
        addresses: ['fd00:10::/120'],
        mode: 'bgp',
        bgp: { myASN: 4294967295, peerASN: 1, peerAddress: 'fd00::1' },
      }).success,
    ).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    ['missing addresses', {}, ['addresses: Required']],
    [
      'no addresses',
      { addresses: [] },
      ['addresses: needs at least one address range'],
    ],
    [
      'bad address entries',
      {
        addresses: [
          '192.168.1.250-192.168.1.240',
          '10.0.0.0/33',
          '10.0.0.1',
          'fd00::1/64',
        ],
      },
      [
        'addresses.0: start 192.168.1.250 comes after end 192.168.1.240',
        'addresses.1: prefix length must be a number from 0 to 32 for IPv4',
        'addresses.2: is a single address: write it as a CIDR (10.0.0.1/32) or a range',
        'addresses.3: has host bits set: the network is fd00::/64',
      ],
    ],
    [
      'overlapping entries',
      { addresses: ['10.0.0.0/24', '10.0.0.10-10.0.0.20'] },
      ['addresses.1: overlaps entry 0 (10.0.0.0/24)'],
    ],
    [
      'bgp mode without a BGP session',
      { addresses, mode: 'bgp' },
      [
        'bgp: required when mode is bgp: myASN, peerASN and peerAddress of the router',
      ],
    ],
    [
      'a BGP session in l2 mode',
      { addresses, bgp },
      ['bgp: only allowed when mode is bgp (mode is l2)'],
    ],
    [
      'bad AS numbers and peer address',
      {
        addresses,
        mode: 'bgp',
        bgp: { myASN: 0, peerASN: 4294967296.5, peerAddress: '10.0.0.256' },
      },
      [
        'bgp.myASN: must be a whole number from 1 to 4294967295',
        'bgp.peerASN: must be a whole number from 1 to 4294967295',
        'bgp.peerAddress: must be an IPv4 or IPv6 address, like 10.0.0.1 or fd00::1',
      ],
    ],
    [
      'an AS number given as text',
      { addresses, mode: 'bgp', bgp: { ...bgp, myASN: '64500' } },
      ['bgp.myASN: must be a number'],
    ],
    [
      'a missing peer address',
      { addresses, mode: 'bgp', bgp: { myASN: 1, peerASN: 2 } },
      ['bgp.peerAddress: Required'],
    ],
    [
      'an unknown mode',
      { addresses, mode: 'arp' },
      ['mode: must be l2 or bgp'],
    ],
    [
      'a bad pool name',
      { addresses, poolName: 'LLM pool' },
      [
        "poolName: must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
      ],
    ],
    [
      'unknown fields',
      { addresses, autoAssign: true, bgp: undefined, installOperator: 'yes' },
      [
        'installOperator: Expected boolean, received string',
        'autoAssign: unknown field',
      ],
    ],
    ['a non-object', null, ['(input): Expected object, received null']],
  ])('reports %s, naming the field', (_what, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });
});
