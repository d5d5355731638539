// Interface messages: the Fluent files the core ships (and a translator's
// own, over them), formatted here with Mozilla's Fluent runtime. Every word
// on screen comes through t(); numbers and dates through Intl, as the
// interface language writes them.

import { FluentBundle, FluentResource } from "../vendor/fluent-bundle/index.js";

let bundle = null;
let language = "en";
let ordinals = [];

/**
 * Takes the locale the core assembled: English underneath, then the
 * language's files, each overriding the one before (a message that does not
 * parse in a later file keeps its earlier words). Sets the page's language
 * and direction, so that a right-to-left language mirrors the whole layout.
 */
export function initLocale(locale) {
  language = locale.language;
  ordinals = locale.ordinals;
  bundle = new FluentBundle(language);
  for (const source of locale.sources) {
    for (const error of bundle.addResource(new FluentResource(source.source), { allowOverrides: true })) {
      console.error(`${source.origin}: ${error}`);
    }
  }
  document.documentElement.lang = language;
  document.documentElement.dir = locale.right_to_left ? "rtl" : "ltr";
}

/** The interface language now in use. */
export function interfaceLanguageOf() {
  return language;
}

const RIGHT_TO_LEFT = new Set(["ar", "he", "fa", "ur"]);

/** "rtl" for a language written right to left, "ltr" otherwise. */
export function directionOf(code) {
  return RIGHT_TO_LEFT.has(code.split("-")[0]) ? "rtl" : "ltr";
}

function format(pattern, args) {
  const errors = [];
  const text = bundle.formatPattern(pattern, args, errors);
  for (const error of errors) console.error(error);
  return text;
}

/** The message `id` formatted with `args`; the id itself if it is missing. */
export function t(id, args = null) {
  const message = bundle?.getMessage(id);
  return message?.value ? format(message.value, args) : id;
}

/** An attribute of a message (placeholder, title, aria-label …), or null. */
export function tAttr(id, name, args = null) {
  const pattern = bundle?.getMessage(id)?.attributes?.[name];
  return pattern ? format(pattern, args) : null;
}

/**
 * The attributes a message may give an element. A translator's file is text
 * from outside: an attribute such as `.onclick` or `.href` in it must never
 * reach the page.
 */
const MESSAGE_ATTRIBUTES = new Set(["title", "placeholder", "aria-label", "aria-description", "alt"]);

/**
 * Fills an element from the message its data-l10n-id names: the value as its
 * text, the attributes (placeholder, title, aria-label …) as its attributes.
 */
export function localizeElement(element) {
  const id = element.dataset.l10nId;
  const args = element.dataset.l10nArgs ? JSON.parse(element.dataset.l10nArgs) : null;
  const message = bundle?.getMessage(id);
  if (!message) {
    element.textContent = id;
    return;
  }
  if (message.value) element.textContent = format(message.value, args);
  for (const [name, pattern] of Object.entries(message.attributes)) {
    if (MESSAGE_ATTRIBUTES.has(name)) element.setAttribute(name, format(pattern, args));
  }
}

/** Localizes every element under `root` that names its message. */
export function localize(root = document) {
  for (const element of root.querySelectorAll("[data-l10n-id]")) localizeElement(element);
}

/** "Article 3", "Chapter II": a provision's display label. */
export function provisionLabel(node) {
  if (!node.number) return t(`provision-kind-${node.kind}`);
  const { ordinal, roman, letter, inserted, latin } = node.number;
  const words = ordinals[ordinal - 1] ?? String(ordinal);
  const label = t(`provision-label-${node.kind}`, { n: ordinal, roman, small_roman: roman.toLowerCase(), letter, ordinal: words });
  return inserted ? t("provision-label-inserted", { label, nth: inserted, latin }) : label;
}

/**
 * A provision named out of its place, as treaties cite it: "Article 2,
 * Paragraph 1" (`citation`, from the core; a deleted provision is named
 * alone). `nodes`: the text's provisions by id.
 */
export function citationLabel(nodes, node) {
  const path = node.citation?.length ? node.citation : [node.id];
  return citedLabel(path.map((id) => nodes.get(id)).filter(Boolean));
}

/** A citation already resolved to its provisions' kinds and numbers, outermost first. */
export function citedLabel(provisions) {
  return provisions.map(provisionLabel).join(t("citation-separator"));
}

export function languageName(code) {
  return t(`language-${code}`);
}

/** A moment as the interface language writes it; `seconds` where moments minutes apart must differ. */
export function formatDateTime(iso, { seconds = false } = {}) {
  const format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: seconds ? "medium" : "short" });
  return format.format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as the interface language writes it. */
export function formatDay(day) {
  const format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" });
  return format.format(new Date(`${day}T00:00:00Z`));
}
