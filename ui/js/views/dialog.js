// One modal dialog at a time, built from a form. Escape or Cancel closes it;
// the form's own submit handler decides when it is done.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";

const dialog = () => document.getElementById("dialog");

/**
 * Opens a dialog titled by the message `titleId` around `fields`. `onSubmit`
 * returns true to close the dialog; on failure it shows its error through
 * the returned `fail` function. `cancelId: null` for a dialog with one
 * button, which only closes it.
 */
export function openDialog({ titleId, submitId, fields, onSubmit, name, cancelId = "dialog-cancel" }) {
  const error = formError();
  const form = h(
    "form",
    { class: "dialog-form", method: "dialog", "data-dialog": name },
    h("h2", { l10n: titleId }),
    fields,
    error.element,
    h("div", { class: "dialog-actions" },
      cancelId && h("button", { type: "button", class: "secondary", l10n: cancelId, onclick: () => closeDialog() }),
      h("button", { type: "submit", class: "primary", l10n: submitId }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    // One call at a time (a second click would import or create twice), and
    // an earlier refusal does not stand beside a later result.
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    error.element.hidden = true;
    try {
      if (await onSubmit(form, error.show)) closeDialog();
    } finally {
      submit.disabled = false;
    }
  });
  replace(dialog(), form);
  dialog().showModal();
  form.querySelector("input, select, textarea")?.focus();
  return form;
}

export function closeDialog() {
  dialog().close();
  dialog().replaceChildren();
}

/** The place under a form where the core's refusal is explained. */
export function formError() {
  const element = h("p", { class: "form-error", role: "alert", hidden: true });
  return { element, show: (problem) => showProblem(element, problem) };
}

/** Explains `problem` under the open dialog's form, where the user is looking. */
export function failInDialog(problem) {
  showProblem(dialog().querySelector(".dialog-form > .form-error"), problem);
}

function showProblem(element, problem) {
  element.textContent = problem?.message ?? String(problem);
  element.hidden = false;
}

/** A labelled form field: the label's words come from the message `l10n`. */
export function field(l10n, control, hintId = null, l10nArgs = null) {
  return h("label", { class: "field" },
    h("span", { class: "field-label", l10n, l10nArgs }),
    control,
    hintId && h("span", { class: "field-hint", l10n: hintId }),
  );
}

/**
 * A path field: typed, or chosen in the system's own dialog for `purpose`
 * (import, export, send) with the button beside it, which opens where the
 * user last chose for that purpose.
 */
export function pathField(l10n, input, purpose, hintId = null) {
  const choose = async () => {
    try {
      const chosen = await api.choosePath(purpose, input.value || null);
      if (chosen === null) return;
      input.value = chosen;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    } catch (problem) {
      failInDialog(problem);
    }
  };
  return field(l10n, h("span", { class: "path-row" },
    input,
    h("button", { type: "button", class: "secondary", id: `${input.id}-choose`, l10n: "choose-path", onclick: choose })),
  hintId);
}

/**
 * A group of checkboxes or radio buttons named `name`, one per value, under
 * the legend `legendId`; `label(value)` gives each its words.
 */
export function choiceGroup({ id, className, legendId, type, name, values, label, checked }) {
  return h("fieldset", { class: `members-field ${className}`, id },
    h("legend", { l10n: legendId }),
    h("div", { class: "member-choices" }, values.map((value) =>
      h("label", { class: "check" },
        h("input", { type, name, value, checked: checked(value) }),
        label(value)))));
}
