import { browser } from 'wxt/browser';
import type { OverlayStylesheet } from '../../lib/messaging/stylesheets';
import { isReply } from '../../lib/overlay/messenger';

/**
 * A content script's stylesheet as text, asked of the background (`overlay.styles`), which reads the file WXT
 * built for it (`content-scripts/<name>.css`). Through the extension's messaging, which the page's overlay uses
 * anyway: a `fetch` from the content script's world costs the seller's page about 10 ms of script on its first
 * use (measured), and the stylesheet need not be a web-accessible resource that pages could probe for.
 */
export function contentScriptCss(name: OverlayStylesheet): () => Promise<string> {
  return async () => {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'overlay.styles', payload: { name } });
    if (isReply(reply) && reply.ok && typeof reply.data === 'string') return reply.data;
    throw new Error(`the ${name} stylesheet could not be had`);
  };
}
