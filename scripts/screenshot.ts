/**
 * `npm run screenshot`: the README's and the store's pictures, all taken of the real built
 * extension on the fixture consoles (no mock-ups), and the store's promo tile.
 */
import { takeHintPicture } from './screenshot/hint';
import { takePickPicture } from './screenshot/pick';
import { takePopupPictures } from './screenshot/popup';
import { takeRestPicture } from './screenshot/rest';
import { takePromoTile, takeStorePictures } from './screenshot/store';
import { startSandbox } from './sandbox';

// The README's popups hold one key each (captured on PagerDuty, or through the REST API) and the
// store's walk captures another: a sandbox each.
for (const takes of [[takePopupPictures, takeHintPicture, takePickPicture], [takeRestPicture], [takeStorePictures, takePromoTile]]) {
  const sandbox = await startSandbox({ headed: false });
  try {
    for (const take of takes) for (const path of await take(sandbox)) console.log(`Wrote ${path}`);
  } finally {
    await sandbox.close();
  }
}
