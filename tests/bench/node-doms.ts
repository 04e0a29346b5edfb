/**
 * The DOM implementations for Node that the measurements compare, each behind
 * the same small interface: HTML string and page URL in, a Document out.
 * Scripts never run and nothing is fetched in any of them.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

/** A parsed page and how to release it. */
export interface ParsedPage {
  document: Document;
  close(): void;
}

/** One Node DOM implementation. */
export interface NodeDom {
  name: string;
  parse(html: string, url: string): ParsedPage;
}

export const jsdom: NodeDom = {
  name: 'jsdom',
  parse(html, url) {
    // A console of its own: jsdom reports every CSS rule it cannot parse, which is noise here.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    return { document: dom.window.document, close: () => dom.window.close() };
  },
};

export const happyDom: NodeDom = {
  name: 'happy-dom',
  parse(html, url) {
    const window = new Window({
      url,
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        handleDisabledFileLoadingAsSuccess: true,
      },
    });
    window.document.write(html);
    return {
      document: window.document as unknown as Document,
      close: () => void window.happyDOM.close(),
    };
  },
};

export const linkedom: NodeDom = {
  name: 'linkedom',
  parse(html, url) {
    // linkedom's baseURI reads `location` from the globals it is given.
    const { document } = parseHTML(html, { location: new URL(url) } as object);
    return { document: document as unknown as Document, close: () => {} };
  },
};

export const NODE_DOMS: NodeDom[] = [jsdom, happyDom, linkedom];
