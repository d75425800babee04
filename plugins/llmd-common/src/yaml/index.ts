export { parseYamlDocument, parseYamlDocuments } from './parseYamlDocuments';
export type { ParseYamlOptions } from './parseYamlDocuments';
export { withValueError, yamlDocumentValue } from './yamlDocumentValue';
export type { YamlDocumentValue } from './yamlDocumentValue';
