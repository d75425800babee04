import { createHash } from 'node:crypto';

/** Words the simulated model speaks; small and boring on purpose, so generated text reads as a placeholder. */
const VOCABULARY = [
  'the',
  'model',
  'answers',
  'with',
  'simulated',
  'tokens',
  'from',
  'a',
  'loopback',
  'gateway',
  'and',
  'a',
  'deterministic',
  'seed',
  'for',
  'each',
  'prompt',
  'llm-d',
  'serves',
  'this',
];

/** The number of tokens of a text: its whitespace-separated words (no real tokenizer needed here). */
export function countTokens(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** The generated tokens of a completion and why generation stopped. */
export interface Completion {
  /** One entry per token, each with its leading space except the first, so `tokens.join('')` is the text. */
  tokens: string[];
  finishReason: 'stop' | 'length';
}

/**
 * The completion of a prompt: the same prompt always gives the same words. Its natural length is 8–23 tokens;
 * `maxTokens` cuts it short (finish reason `length`, as vLLM reports it).
 */
export function completeText(prompt: string, maxTokens: number): Completion {
  const digest = createHash('sha256').update(prompt).digest();
  const natural = 8 + (digest[0] % 16);
  const count = Math.min(natural, maxTokens);
  const tokens = Array.from({ length: count }, (_, i) => {
    const word =
      VOCABULARY[digest[(i + 1) % digest.length] % VOCABULARY.length];
    return i === 0 ? word : ` ${word}`;
  });
  return { tokens, finishReason: count < natural ? 'length' : 'stop' };
}
