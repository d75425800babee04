import { clientSnippets } from './clientSnippets';

const base = {
  namespace: 'team-a',
  name: 'granite-8b',
  baseUrl: 'https://gw.example.com/team-a/granite-8b/v1',
  modelName: 'ibm-granite/granite-3.3-8b-instruct',
};

describe('clientSnippets', () => {
  it('reads the token from $LLMD_TOKEN in curl', () => {
    const { curl } = clientSnippets({ ...base, authEnabled: true });
    expect(curl).toBe(
      [
        'curl -sS https://gw.example.com/team-a/granite-8b/v1/chat/completions \\',
        '  -H "Authorization: Bearer $LLMD_TOKEN" \\',
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"model":"ibm-granite/granite-3.3-8b-instruct","messages":[{"role":"user","content":"Hello!"}]}'`,
      ].join('\n'),
    );
  });

  it('reads the token from the environment in the OpenAI Python SDK', () => {
    const { openaiPython } = clientSnippets({ ...base, authEnabled: true });
    expect(openaiPython).toContain(
      'base_url="https://gw.example.com/team-a/granite-8b/v1",',
    );
    expect(openaiPython).toContain('api_key=os.environ["LLMD_TOKEN"],');
    expect(openaiPython).toContain(
      'model="ibm-granite/granite-3.3-8b-instruct",',
    );
    expect(openaiPython).toContain('client.chat.completions.create(');
  });

  it('reads the token from the environment in the OpenAI JavaScript SDK', () => {
    const { openaiJs } = clientSnippets({ ...base, authEnabled: true });
    expect(openaiJs).toContain(
      'baseURL: "https://gw.example.com/team-a/granite-8b/v1",',
    );
    expect(openaiJs).toContain('apiKey: process.env.LLMD_TOKEN,');
    expect(openaiJs).toContain('model: "ibm-granite/granite-3.3-8b-instruct",');
  });

  it('sends no Authorization header when auth is off', () => {
    const { curl, openaiPython, openaiJs } = clientSnippets({
      ...base,
      authEnabled: false,
    });
    expect(curl).not.toContain('Authorization');
    expect(openaiPython).toContain(
      'api_key=os.environ.get("LLMD_TOKEN", "unused"),',
    );
    expect(openaiJs).toContain("apiKey: process.env.LLMD_TOKEN ?? 'unused',");
  });

  it('embeds a token only when explicitly asked', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.secret';
    const plain = clientSnippets({ ...base, authEnabled: true });
    expect(JSON.stringify(plain)).not.toContain(token);
    const embedded = clientSnippets({
      ...base,
      authEnabled: true,
      embedToken: token,
    });
    expect(embedded.curl.split('\n')[0]).toBe(`export LLMD_TOKEN=${token}`);
    expect(embedded.openaiPython).toContain(`api_key="${token}",`);
    expect(embedded.openaiJs).toContain(`apiKey: "${token}",`);
  });

  it('quotes model names for the shell and uses a placeholder address', () => {
    const { curl } = clientSnippets({
      namespace: 'team-a',
      name: 'granite-8b',
      modelName: "it's",
      authEnabled: true,
    });
    expect(curl).toContain(
      'curl -sS http://GATEWAY_ADDRESS/team-a/granite-8b/v1/chat/completions',
    );
    expect(curl).toContain(`"model":"it'\\''s"`);
  });
});
