import fs from 'node:fs';
import path from 'node:path';
import { yamlDocs } from '../__testUtils__/yamlDocs';
import {
  MANAGED_CLIENT_LABEL,
  modelClientServiceAccountName,
  renderModelAccess,
} from './renderModelAccess';
import { renderModelService } from './renderModelService';
import { BASIC, V1ALPHA1, validModel } from './__testUtils__/modelFixtures';

const EXAMPLE_DIR = path.resolve(
  // The example GitOps repo is read from the source tree.
  __dirname,
  '../../../../../examples/gitops/tenants/team-a/models/granite-8b',
);

const exampleDocs = (file: string) =>
  yamlDocs(fs.readFileSync(path.join(EXAMPLE_DIR, file), 'utf8'));

describe('renderModelAccess', () => {
  it('names the client ServiceAccount <name>-client', () => {
    expect(modelClientServiceAccountName('granite-8b')).toBe(
      'granite-8b-client',
    );
  });

  it('labels the client ServiceAccount as managed, so the backend mints only for its own', () => {
    const [serviceAccount] = renderModelAccess('granite-8b', 'team-a');
    expect(serviceAccount).toMatchObject({
      kind: 'ServiceAccount',
      metadata: { labels: { [MANAGED_CLIENT_LABEL]: 'true' } },
    });
    expect(MANAGED_CLIENT_LABEL).toBe('llm-d.ai/managed-client');
  });

  it('matches the example GitOps repository’s access.yaml', () => {
    expect(renderModelAccess('granite-8b', 'team-a')).toEqual(
      exampleDocs('access.yaml'),
    );
  });
});

describe('renderModelService against the example GitOps repository', () => {
  // The example repo's granite-8b is what the renderer produces for this input (up to comments and YAML style).
  const input = validModel(
    { ...BASIC, replicas: 2, maxModelLen: 32768, displayName: 'Granite 8B' },
    V1ALPHA1,
  );
  const result = renderModelService(input, V1ALPHA1);
  const rendered = (file: string) =>
    yamlDocs(result.files.find(f => f.path.endsWith(`/${file}`))!.content);

  it.each(['kustomization.yaml', 'llminferenceservice.yaml', 'access.yaml'])(
    '%s has the same content',
    file => {
      expect(rendered(file)).toEqual(exampleDocs(file));
    },
  );
});
