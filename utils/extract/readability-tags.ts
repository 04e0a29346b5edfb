/**
 * Readability's tag lookups, answered without a selector engine.
 *
 * Readability 0.6 finds elements by tag with `querySelectorAll("p")` (or a
 * list, `"img,picture"`) dozens of times a page: over the whole page while
 * it prepares it, then over every candidate it cleans. In jsdom (the command
 * line and the tests) a selector runs through a generic engine that walks
 * the tree with a TreeWalker through jsdom's public wrappers; a CPU profile of
 * the engine over the corpus charged 40% of Readability's own time to these
 * lookups. `getElementsByTagName` asks jsdom's internal tree instead, and
 * returns the same elements in the same (document) order.
 *
 * Readability itself accepts an array here: its lookup falls back to
 * `getElementsByTagName` for nodes without `querySelectorAll`, and every
 * caller only counts, indexes or iterates the result (`_forEachNode`,
 * `_removeNodes`, `.length`).
 */
import { byTag } from './tree';

/** The elements under `node` (not `node` itself) whose tag is one of `tagNames`, in document order: `querySelectorAll(tagNames.join(','))`. */
export function nodesWithTags(node: Element | Document, tagNames: readonly string[]): Element[] {
  if (tagNames.length === 1) return byTag(node, tagNames[0]!);
  let found: Element[] = [];
  let lists = 0;
  for (const tag of tagNames) {
    const some = byTag(node, tag);
    if (!some.length) continue;
    found = lists++ ? found.concat(some) : some;
  }
  // Two tags' elements interleave in the page: back into document order, as a selector list returns them.
  if (lists > 1) found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return found;
}

/** The part of a Readability instance this replaces (a private method of the pinned 0.6.0). */
interface TagLookup {
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
}

/** Makes `reader` (a Readability) find elements by tag with `nodesWithTags`; returns it. */
export function withTagLookup<T extends object>(reader: T): T {
  (reader as unknown as TagLookup)._getAllNodesWithTag = nodesWithTags;
  return reader;
}
