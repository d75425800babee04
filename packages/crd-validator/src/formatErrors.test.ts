import { pointerToPath } from './formatErrors';

describe('pointerToPath', () => {
  it.each([
    ['', undefined, ''],
    ['', 'apiVersion', 'apiVersion'],
    ['/spec/router/gateway', 'ref', 'spec.router.gateway.ref'],
    [
      '/spec/template/containers/0/env/1',
      undefined,
      'spec.template.containers[0].env[1]',
    ],
    [
      '/metadata/labels/app.kubernetes.io~1name',
      undefined,
      'metadata.labels["app.kubernetes.io/name"]',
    ],
    ['/metadata/annotations', 'a~b', 'metadata.annotations["a~b"]'],
  ])('%j + %j → %j', (pointer, extra, expected) => {
    expect(pointerToPath(pointer, extra)).toBe(expected);
  });
});
