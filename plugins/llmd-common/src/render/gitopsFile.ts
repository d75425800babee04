import { Document } from 'yaml';

/**
 * A Kubernetes manifest as plain data, keys in the order they are written.
 *
 * @public
 */
export type KubeManifest = {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string };
  readonly [key: string]: unknown;
};

/**
 * A file of the GitOps repository (DESIGN §3 layout): a repo-relative path and its YAML text.
 *
 * @public
 */
export interface GitopsFile {
  readonly path: string;
  readonly content: string;
}

/**
 * What every renderer returns: the manifests and the files that hold them in the GitOps layout.
 *
 * @public
 */
export interface RenderResult {
  readonly manifests: readonly KubeManifest[];
  readonly files: readonly GitopsFile[];
}

// Stable, diff-friendly output: no anchors/aliases, no line folding, block style.
const TO_STRING_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

function yamlDocument(value: unknown, comment?: string): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  // On the first node rather than the document, so no blank line separates the header from the manifest.
  if (comment && doc.contents) doc.contents.commentBefore = comment;
  return doc;
}

/**
 * Serializes objects as a multi-document YAML stream (the `yaml` serializer, never string building), with an
 * optional header comment (one `#` line per line of `header`).
 */
function toYamlStream(values: readonly unknown[], header?: string): string {
  return values
    .map((value, index) =>
      yamlDocument(
        value,
        index === 0 ? commentText(header) : undefined,
      ).toString(TO_STRING_OPTIONS),
    )
    .join('---\n');
}

function commentText(header: string | undefined): string | undefined {
  if (!header) return undefined;
  // The yaml library prefixes each comment line with '#'; a leading space keeps `# text`.
  return header
    .split('\n')
    .map(line => (line ? ` ${line}` : ''))
    .join('\n');
}

/** A GitOps file holding one or more manifests, with a short header comment saying what it is. */
export function gitopsYamlFile(
  path: string,
  header: string,
  values: readonly unknown[],
): GitopsFile {
  return { path, content: toYamlStream(values, header) };
}

/** The `kustomization.yaml` of a GitOps unit, listing its resource files. */
export function kustomizationFile(
  dir: string,
  header: string,
  resources: readonly string[],
  namespace?: string,
): GitopsFile {
  return gitopsYamlFile(`${dir}/kustomization.yaml`, header, [
    {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      ...(namespace ? { namespace } : {}),
      resources: [...resources],
    },
  ]);
}

/** One file of a GitOps unit: a single manifest with its header comment. */
export interface GitopsUnitFile {
  readonly file: string;
  readonly header: string;
  readonly manifest: KubeManifest;
}

/** The files of the GitOps unit in `dir`: its `kustomization.yaml` listing the unit's files, then each file. */
export function gitopsUnitFiles(
  dir: string,
  header: string,
  units: readonly GitopsUnitFile[],
): GitopsFile[] {
  return [
    kustomizationFile(
      dir,
      header,
      units.map(unit => unit.file),
    ),
    ...units.map(unit =>
      gitopsYamlFile(`${dir}/${unit.file}`, unit.header, [unit.manifest]),
    ),
  ];
}
