export interface Config {
  llmd?: {
    /**
     * Where and how the Software Templates publish GitOps changes.
     */
    gitops?: {
      /**
       * `local` pushes a branch to a plain git remote (`llmd:gitops:push-branch`); `github` and `gitlab` open a pull
       * or merge request with the stock publish actions. Default `local`.
       * @visibility backend
       */
      provider?: 'local' | 'github' | 'gitlab';
      /**
       * The GitOps repository. `local`: a path to a bare repository or a git URL; `github`/`gitlab`: the scaffolder
       * repoUrl form, e.g. `github.com?owner=example-org&repo=llmd-gitops`.
       * @visibility backend
       */
      repoUrl?: string;
      /**
       * Branch pull requests target and new branches start from. Default `main`.
       * @visibility backend
       */
      targetBranch?: string;
      /**
       * What the renderers emit unless a template step overrides it.
       */
      target?: {
        /**
         * `v1alpha1` (KServe 0.15/0.16, OpenShift AI 3.x) or `v1alpha2` (KServe ≥ 0.17). Default `v1alpha1`.
         * @visibility backend
         */
        llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2';
        /**
         * EPP dialect the routing configs are written and linted for (`llmd epp dialects` lists them).
         * Default `scheduler-v0.2`.
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
         * v1alpha1: the controller's scheduler template whose arguments the render repeats and whose flag spelling
         * it uses (`openshift-ai`: kebab-case, `--config-text`; `kserve-v0.16`: camelCase, `--configText`).
         * Default: the one the dialect's flags need (`kserve-v0.16` for scheduler-v0.2), `openshift-ai` without a
         * dialect.
         * @visibility backend
         */
        schedulerTemplate?: 'openshift-ai' | 'kserve-v0.16';
      };
      /**
       * How `llmd:gitops:validate` checks manifests.
       */
      validation?: {
        /**
         * Directories scanned recursively for CustomResourceDefinition YAML (e.g. exported with
         * `kubectl get crd -o yaml`). Manifests of kinds found there are validated strictly; other kinds are validated
         * against the CRDs installed on the clusters of `llmd.clusters`; kinds with neither are reported as warnings.
         * @visibility backend
         */
        crdDirectories?: string[];
        /**
         * Refuse changes to tenants the user who started the task may not propose to: `llmd:gitops:validate` asks
         * the permission framework for `llmd.tenant.propose` on every namespace the change writes into (resource type
         * `llmd-tenant`, rule `IS_TENANT_MEMBER` against the tenant's owner from `llmd.catalog.owners`, else
         * `llmd.catalog.defaultOwner`). The permission policy must decide it (see docs/templates.md). Default false.
         * @visibility backend
         */
        requireTenantMembership?: boolean;
      };
    };
  };
}
