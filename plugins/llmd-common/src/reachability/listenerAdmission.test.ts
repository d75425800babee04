import { listenerAdmissions } from './listenerAdmission';

const gateway = {
  metadata: { name: 'shared', namespace: 'openshift-ingress' },
  spec: {
    listeners: [
      { name: 'same', protocol: 'HTTP', port: 80 },
      {
        name: 'all',
        protocol: 'HTTP',
        port: 8080,
        allowedRoutes: { namespaces: { from: 'All' } },
      },
      {
        name: 'selected',
        protocol: 'HTTPS',
        port: 443,
        allowedRoutes: {
          namespaces: {
            from: 'Selector',
            selector: {
              matchLabels: { 'kubernetes.io/metadata.name': 'team-a' },
            },
          },
        },
      },
    ],
  },
};

describe('listenerAdmissions', () => {
  it('judges each listener: Same by default, All, Selector against the labels (with the name label the API server sets)', () => {
    expect(
      listenerAdmissions(gateway, 'team-a', {}).map(a => [
        a.listener,
        a.admitted,
      ]),
    ).toEqual([
      ['same', false],
      ['all', true],
      ['selected', true],
    ]);
  });

  it('judges only the listener sectionName names, and says unknown without labels', () => {
    expect(
      listenerAdmissions(gateway, 'team-b', undefined, 'selected'),
    ).toEqual([
      {
        listener: 'selected',
        admitted: 'unknown',
        rule: 'from: Selector {"matchLabels":{"kubernetes.io/metadata.name":"team-a"}}',
      },
    ]);
    expect(
      listenerAdmissions(gateway, 'openshift-ingress', {}, 'same')[0].admitted,
    ).toBe(true);
    expect(listenerAdmissions(gateway, 'team-a', {}, 'nope')).toEqual([]);
  });
});
