import { parseAllDocuments } from 'yaml';

/** Test helper: the documents of one or more YAML texts, as plain data. */
export function yamlDocs(...texts: string[]): any[] {
  return texts.flatMap(text => parseAllDocuments(text).map(doc => doc.toJS()));
}
