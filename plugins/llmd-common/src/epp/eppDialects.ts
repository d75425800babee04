import type { EppDialect } from './eppDialect';
import { routerV010 } from './dialects/routerV010';
import { routerV09 } from './dialects/routerV09';
import { schedulerV02 } from './dialects/schedulerV02';
import { schedulerV03 } from './dialects/schedulerV03';
import { schedulerV05 } from './dialects/schedulerV05';
import { schedulerV06 } from './dialects/schedulerV06';
import { schedulerV07 } from './dialects/schedulerV07';

/**
 * Ids of the supported EPP dialects, oldest first.
 *
 * @public
 */
export const EPP_DIALECT_IDS = [
  'scheduler-v0.2',
  'scheduler-v0.3',
  'scheduler-v0.5',
  'scheduler-v0.6',
  'scheduler-v0.7',
  'router-v0.9',
  'router-v0.10',
] as const;

/**
 * A supported EPP dialect id.
 *
 * @public
 */
export type EppDialectId = (typeof EPP_DIALECT_IDS)[number];

/**
 * The dialect assumed when nothing says otherwise: the EPP image OpenShift AI 3.x's default scheduler config uses
 * with LLMInferenceService v1alpha1 (llm-d-inference-scheduler v0.2.0).
 *
 * @public
 */
export const DEFAULT_EPP_DIALECT: EppDialectId = 'scheduler-v0.2';

const dialects: Readonly<Record<EppDialectId, EppDialect>> = {
  'scheduler-v0.2': schedulerV02,
  'scheduler-v0.3': schedulerV03,
  'scheduler-v0.5': schedulerV05,
  'scheduler-v0.6': schedulerV06,
  'scheduler-v0.7': schedulerV07,
  'router-v0.9': routerV09,
  'router-v0.10': routerV010,
};

/**
 * Whether a string is a supported dialect id (for CLI and API input).
 *
 * @public
 */
export function isEppDialectId(value: unknown): value is EppDialectId {
  return (
    typeof value === 'string' &&
    (EPP_DIALECT_IDS as readonly string[]).includes(value)
  );
}

/** The dialect table entry for an id. */
export function getEppDialect(id: EppDialectId): EppDialect {
  return dialects[id];
}

/**
 * All supported dialects, oldest first.
 *
 * @public
 */
export function listEppDialects(): readonly EppDialect[] {
  return EPP_DIALECT_IDS.map(id => dialects[id]);
}

/** Accepts an id or a dialect object (tests and callers may bring their own table). */
export function resolveEppDialect(
  dialect: EppDialectId | EppDialect,
): EppDialect {
  return typeof dialect === 'string' ? getEppDialect(dialect) : dialect;
}
