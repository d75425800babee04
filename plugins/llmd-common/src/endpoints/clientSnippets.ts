import type { ClientSnippets } from '../api';
import { shellQuote } from '../render/model/shellQuote';

/**
 * The environment variable the snippets read the token from.
 *
 * @public
 */
export const TOKEN_ENV_VAR = 'LLMD_TOKEN';

/**
 * Options of {@link clientSnippets}.
 *
 * @public
 */
export interface ClientSnippetOptions {
  readonly namespace: string;
  readonly name: string;
  /** `.../<namespace>/<name>/v1`; `http://GATEWAY_ADDRESS/<namespace>/<name>/v1` while the model has no known address. */
  readonly baseUrl?: string;
  /** The served model name (the request's `model`). */
  readonly modelName: string;
  /** With auth off, the snippets send no Authorization header. */
  readonly authEnabled: boolean;
  /**
   * Embed this token instead of referencing `$LLMD_TOKEN`. Only for callers that show the snippet to the token's
   * owner right after minting; never store or log the result.
   */
  readonly embedToken?: string;
}

/** A Python string literal (JSON string syntax is valid Python for these characters). */
function pythonString(value: string): string {
  return JSON.stringify(value);
}

function curlSnippet(baseUrl: string, options: ClientSnippetOptions): string {
  const body = JSON.stringify({
    model: options.modelName,
    messages: [{ role: 'user', content: 'Hello!' }],
  });
  const lines = [
    ...(options.embedToken !== undefined
      ? [`export ${TOKEN_ENV_VAR}=${shellQuote(options.embedToken)}`]
      : []),
    `curl -sS ${shellQuote(`${baseUrl}/chat/completions`)} \\`,
    ...(options.authEnabled
      ? [`  -H "Authorization: Bearer $${TOKEN_ENV_VAR}" \\`]
      : []),
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(body)}`,
  ];
  return lines.join('\n');
}

function openaiPythonSnippet(
  baseUrl: string,
  options: ClientSnippetOptions,
): string {
  let apiKey = `os.environ.get(${pythonString(TOKEN_ENV_VAR)}, "unused")`;
  if (options.embedToken !== undefined) {
    apiKey = pythonString(options.embedToken);
  } else if (options.authEnabled) {
    apiKey = `os.environ[${pythonString(TOKEN_ENV_VAR)}]`;
  }
  return [
    'import os',
    '',
    'from openai import OpenAI',
    '',
    '# pip install openai',
    'client = OpenAI(',
    `    base_url=${pythonString(baseUrl)},`,
    // the OpenAI client insists on an API key even when the gateway needs none
    `    api_key=${apiKey},`,
    ')',
    'response = client.chat.completions.create(',
    `    model=${pythonString(options.modelName)},`,
    '    messages=[{"role": "user", "content": "Hello!"}],',
    ')',
    'print(response.choices[0].message.content)',
  ].join('\n');
}

function openaiJsSnippet(
  baseUrl: string,
  options: ClientSnippetOptions,
): string {
  let apiKey = `process.env.${TOKEN_ENV_VAR} ?? 'unused'`;
  if (options.embedToken !== undefined) {
    apiKey = JSON.stringify(options.embedToken);
  } else if (options.authEnabled) {
    apiKey = `process.env.${TOKEN_ENV_VAR}`;
  }
  return [
    '// npm install openai',
    "import OpenAI from 'openai';",
    '',
    'const client = new OpenAI({',
    `  baseURL: ${JSON.stringify(baseUrl)},`,
    `  apiKey: ${apiKey},`,
    '});',
    'const response = await client.chat.completions.create({',
    `  model: ${JSON.stringify(options.modelName)},`,
    "  messages: [{ role: 'user', content: 'Hello!' }],",
    '});',
    'console.log(response.choices[0].message.content);',
  ].join('\n');
}

/**
 * Copy-paste snippets calling a model's chat completions endpoint with curl, the OpenAI Python SDK and the OpenAI
 * JavaScript SDK. The token is
 * read from the `LLMD_TOKEN` environment variable, so the snippets can be shown, copied and logged freely.
 *
 * @public
 */
export function clientSnippets(options: ClientSnippetOptions): ClientSnippets {
  const baseUrl =
    options.baseUrl ??
    `http://GATEWAY_ADDRESS/${options.namespace}/${options.name}/v1`;
  return {
    curl: curlSnippet(baseUrl, options),
    openaiPython: openaiPythonSnippet(baseUrl, options),
    openaiJs: openaiJsSnippet(baseUrl, options),
  };
}
