import {
  type ModelDiagnosisResponse,
  modelDiagnosisQuerySchema,
  modelRefParamsSchema,
} from '@llmd/plugin-llmd-common';
import { diagnoseModelAcrossClusters } from '../reachability/diagnoseModelAcrossClusters';
import type { ModelProber } from '../reachability/ModelProber';
import { type CacheReadRouteOptions, cacheReadRoute } from './cacheReadRoute';
import { parseRequestInput } from './parseRequestInput';

/**
 * `GET /models/:namespace/:name/diagnosis?cluster=`: the reachability chain of the model on every cluster that has
 * it (or on one), with the fix of the first broken link and the last probe when one is fresh. Never probes.
 */
export function modelDiagnosisRoute(
  options: CacheReadRouteOptions & { readonly prober: ModelProber },
) {
  return cacheReadRoute(
    '/models/:namespace/:name/diagnosis',
    options,
    (cache, req): ModelDiagnosisResponse => {
      const ref = parseRequestInput(
        modelRefParamsSchema,
        req.params,
        'model reference',
      );
      const { cluster } = parseRequestInput(
        modelDiagnosisQuerySchema,
        req.query,
        'query',
      );
      return diagnoseModelAcrossClusters(cache, options.prober, {
        ...ref,
        ...(cluster !== undefined && { cluster }),
      });
    },
  );
}
