const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Makes any value safe to place in HTML text or in a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A tagged template that escapes every interpolated value; `raw()` values pass through unchanged. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += htmlValue(value) + (strings[i + 1] ?? '');
  });
  return new RawHtml(out);
}

/** Markup that is already safe (built with `html` or written by hand without data). */
export class RawHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export function raw(markup: string): RawHtml {
  return new RawHtml(markup);
}

function htmlValue(value: unknown): string {
  if (value instanceof RawHtml) return value.value;
  if (Array.isArray(value)) return value.map(htmlValue).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}
