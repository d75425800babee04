import type {
  LifecycleService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { ModelMetricsService } from './ModelMetricsService';
import { readMetricsConfigs } from './readMetricsConfigs';

/** The plugin's metrics service: `llmd.clusters[].metrics` read, connections closed at shutdown. */
export function metricsServiceFor(options: {
  config: Config;
  lifecycle: LifecycleService;
  logger: LoggerService;
}): ModelMetricsService {
  const metrics = new ModelMetricsService({
    configs: readMetricsConfigs(options.config),
    logger: options.logger,
  });
  options.lifecycle.addShutdownHook(() => metrics.close());
  return metrics;
}
