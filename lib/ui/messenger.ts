import { browser } from 'wxt/browser';
import { createMessenger } from '../messaging/client';

/** Requests from the extension's pages to the background. */
export const request = createMessenger((message) => browser.runtime.sendMessage(message));
