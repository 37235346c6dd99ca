/** Background entry: wires browser events to the router and the stores. No logic lives here. */
import browser from 'webextension-polyfill';
import { createRouter, type Routes } from './router';
import { captureRoutes } from './routes/capture';
import { fillRoutes } from './routes/fill';
import { learnRoutes } from './routes/learn';
import { pageRoutes } from './routes/pages';
import { pickRoutes } from './routes/pick';
import { restRoutes } from './routes/rest';
import { testAlertRoutes } from './routes/test-alert';
import { vaultRoutes } from './routes/vault';

const routes: Routes = { ...pageRoutes, ...vaultRoutes, ...captureRoutes, ...fillRoutes, ...testAlertRoutes, ...restRoutes, ...learnRoutes, ...pickRoutes };

browser.runtime.onMessage.addListener(
  createRouter(routes, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') }),
);
