import { defineWxtModule } from 'wxt/modules';
import { repackFile } from './repack';

/**
 * Makes `wxt zip`'s packages reproducible (the extension zip and the sources
 * zip the add-ons site asks for): each is repacked with sorted entries and
 * fixed timestamps right after WXT writes it.
 */
export default defineWxtModule((wxt) => {
  wxt.hook('zip:extension:done', (_wxt, zipPath) => repackFile(zipPath));
  wxt.hook('zip:sources:done', (_wxt, zipPath) => repackFile(zipPath));
});
