import type { KubeObjectLike } from '../kube/kubeObject';
import {
  gateway,
  NO_REFERENCES,
  OPTIONS,
  renderedModel,
  withStatusUrl,
} from './__testUtils__/catalogFixtures';
import { type CatalogEntity, catalogEntityRefOf } from './catalogEntity';
import { isValidCatalogEntityName } from './catalogEntityName';
import type { CatalogEntityOptions } from './catalogEntityOptions';
import { llmdCatalogEntities } from './llmdCatalogEntities';
import { modelEntityRef } from './modelEntityRef';
import { observeModelService } from './observeModelService';

const lookup = NO_REFERENCES;

/** A cluster's cache: its models and Gateways. */
interface Cluster {
  name: string;
  models: KubeObjectLike[];
  gateways: KubeObjectLike[];
}

function entitiesOf(
  clusters: Cluster[],
  options: CatalogEntityOptions = OPTIONS,
): CatalogEntity[] {
  return llmdCatalogEntities(
    {
      models: clusters.flatMap(c =>
        c.models.map(m =>
          observeModelService({
            cluster: c.name,
            llmInferenceService: m,
            gateways: c.gateways,
            lookup,
          }),
        ),
      ),
      gateways: clusters.flatMap(c =>
        c.gateways.map(g => ({ cluster: c.name, gateway: g })),
      ),
    },
    options,
  );
}

const find = (entities: CatalogEntity[], ref: string) => {
  const found = entities.find(e => catalogEntityRefOf(e) === ref);
  if (!found)
    throw new Error(`no entity ${ref} in ${entities.map(catalogEntityRefOf)}`);
  return found;
};

/** Every ref an entity's spec points at (owners live outside the fleet). */
function specRefs(entity: CatalogEntity): string[] {
  const { system, providesApis, dependsOn } = entity.spec as Record<
    string,
    unknown
  >;
  return [
    ...(typeof system === 'string' ? [system] : []),
    ...((providesApis as string[] | undefined) ?? []),
    ...((dependsOn as string[] | undefined) ?? []),
  ];
}

const teamGateway = gateway('team-a', 'team-a-gateway', {
  address: '10.0.0.1',
});

