import {
  checkOf,
  type CheckCase,
  expectedCheck,
} from './__testUtils__/preflightScenario';

const cases: CheckCase[] = [
  {
    name: 'scheduler template missing',
    breakIt: s => {
      delete s.schedulerTemplate;
    },
    id: 'scheduler-template',
    status: 'fail',
    message:
      /no LLMInferenceServiceConfig kserve-config-llm-scheduler in redhat-ods-applications, opendatahub, kserve/,
  },
  {
    name: 'scheduler template in the Open Data Hub namespace',
    breakIt: s => {
      s.schedulerTemplate!.metadata.namespace = 'opendatahub';
    },
    id: 'scheduler-template',
    status: 'ok',
    message:
      /LLMInferenceServiceConfig opendatahub\/kserve-config-llm-scheduler found/,
  },
  {
    name: 'LLMInferenceServiceConfigs forbidden',
    access: {
      LLMInferenceServiceConfig: {
        state: 'forbidden',
        permission: 'list, watch llminferenceserviceconfigs.serving.kserve.io',
      },
    },
    id: 'scheduler-template',
    status: 'unknown',
    message: /missing permission: list, watch llminferenceserviceconfigs/,
  },
];

describe('preflight: scheduler-template', () => {
  it.each(cases)('$name', c => {
    expect(checkOf(c)).toEqual(expectedCheck(c));
  });
});
