import {
  type LlmdClusterCacheMock,
  llmdClusterCacheMock,
} from '@llmd/plugin-llmd-node/testUtils';
import type { KubeObject } from '@llmd/plugin-llmd-node';
import {
  granite,
  PD_EPP_CONFIG,
  qwenPd,
  teamAGateway,
} from '../__testUtils__/testObjects';
import { ModelProber } from '../reachability/ModelProber';
import { FleetView } from './FleetView';

const programmed = { type: 'Programmed', status: 'True' };
const gateway = {
  ...teamAGateway,
  status: { ...teamAGateway.status, conditions: [programmed] },
};

/** A model whose EPP config lives in the ConfigMap `<name>-epp` of its namespace. */
const withConfigMap = (name: string) => ({
  ...qwenPd,
  metadata: { name, namespace: 'team-a' },
  spec: {
    ...qwenPd.spec,
    router: {
      ...qwenPd.spec.router,
      scheduler: { config: { ref: { name: `${name}-epp` } } },
    },
  },
});
const configMap = (name: string, text: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'team-a' },
  data: { epp: text },
});

function setup(objects: object[] = [gateway, granite, qwenPd]) {
  const cache = llmdClusterCacheMock({
    // CRDs unreadable: the diagnosis takes the served kinds' access as the evidence that they are installed
    clusters: ['prod', 'dev'].map(name => ({
      name,
      kindAccess: {
        CustomResourceDefinition: { state: 'forbidden', permission: 'list' },
      },
    })),
    objects: ['prod', 'dev'].flatMap(cluster =>
      objects.map(object => ({ cluster, object })),
    ),
  });
  const prober = new ModelProber({ cache, probeConfigs: new Map() });
  const view = new FleetView({ cache, prober });
  const summary = (cluster: string, name: string) => {
    view.flush();
    return [...view.all()].find(
      e => e.cluster === cluster && e.name === name && e.summary,
    )?.summary;
  };
  return { cache, view, summary };
}

const put = (cache: LlmdClusterCacheMock, cluster: string, object: object) =>
  cache.put(cluster, object as KubeObject);

