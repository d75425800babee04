/** Words of the shared "system prompt" every background request starts with: repeated prefixes hit the cache. */
const SYSTEM_PROMPT = [
  'You are a helpful assistant of the llm-d demo cluster.',
  'Answer briefly and precisely, in plain words, without markdown.',
  'If a question is about serving models, mention latency and cache behaviour.',
  'Keep every answer short.',
].join(' ');

const TOPICS = [
  'prefix caching',
  'prefill and decode disaggregation',
  'the inference scheduler',
  'KV cache transfer',
  'time to first token',
  'token throughput',
];

/** Extra prompt words per request, cycling: short chats and long documents, so P/D splits some of them. */
const EXTRA_WORDS = [4, 16, 40, 90, 160, 260];
const MAX_TOKENS = [8, 16, 32, 64];

/** The path (below the model's URL) and JSON body of background request number `n`: deterministic and varied. */
export function backgroundLoadRequest(n: number): {
  path: string;
  body: Record<string, unknown>;
} {
  const topic = TOPICS[n % TOPICS.length];
  const filler = Array.from(
    { length: EXTRA_WORDS[n % EXTRA_WORDS.length] },
    (_, i) => `word${(i * 7 + n) % 50}`,
  ).join(' ');
  const question = `Tell me about ${topic}. ${filler}`;
  const max_tokens = MAX_TOKENS[n % MAX_TOKENS.length];
  if (n % 2 === 0) {
    return {
      path: '/v1/completions',
      body: { prompt: `${SYSTEM_PROMPT} ${question}`, max_tokens },
    };
  }
  return {
    path: '/v1/chat/completions',
    body: {
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: question },
      ],
      max_tokens,
      stream: n % 4 === 1,
    },
  };
}
