import type { EppDialect } from './eppDialect';
import type {
  EndpointPickerConfig,
  EppPluginInstance,
} from './endpointPickerConfig';
import { resolveEppDialect, type EppDialectId } from './eppDialects';
import {
  describeDisaggregationStages,
  type EppDisaggregationStage,
} from './describeDisaggregationStages';
import { describeProfileHandler } from './describeProfileHandler';
import { lookupPluginType } from './pluginTypeLookup';

/**
 * One plugin in a drawn pipeline.
 *
 * @public
 */
export interface EppPipelineStep {
  readonly name: string;
  readonly type: string;
  /** What the plugin does, in plain words. */
  readonly description: string;
  /** Added by the loader rather than written in the config. */
  readonly implicit?: boolean;
}

/**
 * A scorer with its weight and its share of the total weight of the profile.
 *
 * @public
 */
export interface EppScorerStep extends EppPipelineStep {
  readonly weight: number;
  /** weight / sum of positive weights in the profile (0 for non-positive weights). */
  readonly share: number;
}

/**
 * One scheduling profile as Filter → Score → Pick.
 *
 * @public
 */
export interface EppProfileDescription {
  readonly name: string;
  readonly filters: readonly EppPipelineStep[];
  readonly scorers: readonly EppScorerStep[];
  readonly picker: EppPipelineStep;
  /** Entries the profile lists but the scheduler ignores (unknown or non-scheduling plugins). */
  readonly ignored: readonly EppPipelineStep[];
  readonly summary: string;
}

/**
 * What a UI needs to draw an EndpointPickerConfig.
 *
 * @public
 */
export interface EndpointPickerConfigDescription {
  readonly handler: EppPipelineStep;
  /** How the handler chooses which profiles run for a request. */
  readonly routing: string;
  readonly profiles: readonly EppProfileDescription[];
  /** With P/D (or E/P/D) disaggregation: when each extra stage runs (threshold or decider); else empty. */
  readonly stages: readonly EppDisaggregationStage[];
}

function stepOf(
  plugin: EppPluginInstance,
  dialect?: EppDialect,
  implicit?: boolean,
): EppPipelineStep {
  const spec = lookupPluginType(plugin.type, dialect);
  return {
    name: plugin.name,
    type: plugin.type,
    description:
      spec?.summary ??
      `${spec?.categories[0] ?? 'unknown'} plugin ${plugin.type}`,
    ...(implicit && { implicit }),
  };
}

const categoriesOf = (plugin: EppPluginInstance, dialect?: EppDialect) =>
  lookupPluginType(plugin.type, dialect)?.categories ?? [];

function describeProfile(
  name: string,
  entries: readonly { plugin: EppPluginInstance; weight?: number }[],
  config: EndpointPickerConfig,
  dialect?: EppDialect,
): EppProfileDescription {
  const filters: EppPipelineStep[] = [];
  const weighted: { plugin: EppPluginInstance; weight: number }[] = [];
  const ignored: EppPipelineStep[] = [];
  let picker: EppPipelineStep | undefined;
  for (const { plugin, weight } of entries) {
    const categories = categoriesOf(plugin, dialect);
    if (categories.includes('picker')) picker ??= stepOf(plugin, dialect);
    else if (categories.includes('scorer'))
      weighted.push({ plugin, weight: weight ?? 1 });
    else if (categories.includes('filter'))
      filters.push(stepOf(plugin, dialect));
    else ignored.push(stepOf(plugin, dialect));
  }
  // the loader's default: the first picker defined, else max-score-picker
  const fallback = config.plugins.find(p =>
    categoriesOf(p, dialect).includes('picker'),
  ) ?? {
    name: 'max-score-picker',
    type: 'max-score-picker',
  };
  picker ??= stepOf(fallback, dialect, true);
  const total = weighted.reduce((sum, s) => sum + Math.max(0, s.weight), 0);
  const scorers = weighted.map(({ plugin, weight }) => ({
    ...stepOf(plugin, dialect),
    weight,
    share: total > 0 && weight > 0 ? weight / total : 0,
  }));
  const scoring = scorers.length
    ? `scores them by ${scorers
        .map(s => `${s.name} (${Math.round(s.share * 100)}%)`)
        .join(', ')}`
    : 'does not score them';
  const filtering = filters.length
    ? `keeps endpoints passing ${filters.map(f => f.name).join(' then ')}`
    : 'considers every endpoint';
  return {
    name,
    filters,
    scorers,
    picker,
    ignored,
    summary: `Profile "${name}" ${filtering}, ${scoring}, and lets ${picker.name} choose.`,
  };
}

/**
 * Describes how an EndpointPickerConfig routes a request, for drawing: the profile handler and how it chooses
 * profiles, and per profile the ordered Filter → Score (weights and normalized share) → Pick pipeline, with the
 * loader's defaults filled in (default profile, default handler, default picker, weight 1).
 *
 * @param config - typed config, e.g. from lintEndpointPickerConfig(...).config
 * @param dialect - dialect whose plugin table explains the types (any known dialect is consulted as fallback)
 *
 * @public
 */
export function describeEndpointPickerConfig(
  config: EndpointPickerConfig,
  dialect?: EppDialectId | EppDialect,
): EndpointPickerConfigDescription {
  const table = dialect === undefined ? undefined : resolveEppDialect(dialect);
  const byName = new Map(config.plugins.map(p => [p.name, p]));
  const profiles = config.schedulingProfiles.length
    ? config.schedulingProfiles.map(profile =>
        describeProfile(
          profile.name,
          profile.plugins.flatMap(entry => {
            const plugin = byName.get(entry.pluginRef);
            return plugin ? [{ plugin, weight: entry.weight }] : [];
          }),
          config,
          table,
        ),
      )
    : [
        describeProfile(
          'default',
          config.plugins
            .filter(p =>
              ['filter', 'scorer', 'picker'].some(c =>
                categoriesOf(p, table).includes(c as never),
              ),
            )
            .map(plugin => ({ plugin })),
          config,
          table,
        ),
      ];
  const declared = config.plugins.find(p =>
    categoriesOf(p, table).includes('profile-handler'),
  );
  const handlerPlugin = declared ?? {
    name: 'single-profile-handler',
    type: 'single-profile-handler',
  };
  const stages = describeDisaggregationStages(config, table?.id);
  return {
    handler: stepOf(handlerPlugin, table, !declared),
    routing: describeProfileHandler(
      config,
      handlerPlugin.type,
      profiles.map(p => p.name),
      stages,
    ),
    profiles,
    stages,
  };
}
