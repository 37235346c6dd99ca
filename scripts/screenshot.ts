/**
 * `npm run screenshot`: the README's and the store's pictures, all taken of the real built
 * extension on the fixture consoles (no mock-ups), and the store's promo tile.
 */
import { takePopupPictures } from './screenshot/popup';
import { takePromoTile, takeStorePictures } from './screenshot/store';
import { startSandbox } from './sandbox';

// The README's popup holds one key and the store's walk captures another: a sandbox each.
for (const takes of [[takePopupPictures], [takeStorePictures, takePromoTile]]) {
  const sandbox = await startSandbox({ headed: false });
  try {
    for (const take of takes) for (const path of await take(sandbox)) console.log(`Wrote ${path}`);
  } finally {
    await sandbox.close();
  }
}
