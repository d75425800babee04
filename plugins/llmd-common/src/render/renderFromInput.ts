import { argocdInputSchema } from './argocdInput';
import type { RenderResult } from './gitopsFile';
import { gatewayInputSchema } from './gatewayInput';
import { metallbInputSchema } from './metallbInput';
import {
  parseRenderInput,
  type InputProblem,
  type ParsedRenderInput,
} from './inputs/parseRenderInput';
import { parseModelInput } from './model/parseModelInput';
import { renderModelService } from './model/renderModelService';
import { renderArgoApplicationSet } from './renderArgoApplicationSet';
import { renderGateway } from './renderGateway';
import { renderMetallb } from './renderMetallb';
import { DEFAULT_RENDER_TARGET, type RenderTarget } from './renderTarget';
import { renderTenant } from './renderTenant';
import { tenantInputSchema } from './tenantInput';

/**
 * The kinds of input `llmd render` and the scaffolder actions take.
 *
 * @public
 */
export const RENDER_KINDS = [
  'tenant',
  'gateway',
  'model',
  'metallb',
  'argocd',
] as const;

/**
 * A render input kind.
 *
 * @public
 */
export type RenderKind = (typeof RENDER_KINDS)[number];

/**
 * The manifests and files of a valid input, or every problem of an invalid one.
 *
 * @public
 */
export type RenderOutcome =
  | { readonly success: true; readonly result: RenderResult }
  | { readonly success: false; readonly problems: readonly InputProblem[] };

interface RenderKindDefinition<T> {
  parse(raw: unknown, target: RenderTarget): ParsedRenderInput<T>;
  render(input: T, target: RenderTarget): RenderResult;
}

function kind<T>(definition: RenderKindDefinition<T>) {
  return definition as RenderKindDefinition<unknown>;
}

const KINDS: Record<RenderKind, RenderKindDefinition<unknown>> = {
  tenant: kind({
    parse: raw => parseRenderInput(tenantInputSchema, raw),
    render: renderTenant,
  }),
  gateway: kind({
    parse: raw => parseRenderInput(gatewayInputSchema, raw),
    render: renderGateway,
  }),
  model: kind({ parse: parseModelInput, render: renderModelService }),
  metallb: kind({
    parse: raw => parseRenderInput(metallbInputSchema, raw),
    render: renderMetallb,
  }),
  argocd: kind({
    parse: raw => parseRenderInput(argocdInputSchema, raw),
    render: renderArgoApplicationSet,
  }),
};

/**
 * Whether a string names a render kind.
 *
 * @public
 */
export function isRenderKind(value: unknown): value is RenderKind {
  return (
    typeof value === 'string' &&
    (RENDER_KINDS as readonly string[]).includes(value)
  );
}

/**
 * Validates a user-level input of a kind for a target and renders it: the one entry point the CLI, the scaffolder
 * actions and the backend share. Never throws for any input: invalid input yields problems naming their fields, and
 * nothing is rendered.
 *
 * @public
 */
export function renderFromInput(
  renderKind: RenderKind,
  raw: unknown,
  target: RenderTarget = DEFAULT_RENDER_TARGET,
): RenderOutcome {
  const definition = KINDS[renderKind];
  const parsed = definition.parse(raw, target);
  if (!parsed.success) return parsed;
  return { success: true, result: definition.render(parsed.value, target) };
}
