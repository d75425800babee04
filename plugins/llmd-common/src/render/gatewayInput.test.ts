import { problemLines } from './__testUtils__/parsedInput';
import { gatewayInputSchema } from './gatewayInput';
import { parseRenderInput } from './inputs/parseRenderInput';

const parse = (raw: unknown) => parseRenderInput(gatewayInputSchema, raw);

const problems = (raw: unknown) => problemLines(parse(raw));

describe('gatewayInputSchema', () => {
  it('defaults to the OpenShift AI shared Gateway, restricted by the opt-in label', () => {
    expect(parse({})).toEqual({
      success: true,
      value: {
        name: 'openshift-ai-inference',
        namespace: 'openshift-ingress',
        gatewayClass: {
          name: 'openshift-ai-inference',
          controllerName: 'openshift.io/gateway-controller/v1',
        },
        allowedNamespaces: { selectorLabel: 'llm-d.ai/gateway-access' },
        listeners: [{ protocol: 'HTTP', port: 80 }],
        labels: {},
      },
    });
  });

  it('accepts a fixed list of namespaces', () => {
    const result = parse({
      allowedNamespaces: { names: ['team-a', 'team-b'] },
    });
    expect(result.success && result.value.allowedNamespaces).toEqual({
      names: ['team-a', 'team-b'],
    });
  });

  it.each<[string, unknown, string[]]>([
    [
      'neither selector label nor names',
      { allowedNamespaces: {} },
      [
        'allowedNamespaces: give selectorLabel (namespaces opt in by label) or names (a fixed list of namespaces)',
      ],
    ],
    [
      'both selector label and names',
      { allowedNamespaces: { selectorLabel: 'a/b', names: ['x'] } },
      ['allowedNamespaces: give either selectorLabel or names, not both'],
    ],
    [
      'an attempt to allow all namespaces',
      { allowedNamespaces: { from: 'All' } },
      [
        'allowedNamespaces.from: unknown field',
        'allowedNamespaces: give selectorLabel (namespaces opt in by label) or names (a fixed list of namespaces)',
      ],
    ],
    [
      'bad and repeated namespace names',
      { allowedNamespaces: { names: ['team-a', 'Team B', 'team-a'] } },
      [
        "allowedNamespaces.names.1: must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
        'allowedNamespaces.names.2: namespace team-a is listed twice',
      ],
    ],
    [
      'an empty namespace list',
      { allowedNamespaces: { names: [] } },
      ['allowedNamespaces.names: needs at least one namespace'],
    ],
    [
      'a bad controller name',
      { gatewayClass: { controllerName: 'istio' } },
      [
        'gatewayClass.controllerName: must be a domain-prefixed path like openshift.io/gateway-controller/v1',
      ],
    ],
    [
      'bad labels',
      { labels: { 'istio.io/rev': 'openshift gateway', '-x': 'y' } },
      [
        "labels.istio.io/rev: must be a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
        "labels.-x: must be a label key: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. llm-d.ai/gateway-access)",
      ],
    ],
    [
      'an HTTPS listener without hostname',
      { listeners: [{ protocol: 'HTTPS', secretName: 'tls' }] },
      [
        'listeners.0.hostname: required for HTTPS: the name the TLS certificate is issued for',
      ],
    ],
    [
      'unknown fields',
      { gatewayClass: { controller: 'x' }, tls: true },
      ['gatewayClass.controller: unknown field', 'tls: unknown field'],
    ],
    ['a non-object', [], ['(input): Expected object, received array']],
  ])('reports %s, naming the field', (_what, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });
});
