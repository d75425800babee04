import { mockServices } from '@backstage/backend-test-utils';
import type { KindReflector } from './KindReflector';
import type { StoreChange } from './KindReflectorOptions';
import { ReferencedConfigMaps } from './ReferencedConfigMaps';
import type { KubeObject } from './types';

function cm(namespace: string, name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace, name } };
}

/** A stand-in for a namespace's ConfigMap reflector, holding whatever the test puts in. */
class FakeReflector {
  readonly objects = new Map<string, KubeObject>();
  started = false;
  stopped = false;
  constructor(
    readonly namespace: string,
    readonly hooks: { onChange(change: StoreChange, object: KubeObject): void },
  ) {}
  start() {
    this.started = true;
  }
  async stop() {
    this.stopped = true;
  }
  get(_ns: string, name: string) {
    return this.objects.get(name);
  }
  list() {
    return [...this.objects.values()];
  }
  /** Simulates a watch event. */
  put(object: KubeObject) {
    this.objects.set(object.metadata.name, object);
    this.hooks.onChange('added', object);
  }
}

describe('ReferencedConfigMaps', () => {
  function setup() {
    const reflectors: FakeReflector[] = [];
    const changes: string[] = [];
    const refs = new ReferencedConfigMaps({
      logger: mockServices.logger.mock(),
      createReflector: (namespace, hooks) => {
        const r = new FakeReflector(namespace, hooks);
        reflectors.push(r);
        return r as unknown as KindReflector;
      },
      onChange: (change, object) =>
        changes.push(
          `${change} ${object.metadata.namespace}/${object.metadata.name}`,
        ),
      onStateChange: () => {},
    });
    return { refs, reflectors, changes };
  }

  it('starts one watch per referenced namespace and exposes only referenced names', () => {
    const { refs, reflectors, changes } = setup();
    refs.setReference('m1', { namespace: 'a', name: 'epp', key: 'k' });
    refs.setReference('m2', { namespace: 'a', name: 'epp', key: 'k' });
    refs.setReference('m3', { namespace: 'b', name: 'epp', key: 'k' });
    expect(reflectors.map(r => [r.namespace, r.started])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    reflectors[0].put(cm('a', 'epp'));
    reflectors[0].put(cm('a', 'other'));
    expect(changes).toEqual(['added a/epp']);
    expect(refs.list().map(o => o.metadata.name)).toEqual(['epp']);
    expect(refs.get('a', 'other')).toBeUndefined();
    expect(refs.count()).toBe(1);

    // A new reference to a ConfigMap the namespace watch already holds resolves at once.
    refs.setReference('m1', { namespace: 'a', name: 'other', key: 'k' });
    expect(changes).toEqual(['added a/epp', 'added a/other']);
  });

  it('drops a ConfigMap with its last reference and the watch with the namespace', () => {
    const { refs, reflectors, changes } = setup();
    refs.setReference('m1', { namespace: 'a', name: 'epp', key: 'k' });
    refs.setReference('m2', { namespace: 'a', name: 'epp', key: 'k' });
    reflectors[0].put(cm('a', 'epp'));
    refs.setReference('m1', undefined);
    expect(changes).toEqual(['added a/epp']);
    expect(reflectors[0].stopped).toBe(false);
    refs.setReference('m2', undefined);
    expect(changes).toEqual(['added a/epp', 'deleted a/epp']);
    expect(reflectors[0].stopped).toBe(true);
    expect(refs.allReflectors()).toEqual([]);
    // Events of a stopped namespace watch are ignored.
    reflectors[0].put(cm('a', 'epp'));
    expect(changes).toHaveLength(2);
  });

  it('keeps the namespace watch when a reference moves within the namespace', () => {
    const { refs, reflectors } = setup();
    refs.setReference('m1', { namespace: 'a', name: 'x', key: 'k' });
    refs.setReference('m1', { namespace: 'a', name: 'y', key: 'k' });
    expect(reflectors).toHaveLength(1);
    expect(reflectors[0].stopped).toBe(false);
    expect(refs.isReferenced('a', 'x')).toBe(false);
    expect(refs.isReferenced('a', 'y')).toBe(true);
  });

  it('starts nothing after stop', async () => {
    const { refs, reflectors } = setup();
    refs.setReference('m1', { namespace: 'a', name: 'x', key: 'k' });
    await refs.stop();
    expect(reflectors[0].stopped).toBe(true);
    refs.setReference('m2', { namespace: 'b', name: 'x', key: 'k' });
    expect(reflectors).toHaveLength(1);
  });
});
