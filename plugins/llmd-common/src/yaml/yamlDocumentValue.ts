import { type Document, YAMLParseError } from 'yaml';

/** Aliases a manifest or config plausibly needs; far below what a "billion laughs" bomb expands to. */
const MAX_YAML_ALIAS_COUNT = 100;

/**
 * The plain value of a parsed document, or why it cannot be built.
 *
 * @public
 */
export type YamlDocumentValue =
  | { readonly value: unknown }
  | { readonly error: string };

/**
 * Builds the plain value of a document that parsed without errors. `toJS` throws on alias bombs ("Excessive alias
 * count") and similar; callers that read several documents turn that into a finding of the one document instead of
 * losing every other document's result.
 *
 * @public
 */
export function yamlDocumentValue(
  doc: Document.Parsed,
  maxAliasCount = MAX_YAML_ALIAS_COUNT,
): YamlDocumentValue {
  try {
    return { value: doc.toJS({ maxAliasCount }) };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  }
}

/**
 * Marks a document whose value cannot be built with that as an error of its own (code `IMPOSSIBLE`, at the
 * document's start), so code that skips documents with errors never calls the throwing `toJS` on it.
 *
 * @public
 */
export function withValueError(doc: Document.Parsed): Document.Parsed {
  if (doc.errors.length > 0) return doc;
  const built = yamlDocumentValue(doc);
  if ('error' in built) {
    const at = doc.range[0];
    doc.errors.push(new YAMLParseError([at, at], 'IMPOSSIBLE', built.error));
  }
  return doc;
}
