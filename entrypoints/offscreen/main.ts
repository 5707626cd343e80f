import { browser } from 'wxt/browser';
import { createOffscreenReader } from '../../lib/background/offscreen-reader';

const reader = createOffscreenReader({
  backgroundUrl: browser.runtime.getURL('/background.js'),
  extensionId: browser.runtime.id,
  close: () => window.close(),
  onError: (error, type) => console.error(`Crosslight: "${type}" failed:`, error),
});
browser.runtime.onMessage.addListener((message, sender) => reader(message, sender));
