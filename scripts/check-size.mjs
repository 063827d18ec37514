// Gzipped size of every entry of the built extension (`.output/chrome-mv3` unless a folder is given): the entry's
// script plus every chunk it imports statically; CSS is shown beside it and not counted in the budget.
// Prints the table; exits 1 when an entry is over its budget, 2 when there is no build.
//   node scripts/check-size.mjs [dir] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in kB (1 kB = 1000 bytes) of gzip -9, JavaScript only. Other extension pages are reported only. */
export const BUDGETS = { content: 15, background: 70, popup: 60, options: 60 };

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? `${process.env.WXT_OUT_DIR ?? '.output'}/chrome-mv3`;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => n / 1000;

/** Files a module imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImports(code) {
  const out = [];
  const re = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push(m[1]);
  return out;
}

/** The entry file and every chunk reachable through static imports, as paths inside `dir`. */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const path = join(dir, file);
    if (!existsSync(path)) return;
    for (const spec of staticImports(readFileSync(path, 'utf8'))) {
      visit(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen];
}

/** Scripts and stylesheets an HTML page loads (module script, modulepreload, stylesheet). */
function htmlAssets(htmlFile) {
  const html = readFileSync(join(dir, htmlFile), 'utf8');
  const attr = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const scripts = [];
  const styles = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src') ?? attr(tag, 'href');
    if (!src) continue;
    const file = src.replace(/^\//, '');
    if (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)) scripts.push(file);
    else if (/rel="stylesheet"/.test(tag)) styles.push(file);
  }
  return { scripts, styles };
}

function measure(name, kind, scripts, styles) {
  const js = [...new Set(scripts.flatMap(closure))].filter((f) => existsSync(join(dir, f)));
  const css = [...new Set(styles)].filter((f) => existsSync(join(dir, f)));
  const jsGzip = js.reduce((n, f) => n + gz(readFileSync(join(dir, f))), 0);
  const cssGzip = css.reduce((n, f) => n + gz(readFileSync(join(dir, f))), 0);
  const budget = BUDGETS[kind];
  return {
    name,
    kind,
    files: js,
    jsGzip,
    cssGzip,
    budgetKb: budget,
    ok: budget === undefined || kb(jsGzip) <= budget,
  };
}

export function entrySizes() {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entries = [];
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) entries.push(measure('background', 'background', [bg], []));
  for (const cs of manifest.content_scripts ?? []) {
    const name = (cs.js ?? []).map((f) => f.replace(/^content-scripts\//, '').replace(/\.js$/, '')).join('+');
    entries.push(measure(`content:${name}`, 'content', cs.js ?? [], cs.css ?? cssBeside(cs.js ?? [])));
  }
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) {
    const a = htmlAssets(popup);
    entries.push(measure('popup', 'popup', a.scripts, a.styles));
  }
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) {
    const a = htmlAssets(options);
    entries.push(measure('options', 'options', a.scripts, a.styles));
  }
  // other extension pages (opened by URL): reported, no budget
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html') && f !== popup && f !== options)) {
    const a = htmlAssets(page);
    entries.push(measure(`page:${page.replace(/\.html$/, '')}`, 'page', a.scripts, a.styles));
  }
  return entries;
}

/** A shadow-root UI's stylesheet is not in the manifest entry: WXT puts it beside the script. */
function cssBeside(scripts) {
  return scripts.map((f) => f.replace(/\.js$/, '.css')).filter((f) => existsSync(join(dir, f)));
}

function table(entries) {
  const rows = entries.map((e) => [
    e.name,
    kb(e.jsGzip).toFixed(1),
    e.budgetKb === undefined ? '—' : `≤ ${e.budgetKb}`,
    kb(e.cssGzip).toFixed(1),
    e.ok ? 'ok' : 'OVER',
    e.files.join(' + '),
  ]);
  const head = ['entry', 'js kB gz', 'budget', 'css kB gz', '', 'files'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No build in ${dir}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const entries = entrySizes();
  if (asJson) console.log(JSON.stringify(entries, null, 2));
  else {
    console.log(`Gzipped size (gzip -9, 1 kB = 1000 B) of each entry in ${dir}:`);
    console.log(table(entries));
  }
  const over = entries.filter((e) => !e.ok);
  if (over.length) {
    if (!asJson) console.error(`\nOver budget: ${over.map((e) => e.name).join(', ')}`);
    process.exit(1);
  }
}
