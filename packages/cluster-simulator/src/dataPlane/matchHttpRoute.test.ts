import { KubeObject } from '../types';
import { attachedRoutes } from './attachedRoutes';
import { matchHttpRoute } from './matchHttpRoute';

const gateway = {
  namespace: 'openshift-ingress',
  name: 'openshift-ai-inference',
};

/** An HTTPRoute like KServe's config-llm-router-route, with the parent status a Gateway implementation writes. */
function route(
  namespace: string,
  name: string,
  options: {
    prefix?: string;
    accepted?: 'True' | 'False';
    parent?: string;
  } = {},
): KubeObject {
  const parentRef = {
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    namespace: gateway.namespace,
    name: options.parent ?? gateway.name,
  };
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { namespace, name },
    spec: {
      parentRefs: [parentRef],
      rules: [
        {
          matches: [
            {
              path: {
                type: 'PathPrefix',
                value: options.prefix ?? `/${namespace}/${name}`,
              },
            },
          ],
          filters: [
            {
              type: 'URLRewrite',
              urlRewrite: {
                path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/' },
              },
            },
          ],
          backendRefs: [
            {
              group: 'inference.networking.k8s.io',
              kind: 'InferencePool',
              name: `${name}-inference-pool`,
            },
          ],
        },
      ],
    },
    status: {
      parents: [
        {
          parentRef,
          controllerName: 'openshift.io/gateway-controller/v1',
          conditions: [
            { type: 'Accepted', status: options.accepted ?? 'True' },
          ],
        },
      ],
    },
  };
}

describe('attachedRoutes', () => {
  it('keeps routes naming the Gateway whose parent status says Accepted=True', () => {
    const routes = [
      route('team-a', 'granite'),
      route('team-b', 'refused', { accepted: 'False' }),
      route('team-c', 'elsewhere', { parent: 'other-gateway' }),
    ];
    expect(attachedRoutes(routes, gateway).map(r => r.metadata.name)).toEqual([
      'granite',
    ]);
  });

  it('ignores a route without status (no Gateway implementation has accepted it)', () => {
    const { status: _status, ...unaccepted } = route('team-a', 'granite');
    expect(attachedRoutes([unaccepted as KubeObject], gateway)).toEqual([]);
  });
});

describe('matchHttpRoute', () => {
  const routes = [route('team-a', 'granite'), route('team-a', 'granite-long')];

  it('matches whole path elements and rewrites the prefix to /', () => {
    const match = matchHttpRoute(routes, '/team-a/granite/v1/models');
    expect(match?.route.metadata.name).toBe('granite');
    expect(match?.path).toBe('/v1/models');
    expect(
      matchHttpRoute(routes, '/team-a/granite-long/v1/chat/completions'),
    ).toMatchObject({
      route: { metadata: { name: 'granite-long' } },
      path: '/v1/chat/completions',
    });
    expect(matchHttpRoute(routes, '/team-a/granite')?.path).toBe('/');
    expect(
      matchHttpRoute(routes, '/team-a/granitex/v1/models'),
    ).toBeUndefined();
    expect(matchHttpRoute(routes, '/team-b/granite/v1/models')).toBeUndefined();
  });

  it('prefers the longest prefix, whatever the order of the routes', () => {
    const catchAll = route('team-a', 'catch-all', { prefix: '/' });
    const match = matchHttpRoute(
      [catchAll, ...routes],
      '/team-a/granite/v1/models',
    );
    expect(match?.route.metadata.name).toBe('granite');
    expect(matchHttpRoute([catchAll], '/anything')?.path).toBe('/anything');
  });
});
