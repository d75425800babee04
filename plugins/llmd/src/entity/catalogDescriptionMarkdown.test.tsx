import { MarkdownContent } from '@backstage/core-components';
import {
  type KubeObjectLike,
  llmdCatalogEntities,
  observeModelService,
} from '@llmd/plugin-llmd-common';
import { renderInTestApp } from '@backstage/test-utils';

/*
 * Issue 22, defect 7, end to end: the descriptions the catalog module builds from a hostile cluster object, rendered
 * by the Markdown component Backstage's About card uses, show the payload as text: no link, no image.
 */

const PAYLOAD =
  '![t](http://evil.example/track.png) [Renew your token here](http://evil.example/phish) <b>x</b> www.evil.example a@evil.example';

const model: KubeObjectLike = {
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: {
    name: 'granite',
    namespace: 'team-a',
    annotations: { 'openshift.io/display-name': PAYLOAD },
  },
  spec: { model: { name: PAYLOAD, uri: 'hf://ibm-granite/granite' } },
};

const entities = llmdCatalogEntities(
  {
    models: [
      observeModelService({
        cluster: 'demo',
        llmInferenceService: model,
        gateways: [],
        lookup: {
          llmInferenceServiceConfig: () => undefined,
          configMap: () => undefined,
        },
      }),
    ],
    gateways: [],
  },
  { owners: {}, defaultOwner: 'group:default/platform-team' },
);

describe('catalog descriptions of hostile cluster objects in the About card', () => {
  it.each(entities.map(e => [e.kind, e.metadata.description ?? '']))(
    'the %s description renders no link or image',
    async (_, description) => {
      const { container } = await renderInTestApp(
        <MarkdownContent content={description} />,
      );
      expect(container.querySelectorAll('a, img, b')).toHaveLength(0);
    },
  );

  it('shows the payload as text', async () => {
    const component = entities.find(e => e.kind === 'Component')!;
    const { container } = await renderInTestApp(
      <MarkdownContent content={component.metadata.description!} />,
    );
    // the text reads the same, bar the invisible word joiners that break autolinks
    expect(container.textContent?.replaceAll('\u2060', '')).toContain(
      '![t](http://evil.example/track.png) [Renew your token here](http://evil.example/phish)',
    );
  });
});
