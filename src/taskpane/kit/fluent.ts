/**
 * The Fluent UI web components the taskpane uses, defined once (only these are bundled), and the Fluent web
 * light theme as CSS custom properties in a constructed stylesheet, which the page's Content-Security-Policy
 * allows without 'unsafe-inline'.
 */
import {
  Badge,
  BadgeDefinition,
  Button,
  ButtonDefinition,
  MessageBar,
  MessageBarDefinition,
  setTheme,
  TextInput,
  TextInputDefinition,
  Tree,
  TreeDefinition,
  TreeItem,
  TreeItemDefinition,
} from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";

export function defineFluent(): void {
  // define() resolves once the element is registered; the page renders before and upgrades in place.
  for (const [element, definition] of [
    [Badge, BadgeDefinition],
    [Button, ButtonDefinition],
    [MessageBar, MessageBarDefinition],
    [TextInput, TextInputDefinition],
    [Tree, TreeDefinition],
    [TreeItem, TreeItemDefinition],
  ] as const) {
    void element.define(definition);
  }
  setTheme(webLightTheme);
}

/** The taskpane's own stylesheet, adopted the same way as the theme. */
export function adoptStyles(cssText: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
