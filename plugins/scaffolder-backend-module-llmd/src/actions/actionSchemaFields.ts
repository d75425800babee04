import type { TemplateActionOptions } from '@backstage/plugin-scaffolder-node';

/**
 * One side (input or output) of a scaffolder action schema: field name → `z => schema`. Declaring a schema as
 * `{ … } satisfies ActionSchemaFields` outside `createTemplateAction` types the `z` parameters with the scaffolder's
 * own zod copy and keeps each field's type for the handler.
 */
export type ActionSchemaFields = NonNullable<
  NonNullable<TemplateActionOptions['schema']>['input']
>;
