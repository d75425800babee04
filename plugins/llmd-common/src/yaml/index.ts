export { findDuplicateKeys } from './findDuplicateKeys';
export type { DuplicateKey } from './findDuplicateKeys';
export { parseYamlDocument, parseYamlDocuments } from './parseYamlDocuments';
export type { ParseYamlOptions } from './parseYamlDocuments';
export {
  MAX_YAML_ALIAS_COUNT,
  withValueError,
  yamlDocumentValue,
} from './yamlDocumentValue';
export type { YamlDocumentValue } from './yamlDocumentValue';
