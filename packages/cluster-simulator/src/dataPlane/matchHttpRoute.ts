import { KubeObject } from '../types';

/** A rule of an HTTPRoute, as far as the data plane follows it. */
export interface RouteRule {
  matches?: Array<{ path?: { type?: string; value?: string } }>;
  filters?: Array<{
    type?: string;
    urlRewrite?: {
      path?: {
        type?: string;
        replacePrefixMatch?: string;
        replaceFullPath?: string;
      };
    };
  }>;
  backendRefs?: Array<{
    group?: string;
    kind?: string;
    name?: string;
    namespace?: string;
  }>;
}

/** The route rule a request matched and the path its URLRewrite filter makes of it. */
export interface RouteMatch {
  route: KubeObject;
  rule: RouteRule;
  /** The path sent to the backend. */
  path: string;
}

/** How well a path matches: an exact match beats any prefix, a longer prefix a shorter one; -1 = no match. */
function matchScore(
  path: string,
  match: { type?: string; value?: string },
): number {
  const value = match.value ?? '/';
  if (match.type === 'Exact') return path === value ? 1_000_000 : -1;
  if (match.type && match.type !== 'PathPrefix') return -1; // RegularExpression: not simulated
  // PathPrefix matches whole path elements: /ns/name matches /ns/name and /ns/name/..., not /ns/name2.
  const prefix = value.replace(/\/+$/, '');
  if (prefix === '' || path === prefix || path.startsWith(`${prefix}/`)) {
    return prefix.length;
  }
  return -1;
}

/** The path after the rule's URLRewrite filter (ReplacePrefixMatch or ReplaceFullPath), else unchanged. */
function rewritePath(
  path: string,
  rule: RouteRule,
  match: { type?: string; value?: string },
): string {
  const rewrite = rule.filters?.find(f => f.type === 'URLRewrite')?.urlRewrite
    ?.path;
  if (rewrite?.type === 'ReplaceFullPath')
    return rewrite.replaceFullPath ?? '/';
  if (rewrite?.type !== 'ReplacePrefixMatch') return path;
  const prefix = (match.value ?? '/').replace(/\/+$/, '');
  const rest = path.slice(prefix.length);
  const replacement = (rewrite.replacePrefixMatch ?? '/').replace(/\/+$/, '');
  return `${replacement}${rest}` || '/';
}

/**
 * The best rule of the routes for a path, following Gateway API precedence for path matches (exact, then the
 * longest prefix; ties go to the first route in namespace/name order). A rule without matches matches every path.
 */
export function matchHttpRoute(
  routes: readonly KubeObject[],
  path: string,
): RouteMatch | undefined {
  let best: RouteMatch | undefined;
  let bestScore = -1;
  for (const route of routes) {
    const rules = ((route.spec as any)?.rules ?? []) as RouteRule[];
    for (const rule of rules) {
      const matches = rule.matches?.length
        ? rule.matches
        : [{ path: { type: 'PathPrefix', value: '/' } }];
      for (const match of matches) {
        const pathMatch = match.path ?? { type: 'PathPrefix', value: '/' };
        const score = matchScore(path, pathMatch);
        if (score > bestScore) {
          bestScore = score;
          best = { route, rule, path: rewritePath(path, rule, pathMatch) };
        }
      }
    }
  }
  return best;
}
