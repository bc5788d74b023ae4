// Code passed to serviceWorker.evaluate() runs inside the extension, where `chrome` is the native API.
declare const chrome: typeof import('wxt/browser').browser;
