/**
 * `cloneNode` leaves shadow roots behind, so a story a page renders inside
 * a web component's (open) shadow root would be invisible to the engine.
 * This copies each open shadow tree into the clone in place of the host's
 * light children, with every <slot> replaced by what the browser shows in
 * it: the light children assigned to it, else its fallback content.
 * Closed shadow roots stay closed: a page that closes them asks not to be read.
 */

/** Copies every open shadow tree of `original` into `clone` (its exact clone); returns how many. */
export function flattenShadowRoots(original: Document, clone: Document): number {
  const hosts = [...original.querySelectorAll('*')].map((el, i) => [el, i] as const).filter(([el]) => el.shadowRoot);
  if (!hosts.length) return 0;
  const cloned = clone.querySelectorAll('*'); // same tree, same document order
  let count = 0;
  for (const [host, index] of hosts) count += flattenHost(host, cloned[index]);
  return count;
}

/** Replaces `target`'s children with `host`'s shadow tree, slots filled; recurses into nested hosts. */
function flattenHost(host: Element, target: Element): number {
  const root = host.shadowRoot!;
  const doc = target.ownerDocument;
  const copy = doc.createDocumentFragment();
  for (const child of root.childNodes) copy.append(doc.importNode(child, true));
  let count = 1;
  // Shadow hosts inside the shadow tree: query both trees in the same order.
  const inner = [...root.querySelectorAll('*')];
  const innerCopy = copy.querySelectorAll('*');
  inner.forEach((el, i) => {
    if (el.shadowRoot) count += flattenHost(el, innerCopy[i]);
  });
  const light = [...target.childNodes];
  for (const slot of copy.querySelectorAll('slot')) {
    const name = slot.getAttribute('name');
    const assigned = light.filter((node) =>
      node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') === (name ?? '') : !name && node.nodeType === 3,
    );
    slot.replaceWith(...(assigned.length ? assigned : [...slot.childNodes]));
  }
  target.replaceChildren(copy);
  return count;
}
