/*
 * Test-only stand-in for `helm template`, enough for the reference chart templates: every if/else chain takes its
 * first branch ('then') or its final else ('else'); `with` bodies are kept, `range` bodies dropped; inline values use
 * their `default`, anything else becomes the placeholder TEMPLATE.
 */

/** Which branch every conditional takes. */
export type HelmBranch = 'then' | 'else';

interface Frame {
  active: boolean;
}

const ACTION = /\{\{-?\s*(.*?)\s*-?\}\}/g;

function inlineValue(expression: string): string {
  const withDefault = /\|\s*default\s+("[^"]*"|\S+)/.exec(expression);
  if (withDefault) return withDefault[1];
  return /\|\s*quote/.test(expression) ? '"TEMPLATE"' : 'TEMPLATE';
}

function applyDirective(
  stack: Frame[],
  expression: string,
  branch: HelmBranch,
) {
  const [keyword] = expression.split(/\s+/);
  if (keyword === 'if') stack.push({ active: branch === 'then' });
  else if (keyword === 'with' || keyword === 'define')
    stack.push({ active: true });
  else if (keyword === 'range') stack.push({ active: false });
  else if (keyword === 'else') {
    // 'else if' never runs in either mode; a final 'else' runs only in 'else' mode
    stack[stack.length - 1].active = expression === 'else' && branch === 'else';
  } else if (keyword === 'end') stack.pop();
}

/** Renders one branch variant of a Helm template. */
export function renderHelmTemplateVariant(
  text: string,
  branch: HelmBranch,
): string {
  const stack: Frame[] = [];
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const actions = [...line.matchAll(ACTION)].map(m => m[1]);
    const isDirectiveLine =
      actions.length > 0 && line.replace(ACTION, '').trim() === '';
    if (isDirectiveLine) {
      for (const action of actions) applyDirective(stack, action, branch);
    } else if (stack.every(frame => frame.active)) {
      out.push(
        line.replace(ACTION, (_m, expression: string) =>
          inlineValue(expression),
        ),
      );
    }
  }
  return out.join('\n');
}