describe('llmdCatalogEntities', () => {
  it('emits a System, a Component with its API, and the Gateway Resource of a tenant', () => {
    const entities = entitiesOf([
      {
        name: 'demo',
        models: [
          withStatusUrl(
            renderedModel({ displayName: 'Granite 8B' }),
            '10.0.0.1',
          ),
        ],
        gateways: [teamGateway],
      },
    ]);
    expect(entities.map(catalogEntityRefOf)).toEqual([
      'api:team-a/granite-8b-openai',
      'component:team-a/granite-8b',
      'resource:team-a/team-a-gateway',
      'system:team-a/team-a',
    ]);
    const component = find(entities, modelEntityRef('team-a', 'granite-8b'));
    expect(component.metadata).toEqual({
      name: 'granite-8b',
      namespace: 'team-a',
      title: 'Granite 8B',
      description:
        'LLM model service serving ibm-granite/granite-3.3-8b-instruct (KServe LLMInferenceService team-a/granite-8b).',
      annotations: {
        'backstage.io/managed-by-location': 'llmd:model-services',
        'backstage.io/managed-by-origin-location': 'llmd:model-services',
        'llm-d.ai/clusters': 'demo',
        'llm-d.ai/namespace': 'team-a',
        'llm-d.ai/name': 'granite-8b',
        'llm-d.ai/served-model-name': 'ibm-granite/granite-3.3-8b-instruct',
        'backstage.io/kubernetes-id': 'granite-8b',
        'backstage.io/kubernetes-namespace': 'team-a',
        'backstage.io/kubernetes-label-selector':
          'app.kubernetes.io/name=granite-8b',
      },
      tags: ['llm-d', 'auth', 'routing-default'],
      links: [
        {
          url: 'http://10.0.0.1/team-a/granite-8b/v1',
          title: 'OpenAI endpoint (demo)',
          type: 'model-endpoint',
        },
      ],
    });
    expect(component.spec).toEqual({
      type: 'model-service',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      system: 'system:team-a/team-a',
      providesApis: ['api:team-a/granite-8b-openai'],
      dependsOn: ['resource:team-a/team-a-gateway'],
    });
    const api = find(entities, 'api:team-a/granite-8b-openai');
    expect(api.spec).toMatchObject({
      type: 'openapi',
      lifecycle: 'production',
      owner: 'group:default/team-a',
      system: 'system:team-a/team-a',
    });
    expect(api.spec.definition).toContain(
      'http://10.0.0.1/team-a/granite-8b/v1',
    );
    expect(find(entities, 'resource:team-a/team-a-gateway').spec).toEqual({
      type: 'inference-gateway',
      owner: 'group:default/team-a',
      system: 'system:team-a/team-a',
    });
    expect(find(entities, 'system:team-a/team-a').spec).toEqual({
      owner: 'group:default/team-a',
    });
  });

  it('gives every entity a valid name and unique ref, and points relations only at emitted entities', () => {
    const names = [
      'granite-8b',
      'llama',
      `${'x'.repeat(58)}-a`,
      `${'x'.repeat(58)}-b`,
    ];
    const models = names.map(name => ({
      ...renderedModel(),
      metadata: { ...renderedModel().metadata, name },
    }));
    const entities = entitiesOf([
      { name: 'demo', models, gateways: [teamGateway] },
    ]);
    const refs = entities.map(catalogEntityRefOf);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toHaveLength(names.length * 2 + 2);
    for (const entity of entities) {
      expect(isValidCatalogEntityName(entity.metadata.name)).toBe(true);
      for (const target of specRefs(entity)) expect(refs).toContain(target);
    }
    for (const name of names) {
      const component = find(entities, modelEntityRef('team-a', name));
      expect(component.metadata.annotations['llm-d.ai/name']).toBe(name);
    }
  });

  it('merges a model running on several clusters into one Component', () => {
    const base = renderedModel({ displayName: 'Granite 8B' });
    const prodObject = {
      ...base,
      metadata: {
        ...base.metadata,
        annotations: {
          ...base.metadata.annotations,
          'openshift.io/display-name': 'Granite (prod)',
        },
      },
    };
    const entities = entitiesOf([
      {
        name: 'demo',
        models: [withStatusUrl(base, '10.0.0.1')],
        gateways: [teamGateway],
      },
      {
        name: 'prod',
        models: [withStatusUrl(prodObject, '10.9.9.9')],
        gateways: [
          gateway('team-a', 'team-a-gateway', { address: '10.9.9.9' }),
        ],
      },
    ]);
    expect(entities).toHaveLength(4);
    const component = find(entities, 'component:team-a/granite-8b');
    // the first cluster in configuration order decides the title
    expect(component.metadata.title).toBe('Granite 8B');
    expect(component.metadata.annotations['llm-d.ai/clusters']).toBe(
      'demo,prod',
    );
    expect(component.metadata.links?.map(l => [l.url, l.title])).toEqual([
      ['http://10.0.0.1/team-a/granite-8b/v1', 'OpenAI endpoint (demo)'],
      ['http://10.9.9.9/team-a/granite-8b/v1', 'OpenAI endpoint (prod)'],
    ]);
    expect(component.spec.dependsOn).toEqual([
      'resource:team-a/team-a-gateway',
    ]);
    const definition = find(entities, 'api:team-a/granite-8b-openai').spec
      .definition as string;
    expect(definition).toContain('http://10.0.0.1/team-a/granite-8b/v1');
    expect(definition).toContain('http://10.9.9.9/team-a/granite-8b/v1');
    const resource = find(entities, 'resource:team-a/team-a-gateway');
    expect(resource.metadata.annotations['llm-d.ai/clusters']).toBe(
      'demo,prod',
    );
    expect(resource.metadata.links?.map(l => l.url)).toEqual([
      'http://10.0.0.1',
      'http://10.9.9.9',
    ]);
  });

  it('tags P/D, RoCE, auth and the routing preset', () => {
    const pd = renderedModel({
      name: 'llama-pd',
      prefill: { replicas: 1 },
      roce: { networks: 'roce-p2' },
    });
    const open = renderedModel({ name: 'open', auth: { enabled: false } });
    const entities = entitiesOf([
      { name: 'demo', models: [pd, open], gateways: [teamGateway] },
    ]);
    expect(find(entities, 'component:team-a/llama-pd').metadata.tags).toEqual([
      'llm-d',
      'prefill-decode',
      'roce',
      'auth',
      'routing-prefill-decode',
    ]);
    expect(find(entities, 'component:team-a/open').metadata.tags).toEqual([
      'llm-d',
      'routing-default',
    ]);
    expect(find(entities, 'api:team-a/open-openai').metadata.tags).toEqual([
      'llm-d',
      'openai',
    ]);
  });

  it('takes the owner from the object, else the tenant mapping, else the default', () => {
    const annotated = renderedModel({
      name: 'annotated',
      owner: 'group:default/ml-team',
    });
    const plain = renderedModel({ name: 'plain' });
    delete (plain.metadata.annotations as Record<string, string>)[
      'backstage.io/owner'
    ];
    const elsewhere = {
      ...plain,
      metadata: { ...plain.metadata, name: 'other', namespace: 'team-z' },
    };
    const entities = entitiesOf([
      { name: 'demo', models: [annotated, plain, elsewhere], gateways: [] },
    ]);
    const owner = (ref: string) => find(entities, ref).spec.owner;
    expect(owner('component:team-a/annotated')).toBe('group:default/ml-team');
    expect(owner('api:team-a/annotated-openai')).toBe('group:default/ml-team');
    expect(owner('component:team-a/plain')).toBe('group:default/team-a');
    expect(owner('component:team-z/other')).toBe('group:default/platform-team');
    expect(owner('system:team-z/team-z')).toBe('group:default/platform-team');
  });

  it('emits only inference Gateways, and a Resource outside tenants belongs to no System', () => {
    const shared = renderedModel({ gateway: undefined });
    const entities = entitiesOf([
      {
        name: 'demo',
        models: [shared],
        gateways: [
          gateway('openshift-ingress', 'openshift-ai-inference', {
            owner: 'platform-team',
          }),
          gateway('apps', 'web', { className: 'istio' }),
          gateway('team-b', 'spare'),
        ],
      },
    ]);
    expect(entities.map(catalogEntityRefOf)).toEqual([
      'resource:openshift-ingress/openshift-ai-inference',
      'api:team-a/granite-8b-openai',
      'component:team-a/granite-8b',
      'system:team-a/team-a',
      'resource:team-b/spare',
    ]);
    expect(
      find(entities, 'component:team-a/granite-8b').spec.dependsOn,
    ).toEqual(['resource:openshift-ingress/openshift-ai-inference']);
    expect(
      find(entities, 'resource:openshift-ingress/openshift-ai-inference').spec,
    ).toEqual({
      type: 'inference-gateway',
      owner: 'group:default/platform-team',
    });
  });

  it('depends on no Gateway the cluster does not have, and links the GitOps source when configured', () => {
    const entities = entitiesOf(
      [{ name: 'demo', models: [renderedModel()], gateways: [] }],
      {
        ...OPTIONS,
        gitopsSourceBaseUrl: 'https://git.example.com/org/gitops/tree/main/',
        lifecycle: 'experimental',
      },
    );
    const component = find(entities, 'component:team-a/granite-8b');
    expect(component.spec).not.toHaveProperty('dependsOn');
    expect(component.spec.lifecycle).toBe('experimental');
    expect(component.metadata).not.toHaveProperty('links');
    expect(component.metadata.annotations['backstage.io/source-location']).toBe(
      'url:https://git.example.com/org/gitops/tree/main/tenants/team-a/models/granite-8b/',
    );
  });
});
