/**
 * Build-time stand-in for `is-potential-custom-element-name` in the content script (aliased in
 * wxt.config.ts). The full check is a ~1 KB Unicode regex; the only name ever passed is the panel's own
 * lowercase ASCII tag, which this simpler rule from the HTML spec accepts or rejects the same way.
 */
export default function isPotentialCustomElementName(name: string): boolean {
  return /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);
}
