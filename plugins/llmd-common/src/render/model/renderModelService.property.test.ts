import fc from 'fast-check';
import { lintEndpointPickerConfig } from '../../epp/lintEndpointPickerConfig';
import { extractEndpointPickerConfigText } from '../../epp/llmInferenceServiceScheduler';
import { expectValidRender } from '../__testUtils__/expectRender';
import { parseModelInput } from './parseModelInput';
import { renderModelService } from './renderModelService';
import { vllmArgList } from './vllmAdditionalArgs';
import {
  FULL,
  modelUnlessPresetInexpressible,
  V1ALPHA1,
} from './__testUtils__/modelFixtures';
import {
  modelInputMutation,
  validModelCase,
} from './__testUtils__/modelArbitraries';
import { splitShellWords } from './__testUtils__/splitShellWords';

/*
 * Random inputs: every valid one renders manifests that pass strict CRD validation for its target, byte-identically
 * twice, with VLLM_ADDITIONAL_ARGS splitting back into its arguments and an EPP config that agrees with the pools;
 * every invalid one yields problems for the broken field, and nothing ever throws.
 */

describe('renderModelService properties', () => {
  it('renders every valid input into strictly valid, deterministic manifests', () => {
    fc.assert(
      fc.property(validModelCase, ({ target, raw }) => {
        const input = modelUnlessPresetInexpressible(raw, target);
        if (!input) return;
        const result = renderModelService(input, target);
        expectValidRender(result);
        expect(renderModelService(input, target).files).toEqual(result.files);

        const spec = result.manifests[0].spec as any;
        const env = spec.template.containers[0].env ?? [];
        const args = env.find(
          (e: { name: string }) => e.name === 'VLLM_ADDITIONAL_ARGS',
        );
        const expected = vllmArgList({
          maxModelLen: input.maxModelLen,
          tensorParallelSize: input.gpusPerReplica,
          disaggregated: input.prefill !== undefined,
          extraArgs: input.vllmArgs,
        });
        expect(args ? splitShellWords(args.value) : []).toEqual(expected);

        const epp = extractEndpointPickerConfigText(result.manifests[0]);
        const lint =
          epp === undefined
            ? undefined
            : lintEndpointPickerConfig(epp, {
                dialect: target.eppDialect,
                deployment: {
                  llmInferenceService: result.manifests[0],
                  disconnected: false,
                },
              });
        const wrong = (lint?.diagnostics ?? []).filter(
          d =>
            d.severity === 'error' ||
            d.code === 'prefill-pool-without-pd-profile' ||
            d.code === 'pd-profile-without-prefill-pool',
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reports a problem on the broken field of every invalid input, never throwing', () => {
    fc.assert(
      fc.property(modelInputMutation, ([field, change]) => {
        const parsed = parseModelInput({ ...FULL, ...change }, V1ALPHA1);
        expect(parsed.success).toBe(false);
        if (parsed.success) return;
        expect(parsed.problems.map(p => p.field)).toContainEqual(
          expect.stringMatching(
            new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary data', () => {
    fc.assert(
      fc.property(fc.anything(), raw => {
        const parsed = parseModelInput(raw, V1ALPHA1);
        expect(parsed.success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
