import SwaggerParser from '@apidevtools/swagger-parser';
import { modelOpenApiDefinition } from '@llmd/plugin-llmd-common';
import { parse } from 'yaml';

// The document is built in llmd-common (no validator there); the module is where it goes out, so it is checked here.
describe('the model API definition the module emits', () => {
  const base = {
    title: 'Granite 8B',
    namespace: 'team-a',
    name: 'granite-8b',
    servedModelName: 'ibm-granite/granite-3.3-8b-instruct',
  };

  it.each([
    [
      'auth on, two endpoints',
      {
        authEnabled: true,
        servers: [
          {
            url: 'https://gw.example.com/team-a/granite-8b/v1',
            description: 'prod',
          },
          {
            url: 'http://10.0.0.1/team-a/granite-8b/v1',
            description: 'demo, cluster-internal',
          },
        ],
      },
    ],
    ['auth off, no endpoint yet', { authEnabled: false, servers: [] }],
  ])('is a valid OpenAPI 3.0 document (%s)', async (_case, variant) => {
    // validate() takes a string for a file path, so it gets the parsed document
    const document = parse(modelOpenApiDefinition({ ...base, ...variant }));
    const validated = await SwaggerParser.validate(document);
    expect(Object.keys(validated.paths ?? {})).toEqual([
      '/chat/completions',
      '/completions',
      '/models',
    ]);
  });
});
