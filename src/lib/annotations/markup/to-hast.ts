/**
 * How the Markdown-to-HTML step (mdast-util-to-hast, through remark-rehype) turns the nodes the
 * annotation plugin leaves into HTML elements: claims, quotes, terms, notes, claim markers,
 * callout placeholders and block groups all carry `data.hName` and `data.hProperties`.
 *
 * mdast-util-to-hast handles such nodes itself, but deep-copies every `hProperties` object with
 * `structuredClone`, which made this step eight times slower on annotated articles than on plain
 * ones. The plugin creates a fresh properties object for every node, so a shallow copy (arrays
 * copied too) gives the same elements. Nodes without `hName` are handled as mdast-util-to-hast
 * does.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';
import type { Nodes } from 'mdast';
import type { State } from 'mdast-util-to-hast';

interface ElementData {
  hName?: unknown;
  hProperties?: Properties;
  hChildren?: ElementContent[];
}

function copyProperties(properties: Properties | undefined): Properties {
  const copy: Properties = {};
  if (properties) for (const [name, value] of Object.entries(properties)) copy[name] = Array.isArray(value) ? [...value] : value;
  return copy;
}

/** mdast-util-to-hast's `unknownHandler`: every node type it has no handler for comes here. */
export function annotationNodeToHast(state: State, node: Nodes): Element | Text {
  const data = node.data as ElementData | undefined;
  const literal = 'value' in node && typeof node.value === 'string' ? node.value : undefined;
  if (data && typeof data.hName === 'string') {
    const children: ElementContent[] = data.hChildren ?? (literal === undefined ? state.all(node) : [{ type: 'text', value: literal }]);
    const result: Element = { type: 'element', tagName: data.hName, properties: copyProperties(data.hProperties), children };
    state.patch(node, result);
    return result;
  }
  // As mdast-util-to-hast's own default: a literal is text, anything else a `div` of its children.
  const result: Element | Text =
    literal !== undefined && !(data && ('hProperties' in data || 'hChildren' in data))
      ? { type: 'text', value: literal }
      : { type: 'element', tagName: 'div', properties: {}, children: state.all(node) };
  state.patch(node, result);
  return state.applyData(node, result);
}
