import fc from 'fast-check';
import { expectGatewayCelRules } from './__testUtils__/expectGatewayCelRules';
import { expectValidRender } from './__testUtils__/expectRender';
import { invalidInputArbitrary } from './__testUtils__/invalidInputArbitrary';
import { validValue } from './__testUtils__/parsedInput';
import {
  gatewayInputArbitrary,
  metallbInputArbitrary,
  tenantInputArbitrary,
} from './__testUtils__/renderInputArbitraries';
import { gatewayInputSchema } from './gatewayInput';
import type { RenderResult } from './gitopsFile';
import { parseRenderInput } from './inputs/parseRenderInput';
import { metallbInputSchema } from './metallbInput';
import { renderGateway } from './renderGateway';
import { renderMetallb } from './renderMetallb';
import { renderTenant } from './renderTenant';
import { tenantInputSchema } from './tenantInput';

/*
 * Properties of the tenant, shared-Gateway and MetalLB renderers: every valid input renders manifests that validate
 * strictly against the real CRDs (and the Gateway CRD's CEL rules), the same input renders the same bytes, and no
 * input — garbage or a valid one broken in one place — makes validation throw or slip through.
 */

// Each render is validated against real CRDs, which costs a few milliseconds: keep the run count modest.
const VALID_RUNS = 100;
const INVALID_RUNS = 300;

const kinds = [
  {
    kind: 'tenant',
    schema: tenantInputSchema,
    valid: tenantInputArbitrary as fc.Arbitrary<unknown>,
    render: (value: any) => renderTenant(value),
  },
  {
    kind: 'gateway',
    schema: gatewayInputSchema,
    valid: gatewayInputArbitrary as fc.Arbitrary<unknown>,
    render: (value: any) => renderGateway(value),
  },
  {
    kind: 'metallb',
    schema: metallbInputSchema,
    valid: metallbInputArbitrary as fc.Arbitrary<unknown>,
    render: (value: any) => renderMetallb(value),
  },
] as const;

function expectSoundRender(result: RenderResult): void {
  expectValidRender(result);
  for (const manifest of result.manifests) {
    if (manifest.kind === 'Gateway') expectGatewayCelRules(manifest);
  }
  const paths = result.files.map(f => f.path);
  expect(new Set(paths).size).toBe(paths.length);
}

describe.each(kinds)('$kind renderer', ({ schema, valid, render }) => {
  it('renders every valid input into CRD-valid, deterministic manifests', () => {
    fc.assert(
      fc.property(valid, raw => {
        const result = render(validValue(parseRenderInput(schema, raw)));
        expectSoundRender(result);
        // Same input, same bytes — also after a round trip through JSON (how the scaffolder hands input over).
        const again = parseRenderInput(schema, JSON.parse(JSON.stringify(raw)));
        expect(again.success && render(again.value).files).toEqual(
          result.files,
        );
      }),
      { numRuns: VALID_RUNS },
    );
  });

  it('reports a problem naming the field for an input broken in one place, never throwing', () => {
    fc.assert(
      fc.property(invalidInputArbitrary(valid), ({ input, change }) => {
        const parsed = parseRenderInput(schema, input);
        if (parsed.success) throw new Error(`accepted after ${change}`);
        expect(parsed.problems.length).toBeGreaterThan(0);
        // Fields are paths inside the input: each starts with one of its top-level keys (no kind prefix).
        const keys = Object.keys(input as object);
        for (const problem of parsed.problems) {
          expect(keys).toContain(problem.field.split('.')[0]);
          expect(problem.message).not.toBe('');
        }
      }),
      { numRuns: INVALID_RUNS },
    );
  });

  it('never throws on garbage, and renders valid manifests whenever garbage happens to be valid', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true }),
        raw => {
          const parsed = parseRenderInput(schema, raw);
          expect(parsed.success || parsed.problems.length > 0).toBe(true);
          if (parsed.success) expectSoundRender(render(parsed.value));
        },
      ),
      { numRuns: INVALID_RUNS },
    );
  });
});
