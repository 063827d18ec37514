/**
 * The overlay's stylesheet, loaded once and shared by every shadow root it makes: one constructed
 * `CSSStyleSheet` adopted by each root, so a page with 2,000 rows parses the CSS once, not 2,000 times. Nothing
 * is fetched until `ready()` is first asked (a page without orders never fetches it). Roots made before the CSS
 * arrives adopt the (still empty) sheet at once and get the rules when they land. Where a shadow root cannot
 * adopt a constructed sheet, each root gets its own `<style>` instead.
 */
export interface SharedStyles {
  adopt(shadow: ShadowRoot): void;
  /** loads the CSS (once); settles when it is in place, or when it could not be had (the overlay then works unstyled) */
  ready(): Promise<void>;
  /** whether `ready()` has settled */
  settled(): boolean;
}

export function sharedStyles(load: () => Promise<string>): SharedStyles {
  let sheet: CSSStyleSheet | undefined;
  try {
    sheet = new CSSStyleSheet();
  } catch {
    sheet = undefined;
  }
  let text: string | undefined;
  let loading: Promise<void> | undefined;
  let done = false;
  const waiting = new Set<ShadowRoot>();
  const styleInto = (shadow: ShadowRoot, css: string) => {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  };
  const ready = () => {
    loading ??= load()
      .then((css) => {
        text = css;
        if (sheet) sheet.replaceSync(css);
        for (const shadow of waiting) styleInto(shadow, css);
        waiting.clear();
      })
      .catch(() => {
        // without its CSS the overlay still works, unstyled
        waiting.clear();
      })
      .finally(() => {
        done = true;
      });
    return loading;
  };
  return {
    ready,
    settled: () => done,
    adopt(shadow) {
      if (sheet) {
        try {
          shadow.adoptedStyleSheets = [sheet];
          return;
        } catch {
          sheet = undefined;
        }
      }
      if (text !== undefined) styleInto(shadow, text);
      else {
        waiting.add(shadow);
        void ready();
      }
    },
  };
}
