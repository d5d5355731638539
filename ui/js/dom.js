import { directionOf, localizeElement } from "./i18n.js";

// Building the page from data. Text typed by users is only ever set as text
// (textContent, attribute values), never parsed as markup.

/**
 * h("button", {class: "primary", l10n: "save-text", onclick: f}, child, …)
 * `l10n` names the Fluent message that fills the element (see i18n.localize),
 * `l10nArgs` its arguments; `text` sets plain text. An element given a
 * `lang` also takes that language's direction: English text stays left to
 * right inside the Arabic interface.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  if (props?.lang && !props.dir) element.dir = directionOf(props.lang);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") element.textContent = value;
    else if (key === "l10n") element.dataset.l10nId = value;
    else if (key === "l10nArgs") element.dataset.l10nArgs = JSON.stringify(value);
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else if (key === "value") element.value = value;
    else if (key === "checked" || key === "disabled" || key === "selected") element[key] = value;
    else element.setAttribute(key, value === true ? "" : value);
  }
  append(element, children);
  if (element.dataset.l10nId) localizeElement(element);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `element` with `children`. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children (numbers become text). */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  append(element, children);
  return element;
}

/**
 * Where the focus is, as a selector that finds the same control once the page
 * is drawn again: its id, or the provision a row stands for. Null when the
 * focus is nowhere a redraw could take it from.
 */
export function focusedPlace() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  if (element.id) return `#${CSS.escape(element.id)}`;
  const provision = element.dataset?.provisionId;
  if (provision && element.classList.length > 0) {
    return `${element.localName}.${CSS.escape(element.classList[0])}[data-provision-id="${CSS.escape(provision)}"]`;
  }
  return null;
}

/** Gives the focus back to the control at `place` when a redraw took it away. */
export function restoreFocus(place) {
  if (!place || (document.activeElement && document.activeElement !== document.body)) return;
  document.querySelector(place)?.focus({ preventScroll: true });
}
