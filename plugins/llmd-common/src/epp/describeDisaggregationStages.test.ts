import {
  EXAMPLES_GITOPS,
  readTreeObjects,
} from '../__testUtils__/policyFixtures';
import { readEppReference } from './__testUtils__/eppReference';
import { describeDisaggregationStages } from './describeDisaggregationStages';
import { extractEndpointPickerConfigText } from './llmInferenceServiceScheduler';
import { parseEndpointPickerConfig } from './parseEndpointPickerConfig';

const ofText = (text: string | undefined, dialect?: string) => {
  const config =
    text === undefined ? undefined : parseEndpointPickerConfig(text).config;
  return config ? describeDisaggregationStages(config, dialect) : [];
};
const ofReference = (file: string, dialect?: string) =>
  ofText(readEppReference(file), dialect);

describe('describeDisaggregationStages', () => {
  it('reads the old pd-profile-handler threshold of the GitOps P/D example', () => {
    const model = readTreeObjects(EXAMPLES_GITOPS).find(
      o =>
        o.object.kind === 'LLMInferenceService' &&
        o.object.metadata?.name === 'llama-3-1-8b-pd',
    )?.object;
    expect(
      ofText(extractEndpointPickerConfigText(model), 'scheduler-v0.2'),
    ).toEqual([
      {
        stage: 'prefill',
        profile: 'prefill',
        plugin: { name: 'pd-profile-handler', type: 'pd-profile-handler' },
        parameter: 'threshold',
        tokens: 500,
        when: 'when more than 500 prompt tokens are not already cached',
      },
    ]);
  });

  it('reads nonCachedTokens 0 as always on scheduler-v0.6 and never from v0.7 (prefix_based_pd_decider.go@S v0.6.0, @S v0.7.0)', () => {
    const text = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: prefix-based-pd-decider
  parameters: { nonCachedTokens: 0 }
- type: pd-profile-handler
`;
    // the handler names no decider: v0.6 looks up always-disagg-pd-decider, v0.7 prefix-based-pd-decider
    expect(ofText(text, 'scheduler-v0.6')[0].when).toBe(
      'when decider "always-disagg-pd-decider" says so (it is not defined in plugins)',
    );
    expect(ofText(text, 'scheduler-v0.7')[0].when).toBe(
      'never (nonCachedTokens 0 disables disaggregation)',
    );
    const named = text.replace(
      '- type: pd-profile-handler\n',
      '- type: pd-profile-handler\n  parameters: { deciderPluginName: prefix-based-pd-decider }\n',
    );
    expect(ofText(named, 'scheduler-v0.6')[0].when).toBe(
      'for every request (nonCachedTokens 0 means always in this version)',
    );
  });

  it('treats an unset v0.2 threshold as its default 0, which always disaggregates', () => {
    const [decision] = ofReference(
      'legacy/llm-d-inference-scheduler-v0.2.0-pd-epp-config.yaml',
      'scheduler-v0.2',
    );
    expect(decision).toMatchObject({
      parameter: 'threshold',
      tokens: 0,
      defaulted: true,
      when: 'for every request (threshold 0)',
    });
  });

  it('follows deciderPluginName of a v0.6 pd-profile-handler to its prefix-based-pd-decider', () => {
    expect(
      ofReference(
        'legacy/llm-d-inference-scheduler-v0.6.0-pd-epp-config.yaml',
        'scheduler-v0.6',
      ),
    ).toEqual([
      {
        stage: 'prefill',
        profile: 'prefill',
        plugin: {
          name: 'prefix-based-pd-decider',
          type: 'prefix-based-pd-decider',
        },
        parameter: 'nonCachedTokens',
        tokens: 16,
        when: 'when at least 16 prompt tokens are not already cached',
      },
    ]);
  });

  it('reads deciders.prefill of disagg-profile-handler (v0.7 and llm-d-router HEAD)', () => {
    for (const file of [
      'legacy/llm-d-inference-scheduler-v0.7.0-pd-epp-config.yaml',
      'llm-d-router-HEAD/pd-epp-config.yaml',
    ]) {
      expect(ofReference(file)).toEqual([
        expect.objectContaining({
          stage: 'prefill',
          parameter: 'nonCachedTokens',
          tokens: 16,
        }),
      ]);
    }
  });

  it('describes the encode and prefill deciders of an E/P/D config', () => {
    expect(ofReference('llm-d-router-HEAD/sim-e-p-d-epp-config.yaml')).toEqual([
      expect.objectContaining({ stage: 'prefill', tokens: 16 }),
      {
        stage: 'encode',
        profile: 'encode',
        plugin: {
          name: 'always-disagg-multimodal-decider',
          type: 'always-disagg-multimodal-decider',
        },
        when: 'when the request carries images, video or audio',
      },
    ]);
    // E/PD: no prefill decider, so no prefill stage
    expect(ofReference('llm-d-router-HEAD/sim-e-pd-epp-config.yaml')).toEqual([
      expect.objectContaining({ stage: 'encode' }),
    ]);
  });

  it('is empty for configs that do not disaggregate and for unreadable text', () => {
    expect(ofReference('llm-d-router-HEAD/epp-config.yaml')).toEqual([]);
    expect(ofReference('llm-d-router-HEAD/dp-epp-config.yaml')).toEqual([]);
    expect(ofText('plugins: [')).toEqual([]);
  });

  it('says when nonCachedTokens 0 (its default) never disaggregates, and adds promptTokens', () => {
    const config = (params: object) =>
      parseEndpointPickerConfig(
        JSON.stringify({
          plugins: [
            { type: 'prefix-based-pd-decider', parameters: params },
            {
              type: 'disagg-profile-handler',
              parameters: { deciders: { prefill: 'prefix-based-pd-decider' } },
            },
          ],
        }),
      ).config;
    expect(describeDisaggregationStages(config({})!)[0]).toMatchObject({
      tokens: 0,
      defaulted: true,
      when: 'never (nonCachedTokens 0 disables disaggregation)',
    });
    expect(
      describeDisaggregationStages(
        config({ nonCachedTokens: 256, promptTokens: 1024 })!,
      )[0].when,
    ).toBe(
      'when at least 256 prompt tokens are not already cached and the prompt is at least 1024 tokens long',
    );
  });

  it('names a decider that is referenced but not defined', () => {
    const config = parseEndpointPickerConfig(
      'plugins:\n- type: pd-profile-handler\n  parameters:\n    deciderPluginName: gone\n',
    ).config;
    expect(
      describeDisaggregationStages(config!, 'scheduler-v0.6')[0].when,
    ).toBe('when decider "gone" says so (it is not defined in plugins)');
  });
});
