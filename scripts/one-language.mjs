// Vite plugin: in the build of `entrypoints/worker-<lang>.ts`, every `t(ko, en)` of lib/i18n becomes the one
// argument that language speaks, so each build of the service worker carries only its own text. Builds of other
// entries (pages, content scripts: they pick the language at run time) are left alone.
import { transformAsync } from '@babel/core';

const I18N_MODULE = /(?:^|\/)i18n(?:\/index)?(?:\.[jt]s)?$/;

/** The `t` of lib/i18n at this call, whatever it is named locally. */
function isI18nT(path) {
  const callee = path.get('callee');
  if (!callee.isIdentifier()) return false;
  const binding = path.scope.getBinding(callee.node.name);
  if (binding?.kind !== 'module') return false;
  const spec = binding.path.node;
  const decl = binding.path.parent;
  return (
    spec.type === 'ImportSpecifier' &&
    (spec.imported.name ?? spec.imported.value) === 't' &&
    I18N_MODULE.test(decl.source.value)
  );
}

export function oneLanguage() {
  let lang;
  return {
    name: 'one-language',
    enforce: 'post',
    options(opts) {
      const inputs = Object.values(typeof opts.input === 'string' ? { x: opts.input } : (opts.input ?? {}));
      const match = inputs.map((i) => /worker-(ko|en)\.ts$/.exec(String(i))).find(Boolean);
      lang = match?.[1];
      return null;
    },
    async transform(code, id) {
      if (
        !lang ||
        id.includes('node_modules') ||
        !/\.[jt]sx?$/.test(id.split('?')[0]) ||
        !code.includes('t(')
      )
        return null;
      let changed = 0;
      const keep = lang === 'en' ? 1 : 0;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        plugins: [
          () => ({
            visitor: {
              CallExpression(path) {
                if (path.node.arguments.length !== 2 || !isI18nT(path)) return;
                path.replaceWith(path.node.arguments[keep]);
                changed++;
              },
            },
          }),
        ],
      });
      if (!changed || !result?.code) return null;
      return { code: result.code, map: result.map };
    },
  };
}
