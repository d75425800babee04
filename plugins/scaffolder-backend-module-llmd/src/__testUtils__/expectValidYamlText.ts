import { expectValidManifests } from '@internal/crd-validator';
import { parseAllDocuments } from 'yaml';

/** Strict CRD validation of a GitOps file's manifests; kustomize's own files are skipped (no CRD describes them). */
export function expectValidYamlText(text: string): void {
  const docs = parseAllDocuments(text)
    .map(doc => doc.toJS())
    .filter(
      doc =>
        doc && !String(doc.apiVersion).startsWith('kustomize.config.k8s.io/'),
    );
  expectValidManifests(docs);
}
