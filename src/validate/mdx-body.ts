/**
 * The MDX body of a content file. MDX is a programming language that runs at build time with
 * the build's secrets (PRODUCT.md §6b), so authored content may use Markdown only: no
 * import/export, no `{expressions}`, no JSX/HTML tags, and links only to http(s), mailto and
 * tel. Meeting minutes are published, so they are also scanned for personal data (§6).
 *
 * The body is parsed with satteri, the compiler Astro itself uses, so "does not compile" here
 * means the build would fail too.
 */
import { mdxToMdast } from 'satteri';
import { truncate } from '../core/text.ts';
import { describePersonalData, findPersonalData } from './personal-data.ts';
import { isSafeUrl, urlScheme } from '../core/safe-links.ts';
import { error, warning, type Problem } from '../core/problem.ts';

export interface BodyCheckOptions {
  file: string;
  /** 1-based line in the file where the body starts (after the frontmatter). */
  firstLine: number;
  /** Published text such as meeting minutes: report e-mail addresses, phone numbers, HETUs, IBANs. */
  scanPersonalData?: boolean;
}

interface Point {
  line: number;
  column: number;
}

/** The part of an mdast node this check reads; satteri's types are wider than we need. */
interface MdNode {
  type: string;
  position?: { start: Point };
  children?: MdNode[];
  value?: unknown;
  url?: unknown;
  name?: string | null;
  attributes?: JsxAttribute[];
  /** Heading level, for `heading` nodes. */
  depth?: number;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Walk {
  opts: BodyCheckOptions;
  problems: Problem[];
}

const MARKDOWN_ONLY = 'kuultu pages may use Markdown only';
/** Attributes whose value a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'xlink:href',
  'srcset',
  'background',
]);

/** Every problem in the body; never throws. */
export function checkMdxBody(body: string, opts: BodyCheckOptions): Problem[] {
  const walk: Walk = { opts, problems: [] };
  let tree: MdNode;
  try {
    tree = mdxToMdast(body, { position: true }) as unknown as MdNode;
  } catch (e) {
    return [compileProblem(e, opts)];
  }
  try {
    visit(tree, walk, false);
  } catch (e) {
    // A tree shape we did not expect must not hide the file's other problems behind a stack trace.
    walk.problems.push(
      error(
        { file: opts.file, line: opts.firstLine, column: 0 },
        'mdx.internal',
        `the text could not be checked (${e instanceof Error ? e.message : String(e)}).`,
        { fix: 'report this to the people who maintain the site generator' },
      ),
    );
  }
  return uniqueProblems(walk.problems);
}

/** An autolinked address is both a mailto: link and its own text; say it once. */
function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function at(node: MdNode, opts: BodyCheckOptions): { file: string; line: number; column: number } {
  const start = node.position?.start;
  return start
    ? { file: opts.file, line: start.line + opts.firstLine - 1, column: start.column }
    : { file: opts.file, line: opts.firstLine, column: 0 };
}

function visit(node: MdNode, walk: Walk, insideTag: boolean): void {
  const { opts, problems } = walk;
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push(esmProblem(node, opts));
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isOnlyComment(String(node.value ?? ''))) problems.push(expressionProblem(node, opts));
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      // The outermost tag is the one to rewrite; reporting every nested tag would bury the fix.
      if (!insideTag) problems.push(tagProblem(node, opts));
      problems.push(...attributeProblems(node, opts));
      break;
    case 'heading':
      if (node.depth === 1) problems.push(topHeadingProblem(node, opts));
      break;
    case 'link':
    case 'image':
    case 'definition':
      problems.push(...linkProblems(node, opts));
      break;
    case 'text':
    case 'inlineCode':
    case 'code':
      if (opts.scanPersonalData) problems.push(...personalDataProblems(node, opts));
      break;
  }
  const inTag = insideTag || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  for (const child of node.children ?? []) visit(child, walk, inTag);
}

/**
 * `{/* a note *\/}` is how MDX writes a comment; it runs nothing, so it may stay. A comment body
 * may not contain `*\/`, or `{/* a *\/ process.env.X /* b *\/}` would pass as "a comment" and run.
 */
function isOnlyComment(code: string): boolean {
  return /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/.test(code);
}

/** The page's title is its one main heading; a second one confuses screen-reader navigation. */
function topHeadingProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  return warning(
    at(node, opts),
    'mdx.heading',
    'a heading written with one # becomes a second main heading on the page, after the title.',
    {
      expected: 'section headings written with ## (and ### below them)',
      fix: 'write ## instead of #',
    },
  );
}

function esmProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  const code = String(node.value ?? '').split('\n')[0] ?? '';
  const kind = /^\s*export\b/.test(code) ? 'an export' : 'an import';
  return error(
    at(node, opts),
    'mdx.esm',
    `the line "${truncate(code)}" is ${kind}: imports and exports are not allowed: ${MARKDOWN_ONLY}.`,
    {
      expected: 'Markdown text: headings, paragraphs, lists, links',
      fix: 'remove the line; if the text really needs a word beginning "import" or "export" at the start of a line, write it inside the paragraph',
    },
  );
}

function expressionProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  const code = String(node.value ?? '');
  return error(
    at(node, opts),
    'mdx.expression',
    `"{${truncate(code, 40)}}" is JavaScript, which is not allowed: ${MARKDOWN_ONLY}.`,
    {
      expected: 'Markdown text without { }',
      fix: 'remove the braces; a { or } meant as text must be written as \\{ or \\}',
    },
  );
}

function tagProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  const tag = node.name ? `<${node.name}>` : 'the fragment <>';
  return error(at(node, opts), 'mdx.tag', `the tag ${tag} is HTML, which is not allowed: ${MARKDOWN_ONLY}.`, {
    expected: 'Markdown: **bold**, *italic*, [link text](https://…), ## heading, - list item',
    fix: 'write Markdown instead of HTML; a < meant as text must be written as \\<',
  });
}

function attributeProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const problems: Problem[] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || !URL_ATTRIBUTES.has(attr.name.toLowerCase())) continue;
    const url = attributeText(attr.value);
    if (url !== undefined && !isSafeUrl(url))
      problems.push(unsafeLinkProblem(`${attr.name} in <${node.name ?? ''}>`, url, node, opts));
  }
  return problems;
}

/** The text of `href="…"`, or of `href={'…'}` when the expression is a single string literal. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    const literal = /^\s*(['"`])([\s\S]*)\1\s*$/.exec(value.value);
    return literal ? literal[2] : undefined;
  }
  return undefined;
}

function linkProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const url = typeof node.url === 'string' ? node.url : '';
  const problems: Problem[] = [];
  if (!isSafeUrl(url)) problems.push(unsafeLinkProblem(node.type === 'image' ? 'image' : 'link', url, node, opts));
  // A mailto:/tel: link publishes the address itself, not only its visible text.
  if (opts.scanPersonalData && /^(mailto|tel):/i.test(url.trim())) {
    problems.push(
      ...findPersonalData(decodeURIComponentSafe(url)).map((m) => personalDataProblem(m.kind, m.value, at(node, opts))),
    );
  }
  return problems;
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function unsafeLinkProblem(what: string, url: string, node: MdNode, opts: BodyCheckOptions): Problem {
  const scheme = urlScheme(url) ?? 'unsafe';
  return error(
    at(node, opts),
    'link.unsafe',
    `${what} "${truncate(url)}" is a ${scheme}: link, which kuultu never publishes.`,
    {
      expected: 'a link starting with https://, http://, mailto: or tel:',
      fix: 'replace it with an https:// address, or remove it',
    },
  );
}

function personalDataProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const text = String(node.value ?? '');
  const start = valueStart(node, opts);
  return findPersonalData(text).map((m) => personalDataProblem(m.kind, m.value, offsetPosition(start, text, m.index)));
}

function personalDataProblem(
  kind: Parameters<typeof describePersonalData>[0],
  value: string,
  where: { file: string; line: number; column: number },
): Problem {
  return error(
    where,
    'personal-data',
    `the text contains ${describePersonalData(kind)} "${value}", and meeting minutes are published.`,
    {
      expected: 'no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text',
      fix: 'remove it',
    },
  );
}

/** Where a node's text begins: after the backtick of `code`, on the line after a ``` fence. */
function valueStart(node: MdNode, opts: BodyCheckOptions): { file: string; line: number; column: number } {
  const start = at(node, opts);
  if (node.type === 'inlineCode') return { ...start, column: start.column + 1 };
  if (node.type === 'code') return { ...start, line: start.line + 1, column: 1 };
  return start;
}

/** Where `index` of a node's text stands in the file (text nodes may span lines). */
function offsetPosition(
  start: { file: string; line: number; column: number },
  text: string,
  index: number,
): { file: string; line: number; column: number } {
  const before = text.slice(0, index);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { ...start, column: start.column + index };
  return { ...start, line: start.line + newlines, column: index - before.lastIndexOf('\n') };
}

// ---------------------------------------------------------------------------------------------
// Compile errors

/** satteri: `3:1: Expected a closing tag for \`<div>\` (3:1) (mdx-jsx:unexpected-character)`. */
const COMPILE_ERROR = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/;

function compileProblem(e: unknown, opts: BodyCheckOptions): Problem {
  const raw = e instanceof Error ? e.message : String(e);
  const m = COMPILE_ERROR.exec(raw.trim());
  const line = m ? Number(m[1]) + opts.firstLine - 1 : opts.firstLine;
  const column = m ? Number(m[2]) : 0;
  const reason = plainReason(m ? m[3]! : raw, opts.firstLine);
  return error({ file: opts.file, line, column }, 'mdx.syntax', `the text does not compile as MDX: ${reason}.`, {
    expected: 'Markdown text',
    fix: compileFix(reason),
  });
}

/** Drops the parser's rule name and renumbers the positions it quotes to lines of the file. */
function plainReason(message: string, firstLine: number): string {
  return message
    .split('\n')[0]!
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(
      /\((\d+):(\d+)(?:-\d+:\d+)?\)/g,
      (_, l: string, c: string) => `(line ${Number(l) + firstLine - 1}, column ${c})`,
    )
    .replace(/\.$/, '');
}

function compileFix(reason: string): string {
  if (/closing tag/i.test(reason))
    return 'kuultu pages use Markdown only: remove the tag, or write a < meant as text as \\<';
  if (/brace|expression/i.test(reason)) return 'a { meant as text must be written as \\{';
  if (/comment/i.test(reason)) return 'remove the HTML comment <!-- … -->, or write it as {/* … */}';
  if (/after `?</i.test(reason)) return 'a < meant as text must be written as \\<';
  return 'a < or { in text must be written as \\< or \\{';
}
