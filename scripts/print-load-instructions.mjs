// Printed after `npm run build`: where the two unpacked extensions are and how to load them.
import { resolve } from 'node:path';

const chrome = resolve('dist/chrome');
const firefox = resolve('dist/firefox');
console.log(`
Built two unpacked extensions:
  Chrome/Chromium: ${chrome}
    chrome://extensions → turn on "Developer mode" → "Load unpacked" → choose that folder.
  Firefox:         ${firefox}
    about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose ${firefox}/manifest.json.
`);
