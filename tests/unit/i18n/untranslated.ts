/**
 * Finds Korean text in the product's sources that does not go through `t(ko, en)`. Used by the coverage test and
 * runnable on its own (`npx tsx tests/unit/i18n/untranslated.ts`) to list what is left.
 *
 * Counted: string literals, template literals and JSX text containing Hangul. Exempt: the first argument of a
 * `t(…, …)` call; string literal types; anything under a node whose leading comment says `i18n-data` (text that
 * is matched against sellers' files or pages, such as carrier names and column headers, not shown as UI text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const HANGUL = /[\uAC00-\uD7A3]/;
const ROOTS = ['components', 'entrypoints', 'lib'];
const SKIP = [join('lib', 'i18n')];

export interface Untranslated {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = join(dir, entry.name);
    if (SKIP.includes(rel)) continue;
    if (entry.isDirectory()) out.push(...sourceFiles(root, rel));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function isTranslationArg(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  if (!ts.isIdentifier(call.expression) || call.expression.text !== 't') return false;
  return call.arguments[0] === node && call.arguments.length === 2;
}

function exemptByComment(node: ts.Node, text: string): boolean {
  for (let n: ts.Node | undefined = node; n && !ts.isSourceFile(n); n = n.parent) {
    const ranges = ts.getLeadingCommentRanges(text, n.getFullStart()) ?? [];
    if (ranges.some((r) => text.slice(r.pos, r.end).includes('i18n-data'))) return true;
  }
  return false;
}

export function findUntranslatedIn(file: string, text: string): Untranslated[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: Untranslated[] = [];
  const visit = (node: ts.Node): void => {
    const isText =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node) ||
      ts.isJsxText(node);
    if (isText && HANGUL.test(node.getText(sf))) {
      const allowed =
        ts.isLiteralTypeNode(node.parent) || isTranslationArg(node) || exemptByComment(node, text);
      if (!allowed) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push({ file, line: line + 1, text: node.getText(sf).trim().slice(0, 80) });
      }
      return; // a template's own spans are covered by the verdict on the template
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function findUntranslated(root: string): Untranslated[] {
  return ROOTS.flatMap((dir) => sourceFiles(root, dir)).flatMap((file) =>
    findUntranslatedIn(relative(root, join(root, file)), readFileSync(join(root, file), 'utf8')),
  );
}

if (process.argv[1]?.endsWith('untranslated.ts')) {
  const left = findUntranslated(process.cwd());
  const filter = process.argv[2];
  for (const u of left)
    if (!filter || u.file.startsWith(filter)) console.log(`${u.file}:${u.line}  ${u.text}`);
  console.log(`${left.length} untranslated`);
}
