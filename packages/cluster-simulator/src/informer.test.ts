import { makeInformer } from '@kubernetes/client-node';
import { eventually } from '@internal/test-support';
import { clientsFor, LLMISVC, llmisvc } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

const PATH = '/apis/serving.kserve.io/v1alpha1/llminferenceservices';

/** A client-node informer (list + watch) over all LLMInferenceServices, recording its callbacks. */
async function startInformer(sim: ClusterSimulator) {
  const { kc, custom } = clientsFor(sim);
  const informer = makeInformer<any>(kc, PATH, () =>
    custom.listClusterCustomObject(LLMISVC),
  );
  const seen: string[] = [];
  const errors: unknown[] = [];
  informer.on('add', o => seen.push(`add ${o.metadata.name}`));
  informer.on('update', o => seen.push(`update ${o.metadata.name}`));
  informer.on('delete', o => seen.push(`delete ${o.metadata.name}`));
  informer.on('error', e => errors.push(e));
  await informer.start();
  return { informer, seen, errors };
}

const names = (informer: { list(): readonly any[] }) =>
  informer
    .list()
    .map(o => o.metadata.name)
    .sort();

describe('client-node informer', () => {
  let sim: ClusterSimulator;
  let stop: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    sim = await startClusterSimulator();
  });
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    await sim.close();
  });

  it('lists, then follows adds, updates and deletes', async () => {
    sim.apply(llmisvc('team-a', 'one'));
    const { informer, seen } = await startInformer(sim);
    stop = () => informer.stop();
    expect(names(informer)).toEqual(['one']);
    sim.apply(llmisvc('team-b', 'two'));
    sim.apply({
      ...llmisvc('team-a', 'one'),
      spec: { model: { uri: 'hf://new' } },
    });
    sim.remove(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      'team-b',
      'two',
    );
    await eventually('informer callbacks', () => seen.length >= 4);
    expect(seen).toEqual(['add one', 'add two', 'update one', 'delete two']);
    expect(informer.get('one', 'team-a')?.spec.model.uri).toBe('hf://new');
  });

  it('relists after expireHistory (410) and keeps following changes', async () => {
    sim.apply(llmisvc('team-a', 'one'));
    const { informer, seen, errors } = await startInformer(sim);
    stop = () => informer.stop();
    await eventually('the first watch', () => sim.stats.byVerb.watch === 1);
    const lists = sim.stats.byVerb.list;
    sim.remove(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      'team-a',
      'one',
    );
    sim.faults.expireHistory();
    sim.apply(llmisvc('team-a', 'two'));
    await eventually(
      'a relist',
      () => sim.stats.byVerb.list > lists && sim.stats.byVerb.watch >= 2,
    );
    await eventually(
      'the relisted state',
      () => names(informer).join() === 'two',
    );
    sim.apply(llmisvc('team-a', 'three'));
    await eventually(
      'a change after the relist',
      () => names(informer).join() === 'three,two',
    );
    expect(errors).toEqual([]);
    expect(seen).toContain('delete one');
  });

  it('resumes without relisting after a graceful drop, and reports an abrupt one as an error', async () => {
    const { informer, errors } = await startInformer(sim);
    stop = () => informer.stop();
    await eventually('the first watch', () => sim.stats.byVerb.watch === 1);
    const lists = sim.stats.byVerb.list;
    sim.faults.dropWatches({ graceful: true });
    await eventually('a new watch', () => sim.stats.byVerb.watch === 2);
    sim.apply(llmisvc('team-a', 'after-drop'));
    await eventually('the change', () =>
      names(informer).includes('after-drop'),
    );
    expect(sim.stats.byVerb.list).toBe(lists);

    sim.faults.dropWatches();
    await eventually('an error', () => errors.length > 0);
    // client-node's informer stops on errors; the owner restarts it (it resumes from its resourceVersion).
    await informer.start();
    sim.apply(llmisvc('team-a', 'after-restart'));
    await eventually('the change after a restart', () =>
      names(informer).includes('after-restart'),
    );
  });
});
