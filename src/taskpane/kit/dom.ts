/**
 * The one way the taskpane builds DOM: elements with attributes and text set as text. Nothing from the data ever
 * goes through innerHTML, so a quote or a plan title cannot inject markup.
 */

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  readonly class?: string;
  /** Attributes; null/false leave one out, true sets it empty (boolean attributes). */
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly text?: string;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options?: ElementOptions,
  children?: readonly Child[],
): HTMLElementTagNameMap[K];
export function el(tag: string, options?: ElementOptions, children?: readonly Child[]): HTMLElement;
export function el(tag: string, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  apply(node, options);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(
  tag: string,
  attrs: Readonly<Record<string, string | number>> = {},
  children: readonly Child[] = [],
): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

function apply(node: HTMLElement, options: ElementOptions): void {
  if (options.class) node.className = options.class;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  if (options.text !== undefined) node.textContent = options.text;
  for (const [type, handler] of Object.entries(options.on ?? {})) {
    if (handler) node.addEventListener(type, handler as EventListener);
  }
}

function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `node`. */
export function replaceChildren(node: Element, children: readonly Child[]): void {
  node.replaceChildren();
  append(node, children);
}
