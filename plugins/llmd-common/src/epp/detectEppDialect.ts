import type { EppDialect } from './eppDialect';
import {
  DEFAULT_EPP_DIALECT,
  listEppDialects,
  type EppDialectId,
} from './eppDialects';
import { toEndpointPickerConfig } from './endpointPickerConfig';
import { isPlainObject } from '../kube/isPlainObject';
import { parseEndpointPickerConfig } from './parseEndpointPickerConfig';

/**
 * Which dialect a config was taken to be, and why (shown to the user).
 *
 * @public
 */
export interface EppDialectDetection {
  readonly dialect: EppDialectId;
  readonly reason: string;
}

/** Things in the document this dialect would not accept: unknown types and sections, fractional int weights. */
function misfits(
  dialect: EppDialect,
  root: Readonly<Record<string, unknown>>,
): string[] {
  const config = toEndpointPickerConfig(root);
  const found = new Set<string>();
  for (const plugin of config?.plugins ?? []) {
    if (!Object.hasOwn(dialect.plugins, plugin.type)) found.add(plugin.type);
  }
  for (const key of Object.keys(root)) {
    if (!Object.hasOwn(dialect.document.fields, key)) found.add(`${key}:`);
  }
  const fractional = config?.schedulingProfiles.some(profile =>
    profile.plugins.some(
      entry => entry.weight !== undefined && !Number.isInteger(entry.weight),
    ),
  );
  if (dialect.weight.type === 'int' && fractional)
    found.add('fractional weights');
  return [...found];
}

/**
 * A dialect to keep whenever it accepts the document's apiVersion (the configured or documented default), and why it
 * is preferred (shown to the user).
 *
 * @public
 */
export interface PreferredEppDialect {
  readonly dialect: EppDialectId;
  readonly why: string;
}

/**
 * Picks the dialect for an already parsed document. A preferred dialect that accepts its apiVersion wins (the
 * reason then names a better-fitting dialect, if any); otherwise, among dialects accepting the apiVersion, the one
 * with the fewest unknown plugin types, sections and weight-type clashes; ties go to the default dialect, else the
 * newest.
 */
export function detectDialectOfDocument(
  root: unknown,
  preferred?: PreferredEppDialect,
): EppDialectDetection {
  const byContent = detectByContent(root);
  if (!preferred) return byContent;
  const doc = isPlainObject(root) ? root : {};
  const dialect = listEppDialects().find(d => d.id === preferred.dialect);
  if (!dialect?.apiVersions.some(a => a.value === doc.apiVersion)) {
    return {
      dialect: byContent.dialect,
      reason: `${preferred.dialect} (${
        preferred.why
      }) does not accept apiVersion ${String(doc.apiVersion)}; ${
        byContent.reason
      }`,
    };
  }
  const found = misfits(dialect, doc);
  const hint =
    found.length && byContent.dialect !== preferred.dialect
      ? `; the content fits ${byContent.dialect} better (${found
          .slice(0, 3)
          .join(', ')} not in ${preferred.dialect})`
      : '';
  return {
    dialect: preferred.dialect,
    reason: `${preferred.why}; it accepts apiVersion ${String(
      doc.apiVersion,
    )}${hint}`,
  };
}

function detectByContent(root: unknown): EppDialectDetection {
  const doc = isPlainObject(root) ? root : {};
  const apiVersion = doc.apiVersion;
  const all = listEppDialects();
  const accepting = all.filter(d =>
    d.apiVersions.some(a => a.value === apiVersion),
  );
  const candidates = accepting.length ? accepting : all;
  // A config written with an apiVersion the dialect only tolerates as deprecated was most likely written for an
  // older dialect, so that counts as half a misfit.
  const scored = candidates.map(dialect => {
    const found = misfits(dialect, doc);
    const legacy = dialect.apiVersions.some(
      a => a.value === apiVersion && a.deprecated,
    );
    return {
      dialect,
      misfits: found,
      score: found.length * 2 + (legacy ? 1 : 0),
    };
  });
  const lowest = Math.min(...scored.map(s => s.score));
  const best = scored.filter(s => s.score === lowest);
  const fewest = best[0].misfits.length;
  const chosen =
    best.find(s => s.dialect.id === DEFAULT_EPP_DIALECT) ??
    best[best.length - 1];
  const parts = [
    accepting.length
      ? `apiVersion ${String(apiVersion)}`
      : 'no known apiVersion',
  ];
  const ruledOut = scored
    .filter(s => s.misfits.length > fewest)
    .map(s => s.dialect.id);
  if (ruledOut.length) {
    parts.push(`content not accepted by ${ruledOut.join(', ')}`);
  }
  if (fewest > 0) {
    parts.push(
      `closest match despite ${chosen.misfits.slice(0, 3).join(', ')}`,
    );
  }
  return {
    dialect: chosen.dialect.id as EppDialectId,
    reason: parts.join('; '),
  };
}

/**
 * Guesses the EPP dialect a config was written for, from its apiVersion and the plugin types and sections it uses,
 * keeping `preferred` whenever it accepts the apiVersion. Never throws; unreadable text yields the default dialect.
 *
 * @public
 */
export function detectEppDialect(
  text: string,
  preferred?: PreferredEppDialect,
): EppDialectDetection {
  return detectDialectOfDocument(
    parseEndpointPickerConfig(text).root,
    preferred,
  );
}
