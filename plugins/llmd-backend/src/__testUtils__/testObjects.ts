/*
 * Objects the backend tests put in the fake cache: a tenant Gateway, a ready model with a published URL on two
 * clusters, and a P/D model whose EPP config is passed with --config-text.
 */

/** The EPP config of the P/D model (llm-d-inference-scheduler v0.2 dialect). */
export const PD_EPP_CONFIG = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: prefill-header-handler
- type: prefill-filter
- type: decode-filter
- type: max-score-picker
- type: queue-scorer
- type: pd-profile-handler
  parameters:
    threshold: 10
schedulingProfiles:
- name: prefill
  plugins:
  - pluginRef: prefill-filter
  - pluginRef: queue-scorer
  - pluginRef: max-score-picker
- name: decode
  plugins:
  - pluginRef: decode-filter
  - pluginRef: queue-scorer
  - pluginRef: max-score-picker
`;

/** team-a's dedicated Gateway with an address. */
export const teamAGateway = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'team-a-gateway', namespace: 'team-a' },
  spec: {
    gatewayClassName: 'openshift-ai-inference',
    listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
  },
  status: { addresses: [{ type: 'IPAddress', value: '10.0.0.5' }] },
};

/** A ready v1alpha1 model with auth on and a published URL. */
export const granite = {
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: {
    name: 'granite-8b',
    namespace: 'team-a',
    annotations: {
      'backstage.io/owner': 'group:default/team-a',
      'openshift.io/display-name': 'Granite 8B',
      'security.opendatahub.io/enable-auth': 'true',
    },
  },
  spec: {
    model: {
      uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct',
      name: 'ibm-granite/granite-3.3-8b-instruct',
    },
    replicas: 2,
    router: {
      route: {},
      gateway: { refs: [{ name: 'team-a-gateway', namespace: 'team-a' }] },
      scheduler: {},
    },
    template: {
      containers: [
        { name: 'main', resources: { limits: { 'nvidia.com/gpu': '1' } } },
      ],
    },
  },
  status: {
    url: 'http://10.0.0.5/team-a/granite-8b',
    conditions: [{ type: 'Ready', status: 'True' }],
  },
};

/** A P/D model (auth off) without status: endpoints come from its Gateway. */
export const qwenPd = {
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: {
    name: 'qwen-pd',
    namespace: 'team-a',
    annotations: { 'security.opendatahub.io/enable-auth': 'false' },
  },
  spec: {
    model: {
      uri: 'hf://Qwen/Qwen2.5-7B-Instruct',
      name: 'Qwen/Qwen2.5-7B-Instruct',
    },
    replicas: 1,
    prefill: { replicas: 2 },
    router: {
      route: {},
      gateway: { refs: [{ name: 'team-a-gateway' }] },
      scheduler: {
        template: {
          containers: [
            {
              name: 'main',
              args: [
                '--pool-name',
                'qwen-pd-inference-pool',
                '--config-text',
                PD_EPP_CONFIG,
              ],
            },
          ],
        },
      },
    },
  },
};

/** A model of another tenant, on the staging cluster only. */
export const teamBModel = {
  apiVersion: 'serving.kserve.io/v1alpha2',
  kind: 'LLMInferenceService',
  metadata: { name: 'llama', namespace: 'team-b' },
  spec: {
    model: { uri: 'hf://meta-llama/Llama-3.1-8B-Instruct' },
    router: { scheduler: {} },
  },
};
