import { browser } from 'wxt/browser';

/** The address of a file WXT built into the extension (outside the typed list of public files). */
export const extensionUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

/** A content script's stylesheet, built by WXT next to the script (a web-accessible resource), as text. */
export function contentScriptCss(name: string): () => Promise<string> {
  return () => fetch(extensionUrl(`/content-scripts/${name}.css`)).then((r) => r.text());
}
