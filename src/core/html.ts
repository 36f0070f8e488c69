/**
 * The little of HTML that kuultu's own scans of built pages need (the search feed's digest and
 * the compound terms read each page's tags without a full parser, for speed).
 */

/** Elements that have no end tag: a scan must not wait for one. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * A start or end tag: [1] "/" for an end tag, [2] the name, [3] the attributes (quoted values may
 * hold ">"). A new expression per call, since a global one carries its `lastIndex` between users.
 */
export function tagPattern(): RegExp {
  return /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
}
