import { parseAllDocuments } from 'yaml';
import type { ValidationError } from './types';

/**
 * Parses multi-document YAML, keeping the index of every non-empty document and reporting syntax
 * errors and duplicate keys (which `kubectl apply --validate=strict` also rejects).
 */
export function parseYamlDocuments(text: string): {
  docs: Array<{ index: number; value: unknown }>;
  errors: ValidationError[];
} {
  const docs: Array<{ index: number; value: unknown }> = [];
  const errors: ValidationError[] = [];
  const parsed = parseAllDocuments(text);
  (Array.isArray(parsed) ? parsed : []).forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        errors.push({
          path: '',
          message: `YAML: ${e.message.split('\n')[0]}`,
          document: index,
        });
      return;
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) docs.push({ index, value });
  });
  return { docs, errors };
}
