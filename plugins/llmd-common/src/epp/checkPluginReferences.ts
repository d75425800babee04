import type { EppFinding } from './eppDiagnostic';
import type { FoundRef } from './checkValueAgainstSpec';
import type { EppLintContext } from './eppLintContext';

function resolvesImplicitly(ctx: EppLintContext, name: string): boolean {
  return (
    ctx.dialect.implicitPluginNames.includes(name) ||
    (Object.hasOwn(ctx.dialect.plugins, name) &&
      ctx.dialect.plugins[name].autoInjected === true)
  );
}

/** Index of the plugin whose parameters hold this ref, if any. */
function ownerIndex(ref: FoundRef): number | undefined {
  return ref.path[0] === 'plugins' && typeof ref.path[1] === 'number'
    ? ref.path[1]
    : undefined;
}

/** Finds the plugins that take part in a reference cycle (self references included). */
function findCycles(edges: ReadonlyMap<number, readonly number[]>): number[][] {
  const cycles: number[][] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const stack: number[] = [];
  const visit = (node: number) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'visiting') {
        cycles.push(stack.slice(stack.indexOf(next)));
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) {
    if (!state.has(node)) visit(node);
  }
  return cycles;
}

/** One reference: defined (or resolved by the loader), of the right kind, declared in time. */
function refFindings(
  ctx: EppLintContext,
  ref: FoundRef,
  edges: Map<number, number[]>,
): EppFinding[] {
  const target = ctx.byName.get(ref.name);
  if (!target) {
    return resolvesImplicitly(ctx, ref.name)
      ? []
      : [
          {
            code: 'undefined-plugin-ref',
            severity: 'error',
            path: ref.path,
            message: `No plugin named \`${ref.name}\` is defined.`,
          },
        ];
  }
  const findings: EppFinding[] = [];
  const spec = target.spec;
  if (
    spec &&
    ref.categories.length > 0 &&
    !ref.categories.some(category => spec.categories.includes(category))
  ) {
    findings.push({
      code: 'wrong-plugin-kind',
      severity: 'error',
      path: ref.path,
      message: `\`${ref.name}\` is a ${spec.categories[0]} (${
        target.type
      }), but a ${ref.categories.join(' or ')} is expected here.`,
    });
  }
  const owner = ownerIndex(ref);
  if (owner === undefined) return findings;
  edges.set(owner, [...(edges.get(owner) ?? []), target.index]);
  if (ctx.dialect.pluginOrder === 'declaration' && target.index >= owner) {
    findings.push({
      code: 'plugin-ref-before-definition',
      severity: 'error',
      path: ref.path,
      message: `\`${ref.name}\` must be defined before the plugin that references it in ${ctx.dialect.id}.`,
    });
  }
  return findings;
}

/**
 * Resolves plugin names referenced from parameters and sections (data layer, flow control, parsers, saturation
 * detector): defined, of the right kind, declared before use where the loader is order-sensitive, and acyclic.
 */
export function checkPluginReferences(
  ctx: EppLintContext,
  refs: readonly FoundRef[],
): EppFinding[] {
  const edges = new Map<number, number[]>();
  const findings = refs.flatMap(ref => refFindings(ctx, ref, edges));
  if (ctx.dialect.pluginOrder !== 'sorted') return findings;
  for (const cycle of findCycles(edges)) {
    const names = cycle.map(index => ctx.plugins[index].name ?? `#${index}`);
    findings.push({
      code: 'plugin-ref-cycle',
      severity: 'error',
      path: ['plugins', cycle[0]],
      message: `Plugins reference each other in a cycle: ${[
        ...names,
        names[0],
      ].join(' → ')}.`,
    });
  }
  return findings;
}