describe('FleetView', () => {
  it('keeps a summary while nothing it read changed, and re-evaluates only what a change reaches', () => {
    const { cache, view, summary } = setup();
    const first = summary('prod', 'granite-8b');
    expect(first).toMatchObject({ name: 'granite-8b', ready: true });
    const version = view.version;
    expect(summary('prod', 'granite-8b')).toBe(first);
    expect(view.version).toBe(version);

    // the model on another cluster changes: prod's summaries stay the same objects
    const others = [summary('prod', 'qwen-pd'), summary('dev', 'qwen-pd')];
    put(cache, 'dev', { ...granite, spec: { ...granite.spec, replicas: 5 } });
    expect(summary('dev', 'granite-8b')?.replicas).toEqual({ decode: 5 });
    expect(summary('prod', 'granite-8b')).toBe(first);
    expect([summary('prod', 'qwen-pd'), summary('dev', 'qwen-pd')]).toEqual(
      others,
    );
    expect(summary('prod', 'qwen-pd')).toBe(others[0]);
    expect(view.version).toBeGreaterThan(version);
  });

  it('re-evaluates the models of a Gateway when it changes (losing its address), not the others', () => {
    const { cache, summary } = setup();
    const before = summary('prod', 'granite-8b');
    const dev = summary('dev', 'granite-8b');
    expect(before?.reachability?.step).not.toBe('gateway-address');
    put(cache, 'prod', { ...gateway, status: { conditions: [programmed] } });
    expect(summary('prod', 'granite-8b')?.reachability).toMatchObject({
      verdict: 'unreachable',
      step: 'gateway-address',
    });
    expect(summary('dev', 'granite-8b')).toBe(dev);
  });

  it('re-evaluates a model when it changes itself, and drops it when deleted', () => {
    const { cache, summary } = setup();
    put(cache, 'prod', {
      ...granite,
      metadata: {
        ...granite.metadata,
        annotations: {
          ...granite.metadata.annotations,
          'serving.kserve.io/stop': 'true',
        },
      },
    });
    expect(summary('prod', 'granite-8b')?.reachability?.verdict).toBe(
      'unreachable',
    );
    cache.delete('prod', granite as KubeObject);
    expect(summary('prod', 'granite-8b')).toBeUndefined();
    expect(summary('dev', 'granite-8b')).toBeDefined();
  });

  it("follows the ConfigMap a model's EPP config lives in: the routing preset of that model only", () => {
    const { cache, summary } = setup([
      gateway,
      withConfigMap('alpha'),
      withConfigMap('beta'),
    ]);
    // no ConfigMap yet: the config cannot be read
    expect(summary('prod', 'alpha')?.routingPreset).toBeUndefined();
    const beta = summary('prod', 'beta');
    put(cache, 'prod', configMap('alpha-epp', PD_EPP_CONFIG));
    const alpha = summary('prod', 'alpha');
    expect(alpha?.routingPreset).toBeDefined();
    expect(alpha?.eppLint).toBeDefined();
    expect(summary('prod', 'beta')).toBe(beta);
    cache.delete('prod', configMap('alpha-epp', '') as KubeObject);
    expect(summary('prod', 'alpha')?.routingPreset).toBeUndefined();
  });

  it('marks the models of a cluster stale when it goes down, and fresh again when it recovers', () => {
    const { cache, summary } = setup();
    const dev = summary('dev', 'granite-8b');
    cache.setHealthy('prod', false);
    expect(summary('prod', 'granite-8b')?.stale).toBe(true);
    expect(summary('prod', 'qwen-pd')?.stale).toBe(true);
    expect(summary('dev', 'granite-8b')).toBe(dev);
    cache.setHealthy('prod', true);
    expect(summary('prod', 'granite-8b')?.stale).toBe(false);
  });

  it('takes a new probe result into the verdict, and forgets it when it expires', () => {
    const cache = llmdClusterCacheMock({
      clusters: ['prod'],
      objects: [
        { cluster: 'prod', object: gateway },
        { cluster: 'prod', object: granite },
      ],
    });
    const prober = new ModelProber({ cache, probeConfigs: new Map() });
    // the Gateway answers 503: the last link of the chain fails
    const result = {
      url: 'http://10.0.0.5/team-a/granite-8b/v1/models',
      probedAt: new Date(0).toISOString(),
      anonymous: { status: 503, latencyMs: 3 },
    };
    let cached: unknown;
    jest.spyOn(prober, 'enabled').mockReturnValue(true);
    jest.spyOn(prober, 'cached').mockImplementation(() => cached as never);
    const view = new FleetView({ cache, prober });
    const summaryNow = () =>
      [...view.all()].find(e => e.name === 'granite-8b')?.summary;
    view.flush();
    expect([...view.all()][0].probe).toBeUndefined();
    const before = summaryNow();
    // what ModelProber does when a probe finishes: store the result, tell the listeners
    cached = result;
    const listeners = (prober as any).resultListeners as ((
      m: object,
    ) => void)[];
    for (const listener of listeners) {
      listener({ cluster: 'prod', namespace: 'team-a', name: 'granite-8b' });
    }
    view.flush();
    const entry = [...view.all()].find(e => e.name === 'granite-8b');
    expect(entry?.probe).toBe(result);
    // evaluated again with it (the diagnosis's probe step reads it)
    expect(entry?.summary).not.toBe(before);
    // expired: the next read re-evaluates without it
    cached = undefined;
    view.flush();
    expect([...view.all()].find(e => e.name === 'granite-8b')?.probe).toBe(
      undefined,
    );

    view.stop();
  });
});

describe('FleetView on a large first build', () => {
  it('leaves it to the background, which a read waits for, and says when it has not finished', async () => {
    const cache = llmdClusterCacheMock({
      clusters: ['prod'],
      objects: Array.from({ length: 2_100 }, (_, i) => ({
        cluster: 'prod',
        object: {
          ...granite,
          metadata: { ...granite.metadata, name: `m-${i}` },
        },
      })),
    });
    const view = new FleetView({
      cache,
      prober: new ModelProber({ cache, probeConfigs: new Map() }),
    });
    try {
      expect(await view.current(0)).toBe(false);
      expect(view.pending).toBeGreaterThan(2_000);
      expect(await view.current(120_000)).toBe(true);
      expect(view.pending).toBe(0);
      expect([...view.all()]).toHaveLength(2_100);
    } finally {
      view.stop();
    }
  });
});
