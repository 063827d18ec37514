/**
 * The content scripts' stylesheets, asked of the background by name (`overlay.styles`): the files WXT builds as
 * `content-scripts/<name>.css` (the order overlay's from its own CSS entry, the product buttons' beside their
 * script). No schema library here: the content scripts import this.
 */
export const OVERLAY_STYLESHEETS = ['orders', 'products'] as const;
export type OverlayStylesheet = (typeof OVERLAY_STYLESHEETS)[number];
