// Gzipped size of every entry of the built extension (`.output/chrome-mv3` unless a folder is given): the entry's
// script plus every chunk it imports statically; CSS is shown beside it and not counted in the budget.
// Prints the table; exits 1 when an entry is over its budget, 2 when there is no build.
//   node scripts/check-size.mjs [dir] [--json] [--sources] [--ci]
// --ci (what CI runs): an entry still over its budget fails only when it grew past its ceiling (CEILINGS), the
// size it had when the ceiling was set; every other entry must be within budget. Ceilings only ever go down.
// --sources: what each entry is made of (per package and per lib/ folder), from a build with source maps
// (`SIZE_SOURCEMAP=1 npx wxt build`): for each group, the gzip bytes the entry would lose without its code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in kB (1 kB = 1000 bytes) of gzip -9, JavaScript only. Other extension pages are reported only. */
export const BUDGETS = { content: 15, background: 70, popup: 60, options: 60 };

/**
 * Entries not yet within budget, held at no more than their size when the ceiling was set so they can only
 * shrink (kB gzip). None today: every entry is within its budget.
 */
export const CEILINGS = {};

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const bySource = args.includes('--sources');
const ci = args.includes('--ci');
const dir = args.find((a) => !a.startsWith('--')) ?? `${process.env.WXT_OUT_DIR ?? '.output'}/chrome-mv3`;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** A script as shipped in a store build: without the source-map comment a `SIZE_SOURCEMAP=1` build adds. */
const script = (file) =>
  readFileSync(join(dir, file), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
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
  const jsGzip = js.reduce((n, f) => n + gz(script(f)), 0);
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
  if (bg) {
    // a loader that picks one build of the worker (one per language): each is measured with the loader
    const loaded = workerScripts(bg);
    if (loaded.length === 0) entries.push(measure('background', 'background', [bg], []));
    for (const f of loaded)
      entries.push(measure(`background:${f.replace(/\.js$/, '')}`, 'background', [bg, f], []));
  }
  const webScripts = (manifest.web_accessible_resources ?? [])
    .flatMap((war) => (typeof war === 'string' ? [war] : (war.resources ?? [])))
    .filter((f) => f.endsWith('.js'));
  // a content script that is a loader imports the module it names at once: measured together, as the page
  // loads both on every seller page
  const atOnce = new Set();
  for (const cs of manifest.content_scripts ?? []) {
    // (a loader is named for what it loads: `orders-loader.js` is the order overlay's)
    const name = (cs.js ?? [])
      .map((f) => f.replace(/^content-scripts\//, '').replace(/(-loader)?\.js$/, ''))
      .join('+');
    const imported = (cs.js ?? []).flatMap((f) => namedScripts(f, webScripts));
    for (const f of imported) atOnce.add(f);
    entries.push(
      measure(
        `content:${name}`,
        'content',
        [...(cs.js ?? []), ...imported],
        cs.css ?? [...cssBeside(cs.js ?? []), ...contentCss(name)],
      ),
    );
  }
  // scripts a content script's code imports later, on demand (web-accessible): in the page as much as the rest
  for (const file of webScripts.filter((f) => !atOnce.has(f))) {
    const name = file.replace(/^content-scripts\//, '').replace(/\.js$/, '');
    entries.push(measure(`content:${name} (on demand)`, 'content', [file], cssBeside([file])));
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

/** Scripts a service worker loads with `importScripts("/x.js")`: the script files its code names. */
function workerScripts(bg) {
  const code = readFileSync(join(dir, bg), 'utf8');
  if (!code.includes('importScripts')) return [];
  const named = [...code.matchAll(/["'`]\/?([\w./-]+\.js)["'`]/g)].map((m) => m[1]);
  const found = [...new Set(named)].filter((f) => f !== bg && existsSync(join(dir, f)));
  // a loader whose scripts cannot be found would otherwise be measured alone, and pass
  if (found.length === 0) throw new Error(`${bg} calls importScripts, but no script it names is in ${dir}`);
  return found;
}

/**
 * Which of `candidates` the code of `file` names as a string (`"orders-overlay.js"`, `"/orders-overlay.js"`). A
 * script that imports from the extension (`import(`) but names none of them is an error: it would be measured
 * without what it loads.
 */
function namedScripts(file, candidates) {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const code = readFileSync(path, 'utf8');
  const quoted = (f) => new RegExp(`["'\`]/?${f.replaceAll('.', '\\.')}["'\`]`);
  const named = candidates.filter((f) => quoted(f).test(code));
  if (named.length === 0 && /\bimport\(/.test(code))
    throw new Error(`${file} imports a script, but names no web-accessible script of ${dir}`);
  return named;
}

/** A content script's stylesheet built from its own entry (`entrypoints/<name>.content/index.css`), if any. */
function contentCss(name) {
  const file = `content-scripts/${name}.css`;
  return existsSync(join(dir, file)) ? [file] : [];
}

/** A shadow-root UI's stylesheet is not in the manifest entry: WXT puts it beside the script. */
function cssBeside(scripts) {
  return scripts.map((f) => f.replace(/\.js$/, '.css')).filter((f) => existsSync(join(dir, f)));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map `mappings` as [generated line, generated column, source index] segments (VLQ, version 3). */
function decodeMappings(mappings) {
  const out = [];
  let source = 0;
  let line = 0;
  for (const row of mappings.split(';')) {
    let col = 0;
    for (const seg of row.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      out.push([line, col, fields.length > 1 ? source : -1]);
    }
    line++;
  }
  return out;
}

/** The group a source belongs to: its npm package, its lib/ folder, or its top folder. */
function sourceGroup(src) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/v4\/(classic|core|locales|mini))?/.exec(src);
  if (pkg) return pkg[2] ? `${pkg[1]}/${pkg[2]}` : pkg[1];
  const own = /(?:^|\/)(lib\/[^/]+|components\/[^/]+|entrypoints)\//.exec(src);
  return own ? own[1] : '(other)';
}

/** Per group: characters in the minified code, and gzip bytes the file loses without them. */
function fileComposition(file, groups) {
  const mapPath = join(dir, `${file}.map`);
  if (!existsSync(mapPath)) return false;
  const code = script(file);
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
  const owner = new Array(code.length).fill('(unmapped)');
  const segs = decodeMappings(map.mappings).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  segs.forEach(([line, col, src], i) => {
    const next = segs[i + 1];
    const start = lineStart[line] + col;
    const end = next ? lineStart[next[0]] + next[1] : code.length;
    const name = src < 0 ? '(unmapped)' : sourceGroup(map.sources[src] ?? '');
    for (let k = start; k < end && k < code.length; k++) owner[k] = name;
  });
  const total = gz(code);
  for (const name of new Set(owner)) {
    let without = '';
    let chars = 0;
    let runStart = 0;
    for (let k = 0; k < code.length; k++) {
      if (owner[k] !== name) continue;
      if (runStart < k) without += code.slice(runStart, k);
      runStart = k + 1;
      chars++;
    }
    without += code.slice(runStart);
    const row = groups.get(name) ?? { chars: 0, gzip: 0 };
    row.chars += chars;
    row.gzip += total - gz(without);
    groups.set(name, row);
  }
  return true;
}

function compositionTable(entry) {
  const groups = new Map();
  const mapped = entry.files.filter((f) => fileComposition(f, groups));
  if (!mapped.length) return `${entry.name}: no source maps (build with SIZE_SOURCEMAP=1)`;
  const rows = [...groups].sort((a, b) => b[1].gzip - a[1].gzip);
  const lines = rows.map(
    ([name, r]) => `  ${name.padEnd(28)} ${String(r.chars).padStart(9)} ${kb(r.gzip).toFixed(1).padStart(8)}`,
  );
  return [
    `${entry.name} (${kb(entry.jsGzip).toFixed(1)} kB gz)`,
    `  ${'source'.padEnd(28)} ${'min chars'.padStart(9)} ${'kB gz'.padStart(8)}`,
    ...lines,
  ].join('\n');
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
    if (bySource) for (const e of entries) console.log(`\n${compositionTable(e)}`);
  }
  const over = entries.filter((e) => !e.ok);
  if (over.length && !asJson) console.error(`\nOver budget: ${over.map((e) => e.name).join(', ')}`);
  const failing = ci ? over.filter((e) => !(kb(e.jsGzip) <= (CEILINGS[e.name] ?? -1))) : over;
  if (ci && !asJson) {
    for (const e of over.filter((o) => !failing.includes(o)))
      console.error(
        `  ${e.name}: ${kb(e.jsGzip).toFixed(1)} kB, within its ceiling of ${CEILINGS[e.name]} kB`,
      );
    if (failing.length) console.error(`Over budget and ceiling: ${failing.map((e) => e.name).join(', ')}`);
  }
  if (failing.length) process.exit(1);
}
