import { describe, expect, it } from 'vitest';
import { oneLanguage } from '../../../scripts/one-language.mjs';

const MODULE = `import { t, plural } from '../i18n';
import { t as say } from '../../lib/i18n/index';
const local = { t: (a, b) => a + b };
function other(t) { return t('x', 'y'); }
export const a = t('발주 확인', 'Confirm order');
export const b = (n) => say(\`\${n}건\`, \`\${n} \${plural(n, 'order', 'orders')}\`);
export const c = local.t('p', 'q');
export const d = other((x) => x);
`;

type Hooks = {
  options(o: { input: unknown }): null;
  transform(code: string, id: string): Promise<{ code: string } | null>;
};

async function build(entry: string): Promise<string | null> {
  const plugin = oneLanguage() as unknown as Hooks;
  plugin.options({ input: { [entry]: `/ext/entrypoints/${entry}.ts` } });
  const out = await plugin.transform(MODULE, '/ext/lib/orders/x.ts');
  return out?.code ?? null;
}

describe('one language per build of the service worker', () => {
  it('the Korean build keeps only the Korean text of every t() of lib/i18n', async () => {
    const code = (await build('worker-ko'))!;
    expect(code).toContain(`const a = '발주 확인'`);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source it checks holds a template literal
    expect(code).toContain('${n}건');
    expect(code).not.toContain('Confirm order');
    expect(code).not.toContain("'order', 'orders'");
    // other functions named t are not ours
    expect(code).toContain("local.t('p', 'q')");
    expect(code).toContain("t('x', 'y')");
  });

  it('the English build keeps only the English text', async () => {
    const code = (await build('worker-en'))!;
    expect(code).toContain(`const a = 'Confirm order'`);
    expect(code).toContain("plural(n, 'order', 'orders')");
    expect(code).not.toMatch(/[가-힣]/);
    expect(code).toContain("t('x', 'y')");
  });

  it('leaves every other build alone (pages and content scripts pick the language at run time)', async () => {
    expect(await build('popup')).toBeNull();
    expect(await build('background')).toBeNull();
  });
});
