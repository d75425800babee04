import { renderFromInput } from '../render/renderFromInput';
import { crdGroupsOf } from './crdGroupsOf';

describe('crdGroupsOf', () => {
  it('lists the custom resource groups of rendered files, not the core, dot-less or kustomize groups', () => {
    const tenant = renderFromInput('tenant', {
      namespace: 'team-a',
      owner: 'group:default/team-a',
    });
    const model = renderFromInput('model', {
      name: 'm',
      namespace: 'team-a',
      owner: 'group:default/team-a',
      model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
    });
    if (!tenant.success || !model.success)
      throw new Error('fixtures do not render');
    expect(
      crdGroupsOf([
        ...tenant.result.files,
        ...model.result.files,
        { path: 'broken.yaml', content: 'a: [\n' },
      ]),
    ).toEqual([
      'gateway.networking.k8s.io',
      'rbac.authorization.k8s.io',
      'serving.kserve.io',
    ]);
  });
});
