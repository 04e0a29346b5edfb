/**
 * WXT's fakeBrowser has no i18n: here it answers from public/_locales/en,
 * as an English browser does, so component tests see Lede's real text.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageLookup } from '../helpers/messages';

const lookup = messageLookup('en');
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => lookup(key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en-US';
