import type { Entity } from '@backstage/catalog-model';
import { isLlmdModelService, modelRefOfEntity } from './modelRefOfEntity';

const entity = (
  spec: NonNullable<Entity['spec']>,
  annotations = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'granite-8b', namespace: 'team-a', annotations },
  spec,
});

describe('isLlmdModelService', () => {
  it('accepts model-service components and nothing else', () => {
    expect(isLlmdModelService(entity({ type: 'model-service' }))).toBe(true);
    expect(isLlmdModelService(entity({ type: 'service' }))).toBe(false);
    expect(
      isLlmdModelService({
        ...entity({ type: 'model-service' }),
        kind: 'API',
      }),
    ).toBe(false);
  });
});

describe('modelRefOfEntity', () => {
  it('prefers the llm-d annotations over the entity name', () => {
    expect(
      modelRefOfEntity(
        entity(
          { type: 'model-service' },
          { 'llm-d.ai/namespace': 'ns-x', 'llm-d.ai/name': 'obj-y' },
        ),
      ),
    ).toEqual({ namespace: 'ns-x', name: 'obj-y' });
    expect(modelRefOfEntity(entity({ type: 'model-service' }))).toEqual({
      namespace: 'team-a',
      name: 'granite-8b',
    });
  });
});
