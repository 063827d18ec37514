import { browser } from 'wxt/browser';
import { createProductMessenger, type ProductRequest } from '../../../lib/products/client';

/** Product and preset requests from the options page to the background. */
export const productRequest: ProductRequest = createProductMessenger((message) =>
  browser.runtime.sendMessage(message),
);
