/**
 * The popup's REST API path: connect, search services, take or create the Blackfire integration's
 * key, disconnect. Only extension pages may ask; the API key itself is never answered back.
 */
import { stringUpTo } from '../../shared/shape';
import { blackfireKey, connect, disconnect, searchServices } from '../rest-setup';
import { readRestSession, restStateOf } from '../rest-session';
import type { Routes } from '../router';

/** PagerDuty ids: upper-case letters and digits (e.g. PABC123); anything else never reaches a URL path. */
const isPagerDutyId = (value: unknown) => typeof value === 'string' && /^[A-Z0-9]{1,20}$/.test(value);

export const restRoutes: Routes = {
  'popup/rest-state': {
    from: ['extension-page'],
    shape: {},
    async handle() {
      return restStateOf(await readRestSession());
    },
  },
  'popup/rest-connect': {
    from: ['extension-page'],
    shape: { apiKey: stringUpTo(200) },
    handle: ({ apiKey }) => connect(apiKey),
  },
  'popup/rest-disconnect': {
    from: ['extension-page'],
    shape: {},
    async handle() {
      await disconnect();
      return { ok: true };
    },
  },
  'popup/rest-search': {
    from: ['extension-page'],
    shape: { query: stringUpTo(200) },
    handle: ({ query }) => searchServices(query),
  },
  'popup/rest-blackfire-key': {
    from: ['extension-page'],
    shape: { serviceId: isPagerDutyId },
    handle: ({ serviceId }) => blackfireKey(serviceId),
  },
};
