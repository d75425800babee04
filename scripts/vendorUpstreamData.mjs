#!/usr/bin/env node
// Keeps vendor/ (third-party data: CRDs, KServe samples, EPP configs) byte-identical to its upstream files.
//
//   node scripts/vendorUpstreamData.mjs --check       every listed file is present with its recorded git blob id,
//                                                    and vendor/ holds nothing unlisted (exit 1 otherwise)
//   node scripts/vendorUpstreamData.mjs --from DIR    copies every listed file from DIR/<path> (a tree with
//                                                    vendor/'s layout, e.g. a checkout of the upstream files),
//                                                    refusing any whose blob id differs from PROVENANCE.tsv
//
// The blob id is what `git hash-object` prints, so a row can be checked against the upstream repository with
// `git rev-parse <commit>:<upstream_path>`. To add a file, add its row to vendor/PROVENANCE.tsv, then run --from.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vendorDir = path.join(root, 'vendor');
const provenanceFile = path.join(vendorDir, 'PROVENANCE.tsv');
const COLUMNS = [
  'path',
  'repository',
  'ref',
  'commit',
  'upstream_path',
  'licence',
  'blob',
];
// Files of vendor/ itself, not upstream data.
const OWN_FILES = new Set(['README.md', 'PROVENANCE.tsv']);

function usage(message) {
  process.stderr.write(
    `${message}\nusage: vendorUpstreamData.mjs --check | --from DIR\n`,
  );
  process.exit(2);
}

/** git's blob id of a file's bytes (`git hash-object`). */
function blobId(bytes) {
  return createHash('sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}

function readProvenance() {
  const [header, ...lines] = fs
    .readFileSync(provenanceFile, 'utf8')
    .split('\n')
    .filter(line => line.trim() !== '');
  if (header !== COLUMNS.join('\t')) {
    usage(`${provenanceFile}: the header must be ${COLUMNS.join(' | ')}`);
  }
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(COLUMNS.map((c, j) => [c, cells[j]]));
    if (cells.length !== COLUMNS.length || COLUMNS.some(c => !row[c])) {
      usage(`${provenanceFile}:${i + 2}: expected ${COLUMNS.length} cells`);
    }
    if (path.isAbsolute(row.path) || row.path.split('/').includes('..')) {
      usage(`${provenanceFile}:${i + 2}: path must stay inside vendor/`);
    }
    return row;
  });
}

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), rel)
      : [rel];
  });
}

function check(rows) {
  const problems = [];
  for (const row of rows) {
    const file = path.join(vendorDir, row.path);
    if (!fs.existsSync(file)) {
      problems.push(`${row.path}: missing`);
    } else if (blobId(fs.readFileSync(file)) !== row.blob) {
      problems.push(
        `${row.path}: differs from ${row.repository}@${row.commit}:${row.upstream_path} (blob ${row.blob})`,
      );
    }
  }
  const listed = new Set(rows.map(r => r.path));
  for (const rel of listFiles(vendorDir)) {
    if (!listed.has(rel) && !OWN_FILES.has(rel)) {
      problems.push(`${rel}: not listed in PROVENANCE.tsv`);
    }
  }
  return problems;
}

function copyFrom(rows, from) {
  for (const row of rows) {
    const source = path.join(from, row.path);
    const bytes = fs.readFileSync(source);
    if (blobId(bytes) !== row.blob) {
      usage(`${source}: blob ${blobId(bytes)} is not the recorded ${row.blob}`);
    }
    const target = path.join(vendorDir, row.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
    process.stdout.write(`vendored ${row.path}\n`);
  }
}

const [mode, arg] = process.argv.slice(2);
const rows = readProvenance();
if (mode === '--from') {
  if (!arg) usage('--from needs a directory');
  copyFrom(rows, path.resolve(arg));
} else if (mode !== '--check') {
  usage(`unknown mode ${mode ?? '(none)'}`);
}
const problems = check(rows);
if (problems.length > 0) {
  process.stderr.write(
    `vendor/ is not current:\n${problems.map(p => `  ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `vendor/: ${rows.length} files match PROVENANCE.tsv (git blob ids)\n`,
);
