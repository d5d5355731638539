// Search in the open agreement: a box above the structure (Ctrl+F), results
// listed by provision as a reader of treaties cites them, the words marked;
// Enter and Shift+Enter go through them. The core does the finding
// (Entente::search); this view keeps the query while the text redraws.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { citationLabel, languageName, t } from "../i18n.js";
import { partyName } from "../names.js";

/** How long typing may pause before the search runs. */
const TYPING_PAUSE_MS = 120;

export const emptySearch = () => ({ query: "", language: "", results: null, current: -1 });

export function searchBox(app, doc) {
  const search = app.state.search;
  const results = h("ol", { class: "search-results", id: "search-results", "aria-label": t("search-results") });
  const status = h("p", { class: "search-status", id: "search-status", role: "status" });
  const draw = () => drawResults(app, doc, results, status);
  let pause = null;
  const run = async () => {
    const query = search.query.trim();
    if (!query) {
      Object.assign(search, { results: null, current: -1 });
      draw();
      return;
    }
    const found = await app.run(() => api.search(doc.agreement.id, query, search.language || null));
    // A later keystroke has asked again: its answer is the one to show.
    if (!found || query !== search.query.trim()) return;
    Object.assign(search, { results: found, current: -1 });
    draw();
  };
  const input = h("input", {
    type: "search", id: "search-input", autocomplete: "off", spellcheck: "false",
    value: search.query, "aria-label": t("search-label"), placeholder: t("search-placeholder"),
    "aria-describedby": "search-status", "aria-controls": "search-results",
    oninput: (event) => {
      search.query = event.target.value;
      clearTimeout(pause);
      pause = setTimeout(run, TYPING_PAUSE_MS);
    },
    onkeydown: (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        step(app, event.shiftKey ? -1 : 1);
      } else if (event.key === "Escape" && search.query) {
        event.preventDefault();
        Object.assign(search, emptySearch());
        event.target.value = "";
        draw();
      }
    },
  });
  const language = h("select", {
    id: "search-language", "aria-label": t("search-language"),
    onchange: (event) => { search.language = event.target.value; run(); },
  },
    h("option", { value: "", l10n: "search-all-languages", selected: !search.language }),
    // Codes, as the header's language chips show them: the box keeps its room.
    doc.agreement.languages.map((l) => h("option", {
      value: l.code, text: l.code.toUpperCase(), title: languageName(l.code), selected: search.language === l.code,
    })),
  );
  // The text was saved or reloaded since the last answer: ask again.
  if (search.query.trim() && search.results === null) run();
  else draw();
  return h("div", { class: "search", role: "search" },
    h("div", { class: "search-row" }, input, language),
    status,
    results,
  );
}

/** Goes to the next (1) or previous (-1) result, round the list. */
async function step(app, by) {
  const { search } = app.state;
  const hits = search.results?.hits ?? [];
  if (hits.length === 0) return;
  search.current = (search.current + by + hits.length) % hits.length;
  await app.select(hits[search.current].provision_id);
  const input = document.getElementById("search-input");
  input?.focus();
  input?.setSelectionRange(input.value.length, input.value.length);
  document.querySelector(".search-hit[aria-current='true']")?.scrollIntoView({ block: "nearest" });
}

function drawResults(app, doc, list, status) {
  const { search } = app.state;
  const results = search.results;
  if (!results) {
    replace(list);
    status.textContent = "";
    status.hidden = true;
    return;
  }
  status.hidden = false;
  status.textContent = results.total === 0
    ? t("search-none")
    : [
      t("search-count", { count: results.total }),
      results.hits.length < results.total && t("search-listed", { shown: results.hits.length }),
      t("search-keys"),
    ].filter(Boolean).join(" ");
  const nodes = new Map(doc.provisions.map((n) => [n.id, n]));
  replace(list, results.hits.map((hit, index) =>
    h("li", {},
      h("button", {
        type: "button", class: "search-hit", "aria-current": String(index === search.current),
        dataset: { provisionId: hit.provision_id },
        onclick: async () => {
          search.current = index;
          await app.select(hit.provision_id);
          document.querySelector(".search-hit[aria-current='true']")?.focus();
        },
      },
        h("span", { class: "search-place", text: place(doc, nodes, hit) }),
        h("span", { class: "search-snippet", lang: hit.language ?? undefined },
          hit.snippet.map((part) => part.hit ? h("mark", { text: part.text }) : part.text)),
      ),
    )));
}

/** "Article 12, paragraph 3 — French": the provision within those it stands in, and where in it. */
function place(doc, nodes, hit) {
  const citation = citationLabel(nodes, nodes.get(hit.provision_id));
  const party = doc.parties.find((p) => p.id === hit.party_id);
  switch (hit.source) {
    case "option": return t("search-in-option", { citation, number: hit.option_number ?? 0, language: languageName(hit.language) });
    case "statement": return t("search-in-statement", { citation, party: party ? partyName(party, doc.agreement) : "" });
    case "note": return t("search-in-note", { citation });
    default: return t("search-in-text", { citation, language: languageName(hit.language) });
  }
}
