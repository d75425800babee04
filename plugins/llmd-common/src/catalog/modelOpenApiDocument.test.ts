import { parse } from 'yaml';
import {
  modelOpenApiDefinition,
  modelOpenApiDocument,
} from './modelOpenApiDocument';

const input = {
  title: 'Granite 8B',
  namespace: 'team-a',
  name: 'granite-8b',
  servedModelName: 'ibm-granite/granite-3.3-8b-instruct',
  servers: [
    { url: 'https://gw.example.com/team-a/granite-8b/v1', description: 'demo' },
  ],
  authEnabled: true,
};

describe('modelOpenApiDocument', () => {
  it('describes the OpenAI-compatible paths under each endpoint', () => {
    const doc = modelOpenApiDocument(input);
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.servers).toEqual([
      {
        url: 'https://gw.example.com/team-a/granite-8b/v1',
        description: 'demo',
      },
    ]);
    expect(Object.keys(doc.paths as object)).toEqual([
      '/chat/completions',
      '/completions',
      '/models',
    ]);
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components).toMatchObject({
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    });
  });

  it('leaves security and servers out when auth is off and no endpoint is published', () => {
    const doc = modelOpenApiDocument({
      ...input,
      servers: [],
      authEnabled: false,
    });
    expect(doc).not.toHaveProperty('servers');
    expect(doc).not.toHaveProperty('security');
    expect(doc.components).not.toHaveProperty('securitySchemes');
    expect((doc.info as { description: string }).description).toContain(
      'No endpoint is published yet',
    );
    const models = (doc.paths as any)['/models'].get.responses;
    expect(Object.keys(models)).toEqual(['200', '400']);
  });

  it('writes YAML without aliases that parses back to the document', () => {
    const text = modelOpenApiDefinition(input);
    expect(text).not.toMatch(/[&*]a\d/);
    expect(parse(text)).toEqual(modelOpenApiDocument(input));
  });
});
