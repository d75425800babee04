export interface Config {
  /** The llm-d portal. */
  llmd?: {
    /**
     * Defaults of every cluster; a cluster's own `defaults` override them key by key. Built-in: LLMInferenceService
     * `v1alpha1`, EPP dialect `scheduler-v0.2` (OpenShift AI 3.x), token audience `https://kubernetes.default.svc`.
     */
    defaults?: {
      /**
       * LLMInferenceService API version the clusters serve: `v1alpha1` (KServe 0.15/0.16, OpenShift AI 3.x) or
       * `v1alpha2` (KServe 0.17+). The cache watches LLMInferenceServices and LLMInferenceServiceConfigs in this
       * version, and new manifests target it.
       * @visibility backend
       */
      llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2';
      /**
       * EPP dialect of the scheduler the clusters run: one of `scheduler-v0.2`, `scheduler-v0.3`, `scheduler-v0.5`,
       * `scheduler-v0.6`, `scheduler-v0.7`, `router-v0.9`, `router-v0.10`.
       * @visibility backend
       */
      eppDialect?:
        | 'scheduler-v0.2'
        | 'scheduler-v0.3'
        | 'scheduler-v0.5'
        | 'scheduler-v0.6'
        | 'scheduler-v0.7'
        | 'router-v0.9'
        | 'router-v0.10';
      /**
       * Audience of minted model access tokens: what the model gateway's TokenReview expects.
       * @visibility backend
       */
      tokenAudience?: string;
    };

    /**
     * Groups whose members administer the whole platform, e.g. `group:default/platform`. The dev permission policy
     * lets them propose GitOps changes to every tenant (`llmd.tenant.propose`, checked when
     * `llmd.gitops.validation.requireTenantMembership` is on); a production policy may read it the same way.
     * @visibility backend
     */
    platformAdmins?: string[];

    /**
     * The governance policy (docs/governance.md): evaluated by `llmd:gitops:validate` before a template pushes, by
     * the backend over the running fleet (`GET /api/llmd/governance`), and — written as a YAML file of the same shape
     * — by `llmd lint manifests` in the GitOps repository's CI. Rules left out are not evaluated. Each rule has a
     * `severity`: `deny` (blocks: the scaffolder task fails, the CLI exits 1), `warn` (listed for the reviewer) or
     * `off`. The portal refuses to start on unknown rule ids or bad options.
     */
    policy?: {
      /** Rule id → setting and options. */
      rules?: {
        /** `spec.model.uri` starts with one of `prefixes`. */
        'model-uri-allowed'?: {
          severity: 'deny' | 'warn' | 'off';
          /** Allowed URI prefixes, e.g. `oci://quay.io/redhat-ai-services/` or `hf://ibm-granite/`. */
          prefixes: string[];
        };
        /** GPUs of one pod of the decode or the prefill pool are at most `max`. */
        'max-gpus-per-replica'?: {
          severity: 'deny' | 'warn' | 'off';
          max: number;
        };
        /** GPUs of the whole model ((replicas + prefill replicas) × their GPUs) are at most `max`. */
        'max-gpus-per-model'?: {
          severity: 'deny' | 'warn' | 'off';
          max: number;
        };
        /** `spec.replicas` and `spec.prefill.replicas` are each at most `max`. */
        'max-replicas'?: { severity: 'deny' | 'warn' | 'off'; max: number };
        /** The `security.opendatahub.io/enable-auth` annotation is not "false". */
        'require-auth'?: { severity: 'deny' | 'warn' | 'off' };
        /** Every Gateway has an HTTPS listener. */
        'require-https'?: { severity: 'deny' | 'warn' | 'off' };
        /** No Gateway listener sets `allowedRoutes.namespaces.from: All`. */
        'gateway-from-all'?: { severity: 'deny' | 'warn' | 'off' };
        /** A model's own EPP config is for one of `dialects`. */
        'epp-dialect-allowed'?: {
          severity: 'deny' | 'warn' | 'off';
          /** EPP dialect ids (`llmd epp dialects` lists them). */
          dialects: string[];
        };
        /** A model's own EPP config has no EPP linter errors. */
        'epp-lint-errors'?: { severity: 'deny' | 'warn' | 'off' };
        /** A model has the `opendatahub.io/dashboard: "true"` label and a display name. */
        'dashboard-label'?: { severity: 'deny' | 'warn' | 'off' };
        /** A prefill/decode model has an RDMA network (Multus annotation or `rdma/*` resource). */
        'pd-requires-roce'?: { severity: 'deny' | 'warn' | 'off' };
        /** A model has a Backstage owner (its annotation, or its tenant namespace's owner). */
        'owner-required'?: { severity: 'deny' | 'warn' | 'off' };
      };
      /**
       * Changes for some namespaces, applied in order (a later one wins), merged field by field over `rules`. A
       * rule that `rules` leaves out must be given completely.
       */
      overrides?: Array<{
        /** Namespace names the override applies to. */
        namespaces: string[];
        /** Rule id → the fields to change, e.g. `max-gpus-per-model: { max: 64 }`. */
        rules: {
          [ruleId: string]: {
            severity?: 'deny' | 'warn' | 'off';
            max?: number;
            prefixes?: string[];
            dialects?: string[];
          };
        };
      }>;
    };

    /**
     * Owners of the objects on the clusters: the catalog module writes them into entities, the backend authorises
     * token minting and the governance rule `owner-required` against them, the scaffolder checks tenant membership.
     */
    catalog?: {
      /**
       * Owner of the entities of a tenant namespace whose objects carry no `backstage.io/owner` annotation or label,
       * and of the tenant's System: namespace → entity ref, e.g. `team-a: group:default/team-a`. A ref without kind
       * is a Group, without namespace it is in `default`.
       * @visibility backend
       */
      owners?: { [namespace: string]: string };
      /**
       * Owner of everything neither the object nor `owners` assigns. Default `group:default/platform-team`.
       * @visibility backend
       */
      defaultOwner?: string;
    };

    /** Tuning of the cluster watch cache; the defaults suit production. */
    cache?: {
      /** Retry delays after an error: exponential with jitter from `initialMs` up to `maxMs`. */
      backoff?: {
        /** First retry delay in milliseconds. Default 250. */
        initialMs?: number;
        /** Largest retry delay in milliseconds. Default 30000. */
        maxMs?: number;
      };
      /** Items per page of a list request. Default 500. */
      pageSize?: number;
      /**
       * Server-side watch timeout in seconds; each watch picks a random value between this and twice this.
       * Default 300.
       */
      watchTimeoutSeconds?: number;
      /** Bound on one list page or on opening a watch, in milliseconds. Default 30000. */
      requestTimeoutMs?: number;
    };

    /**
     * The clusters whose model services the portal shows and watches. When absent, the `type: config` clusters of
     * `kubernetes.clusterLocatorMethods` with `authProvider: serviceAccount` are used.
     */
    clusters?: Array<{
      /**
       * Unique name of the cluster (shown in the catalog and used in API paths).
       * @visibility backend
       */
      name: string;
      /**
       * API server URL. Required with `auth.serviceAccountToken`; with `kubeconfig` or `inCluster` it replaces the
       * server those provide. Plain `http` needs `skipTLSVerify: true`.
       * @visibility backend
       */
      url?: string;
      /** How to authenticate: exactly one of `serviceAccountToken`, `kubeconfig` or `inCluster`. */
      auth:
        | {
            /**
             * A bearer token, usually of a service account allowed to list and watch LLMInferenceServices,
             * LLMInferenceServiceConfigs, Gateways and ConfigMaps, to get serviceaccounts and to create
             * serviceaccounts/token.
             * @visibility secret
             */
            serviceAccountToken: string;
          }
        | {
            /** A kubeconfig file. */
            kubeconfig: {
              /**
               * Path of the kubeconfig file.
               * @visibility backend
               */
              file: string;
              /**
               * Context to use instead of the file's current context.
               * @visibility backend
               */
              context?: string;
            };
          }
        | {
            /**
             * Use the backend pod's own service account (the backend runs in this cluster).
             * @visibility backend
             */
            inCluster: true;
          };
      /**
       * CA bundle of the API server: base64 of the PEM, like kubeconfig `certificate-authority-data` (plain PEM is
       * accepted too).
       * @visibility secret
       */
      caData?: string;
      /**
       * Path of a CA bundle file of the API server.
       * @visibility backend
       */
      caFile?: string;
      /**
       * Skip verifying the API server certificate. Only for development.
       * @visibility backend
       */
      skipTLSVerify?: boolean;
      /**
       * The active probe of this cluster's model endpoints: the backend sends `GET <endpoint>/v1/models` without a
       * token and with a freshly minted short-lived one ("Probe now" on the model page, `llmd.model.probe`). Off
       * unless `enabled: true`.
       */
      probe?: {
        /**
         * Allow probing this cluster's models. Default false.
         * @visibility backend
         */
        enabled?: boolean;
        /**
         * Bound on one probe request in milliseconds (1 to 60000). Default 5000.
         * @visibility backend
         */
        timeoutMs?: number;
        /**
         * Models of this cluster probed at once (1 to 64). Default 4.
         * @visibility backend
         */
        concurrency?: number;
        /**
         * CA bundle of the model gateways, base64 of the PEM (plain PEM is accepted too).
         * @visibility secret
         */
        caData?: string;
        /**
         * Skip verifying the model gateways' certificates. Only for development.
         * @visibility backend
         */
        skipTLSVerify?: boolean;
      };
      /**
       * The cluster's Prometheus, for the Serving metrics card and the fleet page's columns (docs/metrics.md).
       * Absent: the portal shows "metrics not configured". On OpenShift: the Thanos querier, port 9092 with
       * `namespaceTenancy: true` (a token that may `get pods` in the tenant namespaces) or port 9091 (a token with
       * `cluster-monitoring-view`).
       */
      metrics?: {
        /**
         * The API spoken: `prometheus` (Prometheus, Thanos querier).
         * @visibility backend
         */
        type: 'prometheus';
        /**
         * Base URL of the HTTP API (without `/api/v1`), e.g.
         * `https://thanos-querier.openshift-monitoring.svc:9092`.
         * @visibility backend
         */
        url: string;
        /** How to authenticate; default `none`. */
        auth?:
          | {
              /** @visibility backend */
              type: 'serviceAccountToken';
              /**
               * Bearer token sent in `Authorization`, nowhere else.
               * @visibility secret
               */
              token: string;
            }
          | {
              /** @visibility backend */
              type: 'none';
            };
        /**
         * Every query carries `?namespace=<ns>` and covers that namespace only (Thanos querier tenancy port 9092).
         * Default false.
         * @visibility backend
         */
        namespaceTenancy?: boolean;
        /**
         * CA bundle of Prometheus, base64 of the PEM (plain PEM is accepted too), e.g. the service CA on OpenShift.
         * @visibility secret
         */
        caData?: string;
        /**
         * Skip verifying Prometheus' certificate. Only for development.
         * @visibility backend
         */
        skipTLSVerify?: boolean;
        /**
         * Bound on one Prometheus request in milliseconds (1 to 60000). Default 5000.
         * @visibility backend
         */
        timeoutMs?: number;
        /**
         * Prometheus requests of this cluster in flight at once (1 to 64). Default 4.
         * @visibility backend
         */
        concurrency?: number;
      };
      /** Overrides of `llmd.defaults` for this cluster. */
      defaults?: {
        /**
         * LLMInferenceService API version this cluster serves.
         * @visibility backend
         */
        llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2';
        /**
         * EPP dialect of the scheduler this cluster runs.
         * @visibility backend
         */
        eppDialect?:
          | 'scheduler-v0.2'
          | 'scheduler-v0.3'
          | 'scheduler-v0.5'
          | 'scheduler-v0.6'
          | 'scheduler-v0.7'
          | 'router-v0.9'
          | 'router-v0.10';
        /**
         * Audience of tokens minted in this cluster.
         * @visibility backend
         */
        tokenAudience?: string;
      };
    }>;
  };
}
