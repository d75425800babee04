import { eventually } from '@internal/test-support';
import { clientsFor, llmisvc, rawRequest } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

const PATH =
  '/apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices';
const V1A1 = 'serving.kserve.io/v1alpha1';

interface Recorded {
  type: string;
  name?: string;
  rv?: string;
  object: any;
}

/** Starts a client-node watch and records its events and its end. */
async function record(
  sim: ClusterSimulator,
  path: string,
  params: Record<string, string | number | boolean | undefined> = {},
) {
  const events: Recorded[] = [];
  const state: { done: boolean; error?: any } = { done: false };
  const controller = await clientsFor(sim).watch.watch(
    path,
    params,
    (type, object) =>
      events.push({
        type,
        name: object?.metadata?.name,
        rv: object?.metadata?.resourceVersion,
        object,
      }),
    error => {
      state.done = true;
      state.error = error;
    },
  );
  return { events, state, stop: () => controller.abort() };
}

const summary = (events: Recorded[]) => events.map(e => `${e.type} ${e.name}`);

describe('watch', () => {
  let sim: ClusterSimulator;
  afterEach(() => sim.close());

  it('streams ADDED for existing objects, then ADDED, MODIFIED and DELETED in its namespace', async () => {
    sim = await startClusterSimulator();
    sim.apply(llmisvc('team-a', 'existing'));
    sim.apply(llmisvc('team-b', 'elsewhere'));
    const w = await record(sim, PATH);
    await eventually('initial event', () => w.events.length === 1);
    sim.apply(llmisvc('team-a', 'new'));
    sim.apply({
      ...llmisvc('team-a', 'new'),
      spec: { model: { uri: 'hf://changed' } },
    });
    sim.apply(llmisvc('team-b', 'ignored'));
    sim.remove(V1A1, 'LLMInferenceService', 'team-a', 'new');
    await eventually('live events', () => w.events.length >= 4);
    expect(summary(w.events)).toEqual([
      'ADDED existing',
      'ADDED new',
      'MODIFIED new',
      'DELETED new',
    ]);
    // The DELETED event carries the deletion's resourceVersion.
    expect(w.events[3].rv).toBe(sim.resourceVersion);
    expect(w.events[2].object.spec.model.uri).toBe('hf://changed');
    w.stop();
  });

  it('sends bookmarks when allowed', async () => {
    sim = await startClusterSimulator({ bookmarkIntervalMs: 50 });
    const w = await record(sim, PATH, { allowWatchBookmarks: true });
    const bookmark = await eventually('a bookmark', () =>
      w.events.find(e => e.type === 'BOOKMARK'),
    );
    expect(bookmark.object).toEqual({
      kind: 'LLMInferenceService',
      apiVersion: V1A1,
      metadata: { resourceVersion: sim.resourceVersion },
    });
    w.stop();
  });

  it('resumes from a resourceVersion with exactly the later events', async () => {
    sim = await startClusterSimulator();
    sim.apply(llmisvc('team-a', 'before'));
    const from = sim.resourceVersion;
    sim.apply(llmisvc('team-a', 'after-1'));
    sim.apply({
      ...llmisvc('team-a', 'before'),
      spec: { model: { uri: 'hf://v2' } },
    });
    const w = await record(sim, PATH, { resourceVersion: from });
    await eventually('replayed events', () => w.events.length >= 2);
    sim.apply(llmisvc('team-a', 'after-2'));
    await eventually('live event', () => w.events.length >= 3);
    expect(summary(w.events)).toEqual([
      'ADDED after-1',
      'MODIFIED before',
      'ADDED after-2',
    ]);
    w.stop();
  });

  it('answers an expired resourceVersion with an ERROR 410 event and ends the stream', async () => {
    sim = await startClusterSimulator();
    sim.apply(llmisvc('team-a', 'a'));
    const old = sim.resourceVersion;
    sim.faults.expireHistory();
    const w = await record(sim, PATH, { resourceVersion: old });
    await eventually('the stream to end', () => w.state.done);
    expect(w.events).toEqual([
      expect.objectContaining({
        type: 'ERROR',
        object: expect.objectContaining({
          kind: 'Status',
          code: 410,
          reason: 'Expired',
        }),
      }),
    ]);
  });

  it('keeps only historySize events for resuming', async () => {
    sim = await startClusterSimulator({ historySize: 5 });
    sim.apply(llmisvc('team-a', 'a'));
    const old = sim.resourceVersion;
    for (let i = 0; i < 10; i++) sim.apply(llmisvc('team-a', `n${i}`));
    const w = await record(sim, PATH, { resourceVersion: old });
    await eventually('the stream to end', () => w.state.done);
    expect(w.events[0].object.code).toBe(410);
  });

  it('ends on timeoutSeconds and refuses a resourceVersion from the future with 504', async () => {
    sim = await startClusterSimulator();
    const w = await record(sim, PATH, { timeoutSeconds: 1 });
    await eventually('the timeout', () => w.state.done);
    expect(w.state.error).toBeNull();

    const future = await record(sim, PATH, { resourceVersion: '999999' });
    await eventually('the refusal', () => future.state.done);
    expect(future.state.error.statusCode).toBe(504);
  });

  it('translates label selector changes into ADDED and DELETED', async () => {
    sim = await startClusterSimulator();
    const labelled = (tier: string) => ({
      ...llmisvc('team-a', 'm'),
      metadata: { name: 'm', namespace: 'team-a', labels: { tier } },
    });
    sim.apply(labelled('gold'));
    const w = await record(sim, PATH, { labelSelector: 'tier=gold' });
    await eventually('initial event', () => w.events.length === 1);
    sim.apply(labelled('silver'));
    sim.apply(labelled('silver'));
    sim.apply(labelled('gold'));
    await eventually('transitions', () => w.events.length >= 3);
    expect(summary(w.events)).toEqual(['ADDED m', 'DELETED m', 'ADDED m']);
    w.stop();
  });

  it('streams newline-delimited JSON for watch=1 and the legacy /watch/ path', async () => {
    sim = await startClusterSimulator();
    sim.apply(llmisvc('team-a', 'a'));
    const flag = await rawRequest(
      sim,
      'GET',
      `${PATH}?watch=1&timeoutSeconds=0`,
      { token: sim.adminToken },
    );
    expect(flag.status).toBe(200);
    expect(
      flag.text
        .trim()
        .split('\n')
        .map(line => JSON.parse(line).type),
    ).toEqual(['ADDED']);
    const legacy = await rawRequest(
      sim,
      'GET',
      '/apis/serving.kserve.io/v1alpha1/watch/namespaces/team-a/llminferenceservices/a?timeoutSeconds=0',
      { token: sim.adminToken },
    );
    expect(JSON.parse(legacy.text.trim()).object.metadata.name).toBe('a');
  });
});
