import { describeEndpointPickerConfig } from './describeEndpointPickerConfig';
import { renderEppPreset } from './eppPresets';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

const configOf = (text: string) => lintEndpointPickerConfig(text).config!;

describe('describeEndpointPickerConfig', () => {
  it('draws the default preset as one Filter → Score → Pick pipeline with shares', () => {
    const described = describeEndpointPickerConfig(
      configOf(renderEppPreset('default', 'scheduler-v0.2').yaml),
      'scheduler-v0.2',
    );
    expect(described.handler.type).toBe('single-profile-handler');
    expect(described.routing).toBe(
      'Every request is scheduled with profile "default".',
    );
    const [profile] = described.profiles;
    expect(profile.scorers.map(s => [s.name, s.weight, s.share])).toEqual([
      ['prefix-cache-scorer', 2, 2 / 3],
      ['load-aware-scorer', 1, 1 / 3],
    ]);
    expect(profile.picker.name).toBe('max-score-picker');
    expect(profile.summary).toContain('prefix-cache-scorer (67%)');
  });

  it('explains P/D routing with the threshold and with deciders', () => {
    const v02 = describeEndpointPickerConfig(
      configOf(renderEppPreset('prefill-decode', 'scheduler-v0.2').yaml),
    );
    expect(v02.routing).toContain('more than 500 prompt tokens');
    expect(v02.profiles.map(p => p.name)).toEqual(['prefill', 'decode']);
    expect(v02.profiles[0].filters[0].type).toBe('prefill-filter');
    const router = describeEndpointPickerConfig(
      configOf(
        renderEppPreset('prefill-decode', 'router-v0.10', {
          prefillThreshold: 0,
        }).yaml,
      ),
    );
    expect(router.routing).toContain('prefill pod for every request');
  });

  it('fills in the loader defaults: default profile, handler, picker and weight 1', () => {
    const described = describeEndpointPickerConfig(
      configOf(`apiVersion: llm-d.ai/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: decode-filter
- type: queue-scorer
- type: kv-cache-utilization-scorer
- type: openai-parser
`),
    );
    expect(described.handler).toMatchObject({
      type: 'single-profile-handler',
      implicit: true,
    });
    const [profile] = described.profiles;
    expect(profile.name).toBe('default');
    expect(profile.filters.map(f => f.name)).toEqual(['decode-filter']);
    expect(profile.scorers.map(s => s.share)).toEqual([0.5, 0.5]);
    expect(profile.picker).toMatchObject({
      type: 'max-score-picker',
      implicit: true,
    });
  });

  it('lists non-scheduling entries of a profile as ignored', () => {
    const described = describeEndpointPickerConfig(
      configOf(`apiVersion: llm-d.ai/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: openai-parser
- type: random-picker
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: openai-parser
  - pluginRef: random-picker
`),
    );
    expect(described.profiles[0].ignored.map(s => s.type)).toEqual([
      'openai-parser',
    ]);
    expect(described.profiles[0].picker.type).toBe('random-picker');
  });
});
