// `npm start`: prepares the embedded defaults (local GitOps remote under
// .llmd-data/) and starts the frontend (:3000) and backend (:7007) together.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedGitopsRemote } from './seedGitopsRemote.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const remoteDir = join(root, '.llmd-data', 'gitops.git');

if (
  seedGitopsRemote({ exampleDir: join(root, 'examples', 'gitops'), remoteDir })
) {
  console.log(
    `[llmd] seeded local GitOps remote ${remoteDir} from examples/gitops`,
  );
} else {
  console.log(`[llmd] using local GitOps remote ${remoteDir}`);
}

const child = spawn(
  'npx',
  ['backstage-cli', 'repo', 'start', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
