/**
 * One finding as the CLI prints it; `rule` is a policy rule id, `schema` for a schema violation (or a kind with no
 * schema, as a warning), or `yaml` for a file that does not parse.
 */
export interface ManifestFinding {
  readonly rule: string;
  readonly severity: 'deny' | 'warn';
  readonly path: string;
  readonly message: string;
}

/** The findings of one file. */
export interface ManifestFileFindings {
  readonly file: string;
  readonly findings: ManifestFinding[];
}
