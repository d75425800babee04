import fc from 'fast-check';
import {
  compareIpAddresses,
  formatIpAddress,
  ipAddress,
  parseIpAddress,
} from './ipAddress';

describe('parseIpAddress', () => {
  it.each([
    ['10.0.0.1', 4, [10, 0, 0, 1]],
    ['0.0.0.0', 4, [0, 0, 0, 0]],
    ['255.255.255.255', 4, [255, 255, 255, 255]],
  ])('reads IPv4 %s', (text, family, bytes) => {
    expect(parseIpAddress(text)).toEqual({ family, bytes });
  });

  it.each([
    ['::', '::'],
    ['::1', '::1'],
    ['fd00::1', 'fd00::1'],
    ['FD00:0:0:0:0:0:0:1', 'fd00::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['1:0:2:3:4:5:6:7', '1:0:2:3:4:5:6:7'],
  ])('reads IPv6 %s (canonical %s)', (text, canonical) => {
    const parsed = parseIpAddress(text);
    expect(parsed?.family).toBe(6);
    expect(parsed?.bytes).toHaveLength(16);
    expect(formatIpAddress(parsed!)).toBe(canonical);
  });

  it.each([
    '',
    '10.0.0',
    '10.0.0.1.2',
    '10.0.0.256',
    '10.0.0.01',
    '10.0.0.-1',
    ' 10.0.0.1',
    '1.2.3.4:80',
    ':::',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1:2:3:4::5:6:7:8',
    '12345::',
    'fd00::1%eth0',
    'g::1',
    '::1.2.3',
    'localhost',
  ])('rejects %j', text => {
    expect(parseIpAddress(text)).toBeUndefined();
    expect(ipAddress.safeParse(text).success).toBe(false);
  });

  it('round-trips every address through its canonical form', () => {
    const v4 = fc.array(fc.integer({ min: 0, max: 255 }), {
      minLength: 4,
      maxLength: 4,
    });
    const v6 = fc.array(
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 255 })),
      { minLength: 16, maxLength: 16 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          v4.map(bytes => ({ family: 4 as const, bytes })),
          v6.map(bytes => ({ family: 6 as const, bytes })),
        ),
        address => {
          const parsed = parseIpAddress(formatIpAddress(address));
          expect(parsed).toEqual(address);
          expect(compareIpAddresses(parsed!, address)).toBe(0);
        },
      ),
    );
  });

  it('orders addresses byte by byte', () => {
    const a = parseIpAddress('10.0.0.9')!;
    const b = parseIpAddress('10.0.0.10')!;
    expect(compareIpAddresses(a, b)).toBeLessThan(0);
    expect(compareIpAddresses(b, a)).toBeGreaterThan(0);
  });
});
