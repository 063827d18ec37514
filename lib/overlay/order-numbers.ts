/**
 * SmartStore order numbers (`orderId`) and product order numbers (`productOrderId`) are both 16 digits and look
 * alike (`2026112712345600`, `2026112712345601`); a page tells them apart only by its column headers, which we
 * do not rely on. Every 16-digit number on the page is asked about as either kind (see lookup.ts).
 */
export const ORDER_NUMBER_LENGTH = 16;

const NUMBER_RUN = /(?<![0-9])[0-9]{16}(?![0-9])/g;
/** A cheap pre-check: any text holding a number of ours holds at least 16 digits in a row. */
const MAY_HOLD_NUMBER = /[0-9]{16}/;

export function mayHoldOrderNumber(text: string): boolean {
  return text.length >= ORDER_NUMBER_LENGTH && MAY_HOLD_NUMBER.test(text);
}

/** The 16-digit numbers in a text, each once, in order of appearance; longer digit runs are not ours. */
export function findOrderNumbers(text: string): string[] {
  if (!mayHoldOrderNumber(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) if (!out.includes(m[0])) out.push(m[0]);
  return out;
}

export function isOrderNumber(value: string): boolean {
  return /^[0-9]{16}$/.test(value);
}
