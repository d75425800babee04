import { sharedValidator } from './__testUtils__/testFixtures';

describe('core kinds and unknown kinds', () => {
  it('validates the built-in core kinds strictly', () => {
    const v = sharedValidator();
    expect(
      v.validate({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'team-a' },
      }).valid,
    ).toBe(true);
    expect(
      v.validate({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'team.a' },
      }).valid,
    ).toBe(false);
    expect(
      v.validate({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c' },
        data: { a: 1 },
      }).errors,
    ).toEqual([{ path: 'data.a', message: 'must be string (got 1)' }]);
    expect(
      v.validate({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'system:b' },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Role',
          name: 'r',
        },
        subject: [],
      }).errors,
    ).toEqual([{ path: 'subject', message: 'unknown field "subject"' }]);
    expect(
      v.validate({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resource: ['a.yaml'],
      }).errors,
    ).toEqual([{ path: 'resource', message: 'unknown field "resource"' }]);
  });

  it('reports kinds without a schema', () => {
    const v = sharedValidator();
    expect(
      v.validate({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'j' },
      }).errors,
    ).toEqual([{ path: '', message: 'no schema for batch/v1/Job' }]);
    expect(v.hasSchema('batch/v1', 'Job')).toBe(false);
    expect(v.hasSchema('gateway.networking.k8s.io/v1', 'HTTPRoute')).toBe(true);
    expect(v.hasSchema('gateway.networking.k8s.io/v2', 'HTTPRoute')).toBe(
      false,
    );
    expect(v.validate('kind: Job').errors[0].message).toBe(
      'manifest must be an object (got string)',
    );
    expect(v.validate({ kind: 'Job' }).errors[0].message).toBe(
      'manifest must have string apiVersion and kind',
    );
  });
});
