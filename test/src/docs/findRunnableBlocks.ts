/**
 * The runnable examples of a markdown file: a fenced block right after an HTML comment `<!-- runnable ... -->`,
 * holding `$ npx llmd ...` (one command, `\` continues it) and then the output the command prints.
 * Options in the comment: `exit=N` (expected exit code, default 0) and `stream=stdout|stderr|both` (what the output is
 * compared with, default stdout; both = stdout then stderr). An output line `...` stands for any number of lines.
 */
export interface RunnableBlock {
  readonly file: string;
  /** 1-based line of the fence, for messages. */
  readonly line: number;
  /** The command as written (without `$ `). */
  readonly command: string;
  readonly expected: string;
  readonly exit: number;
  readonly stream: 'stdout' | 'stderr' | 'both';
}

const MARKER = /^<!-- runnable((?:\s+[\w-]+=[\w-]+)*)\s*-->$/;

function optionsOf(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(pair => pair.split('=') as [string, string]),
  );
}

function parseBlock(
  file: string,
  line: number,
  body: string[],
  options: Record<string, string>,
): RunnableBlock {
  if (!body[0]?.startsWith('$ ')) {
    throw new Error(`${file}:${line}: a runnable block starts with "$ "`);
  }
  let commandLines = 1;
  while (body[commandLines - 1].endsWith('\\')) commandLines++;
  const command = body
    .slice(0, commandLines)
    .map(l => l.replace(/\\$/, '').trim())
    .join(' ')
    .slice(2);
  const stream = options.stream ?? 'stdout';
  if (!['stdout', 'stderr', 'both'].includes(stream)) {
    throw new Error(`${file}:${line}: unknown stream ${stream}`);
  }
  return {
    file,
    line,
    command,
    expected: body.slice(commandLines).join('\n'),
    exit: Number(options.exit ?? 0),
    stream: stream as RunnableBlock['stream'],
  };
}

/** The index of the line closing the fence opened at `start` (a fence of at least as many backticks), or past the end. */
function closingFence(lines: string[], start: number, ticks: string): number {
  const close = new RegExp(`^\\s*${ticks}\`*\\s*$`);
  for (let j = start + 1; j < lines.length; j++) {
    if (close.test(lines[j])) return j;
  }
  return lines.length;
}

/** Finds the runnable blocks of one markdown text; throws on a marker without a fenced block right after it. */
export function findRunnableBlocks(
  file: string,
  markdown: string,
): RunnableBlock[] {
  const lines = markdown.split('\n');
  const blocks: RunnableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const unmarked = /^\s*(`{3,})/.exec(lines[i]);
    if (unmarked) {
      // a block shown as text (an example of the marker itself) is not scanned
      i = closingFence(lines, i, unmarked[1]);
      continue;
    }
    const marker = MARKER.exec(lines[i].trim());
    if (!marker) continue;
    let start = i + 1;
    while (lines[start]?.trim() === '') start++;
    // a block in a list item is indented; its lines lose that indentation
    const fence = /^(\s*)(`{3,})/.exec(lines[start] ?? '');
    if (!fence) {
      throw new Error(`${file}:${i + 1}: no fenced block after the marker`);
    }
    const end = closingFence(lines, start, fence[2]);
    if (end >= lines.length) {
      throw new Error(`${file}:${start + 1}: unclosed fence`);
    }
    blocks.push(
      parseBlock(
        file,
        start + 1,
        lines
          .slice(start + 1, end)
          .map(l => (l.startsWith(fence[1]) ? l.slice(fence[1].length) : l)),
        optionsOf(marker[1]),
      ),
    );
    i = end;
  }
  return blocks;
}
