/**
 * A very small DOM builder for the content script's panel. Children are nodes or strings, and strings
 * always become text nodes: nothing here parses markup. Attribute values are strings; `false`, null and
 * undefined leave the attribute out, `true` sets it empty (boolean attributes such as `hidden`).
 */
export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : value);
  }
}

export function append(node: Element, children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
}

/** Replaces the children of `node`. */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, children);
}
