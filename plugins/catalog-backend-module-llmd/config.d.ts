import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  llmd?: {
    /**
     * The catalog module: every model service on every cluster of `llmd.clusters` as catalog entities. It is off
     * when no cluster is configured. `owners` and `defaultOwner` are declared by `@llmd/plugin-llmd-node`, which
     * reads them for the catalog, the backend and the scaffolder.
     */
    catalog?: {
      /**
       * Set to false to keep the module from emitting entities although clusters are configured. Default true.
       * @visibility backend
       */
      enabled?: boolean;
      /**
       * `spec.lifecycle` of the model services' Components and APIs. Default `production`.
       * @visibility backend
       */
      lifecycle?: string;
      /**
       * Browsable URL of the GitOps repository's root on its main branch, e.g.
       * `https://github.com/example-org/llmd-gitops/tree/main`. When set, each model service's Component gets
       * `backstage.io/source-location: url:<this>/tenants/<namespace>/models/<name>/`.
       * @visibility backend
       */
      gitopsSourceBaseUrl?: string;
      /**
       * Schedule of the full resync, a global task (one backend replica runs it): it replaces the provider's
       * entities with a complete snapshot, and only when every cluster is connected and synced. Default every 30
       * minutes with a 3 minute timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
