import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@internal/test-support';

const TEMPLATES_DIR = path.join(repoRoot, 'templates');

// The scaffolder frontend renders these through MarkdownContent (template card, step and field
// descriptions, output text), which silently drops inline HTML. Titles and enumNames are plain text.
const MARKDOWN_KEYS = new Set(['description', 'ui:description', 'content']);

/** Every string under a Markdown-rendered key of a parsed template, with its YAML path. */
function markdownTexts(node: unknown, at = ''): Array<[string, string]> {
  if (Array.isArray(node)) {
    return node.flatMap((item, i) => markdownTexts(item, `${at}[${i}]`));
  }
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' && MARKDOWN_KEYS.has(key)
      ? [[`${at}.${key}`, value] as [string, string]]
      : markdownTexts(value, `${at}.${key}`),
  );
}

/** The `<...>` in Markdown that CommonMark reads as inline HTML (code spans and autolinks excepted). */
function inlineHtml(markdown: string): string[] {
  const outsideCode = markdown.replace(/(`+)[\s\S]*?\1/g, '');
  const autolink = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>$/;
  return (outsideCode.match(/<[A-Za-z/!?][^<>]*>/g) ?? []).filter(
    tag => !autolink.test(tag),
  );
}

describe('template texts rendered as Markdown', () => {
  const templates = readdirSync(TEMPLATES_DIR).filter(dir =>
    readdirSync(path.join(TEMPLATES_DIR, dir)).includes('template.yaml'),
  );

  it('finds the templates', () => {
    expect(templates).toContain('model-service');
  });

  it.each(templates)('%s shows its <placeholders> (no inline HTML)', dir => {
    const doc = parse(
      readFileSync(path.join(TEMPLATES_DIR, dir, 'template.yaml'), 'utf8'),
    );
    const lost = markdownTexts(doc).flatMap(([where, text]) =>
      inlineHtml(text).map(tag => `${where}: ${tag}`),
    );
    expect(lost).toEqual([]);
  });

  it('recognises what Markdown would drop', () => {
    expect(inlineHtml('http(s)://<gateway>/<name>/v1')).toEqual([
      '<gateway>',
      '<name>',
    ]);
    expect(
      inlineHtml('`http(s)://<gateway>/v1` or <https://llm-d.ai>'),
    ).toEqual([]);
  });
});
