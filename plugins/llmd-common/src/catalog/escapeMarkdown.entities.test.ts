import { parse } from 'yaml';
import type { KubeObjectLike } from '../kube/kubeObject';
import {
  gateway,
  NO_REFERENCES,
  OPTIONS,
} from './__testUtils__/catalogFixtures';
import type { CatalogEntity } from './catalogEntity';
import { llmdCatalogEntities } from './llmdCatalogEntities';
import { observeModelService } from './observeModelService';

/** Issue 22, defect 7: a tracking image and a phishing link in cluster-sourced strings. */
const PAYLOAD =
  '![t](http://evil.example/track.png) [Renew your token here](http://evil.example/phish)';

/** A hostile cluster: the payload in every free-text field the catalog module reads. */
const model: KubeObjectLike = {
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: {
    name: 'granite',
    namespace: 'team-a',
    annotations: { 'openshift.io/display-name': PAYLOAD },
  },
  spec: {
    model: { name: PAYLOAD, uri: 'hf://ibm-granite/granite' },
    router: { gateway: { refs: [{ name: 'gw', namespace: 'team-a' }] } },
  },
};
const hostileGateway: KubeObjectLike = {
  ...gateway('team-a', 'gw', { className: `${PAYLOAD} <img src=x>` }),
  metadata: {
    name: 'gw',
    namespace: 'team-a',
    annotations: { 'openshift.io/display-name': PAYLOAD },
  },
};

function entities(): CatalogEntity[] {
  return llmdCatalogEntities(
    {
      models: [
        observeModelService({
          cluster: 'demo',
          llmInferenceService: model,
          gateways: [hostileGateway],
          lookup: NO_REFERENCES,
        }),
      ],
      gateways: [{ cluster: 'demo', gateway: hostileGateway }],
    },
    OPTIONS,
  );
}

/** Markdown that makes a link or image: unescaped `[`, `]`, `<` or a `scheme://` autolink. */
const LINK_SYNTAX = /(^|[^\\])([[\]<]|:\/\/)/;

describe('catalog entities of hostile cluster objects', () => {
  it('hold no link or image syntax in any title or description', () => {
    const texts = entities().flatMap(e => [
      [`${e.kind} title`, e.metadata.title],
      [`${e.kind} description`, e.metadata.description],
    ]);
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const [field, text] of texts) {
      expect([field, text]).not.toEqual([
        field,
        expect.stringMatching(LINK_SYNTAX),
      ]);
    }
  });

  it('keeps the text readable: the payload escaped, not dropped', () => {
    const component = entities().find(e => e.kind === 'Component')!;
    expect(component.metadata.description).toContain(
      '!\\[t\\](http:\u2060//evil.example/track.png) \\[Renew your token here\\](http:\u2060//evil.example/phish)',
    );
  });

  it('escapes the OpenAPI document API viewers render, keeping the example verbatim', () => {
    const api = entities().find(e => e.kind === 'API')!;
    const document = parse(String(api.spec.definition));
    expect(document.info.title).not.toMatch(LINK_SYNTAX);
    expect(document.info.description).not.toMatch(LINK_SYNTAX);
    expect(document.info.description).toContain('Renew your token here');
    expect(
      document.components.schemas.ChatCompletionRequest.properties.model
        .example,
    ).toBe(PAYLOAD);
  });
});
