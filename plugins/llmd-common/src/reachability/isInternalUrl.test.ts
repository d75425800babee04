import { isInternalUrl } from './isInternalUrl';

describe('isInternalUrl', () => {
  // the cases of KServe's IsInternalURL (router_discovery_filter.go): private IPs and local host suffixes
  it.each([
    ['http://10.0.0.5/team-a/m', true],
    ['http://172.20.1.1/team-a/m', true],
    ['http://192.168.1.10/team-a/m', true],
    ['http://[fd00::1]/team-a/m', true],
    ['http://svc.team-a.svc.cluster.local/team-a/m', true],
    ['http://gw.example.internal/', true],
    ['http://printer.local/', true],
    ['http://localhost:8080/', true],
    ['http://203.0.113.10/team-a/m', false],
    ['http://172.32.0.1/', false],
    ['https://models.apps.example.com/team-a/m', false],
    // loopback is not private in Go's net.IP.IsPrivate: the simulator's loopback listeners count as external
    ['http://127.0.0.1:30080/team-a/m', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isInternalUrl(url)).toBe(expected);
  });
});
