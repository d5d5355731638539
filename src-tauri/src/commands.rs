//! One adapter per service call: take the arguments, call the core, map the
//! error. Every command is `async`, so the database never blocks the window.
//!
//! Long by nature: one short adapter for each of the app's commands.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use entente_core::exchange::{ImportKind, IMPORTED_EXTENSIONS};
use entente_core::export::{
    ExportRequest, Format, Manifest as ExportManifest, ReadinessProblem, Rendering,
};
use entente_core::i18n::terms::TermBase;
use entente_core::i18n::{
    ordinals, LocaleProblem, LocaleSet, Localizer, TranslationStatus, PSEUDO_LANGUAGES,
};
use entente_core::model::report::Report;
use entente_core::model::Value as TemplateValue;
use entente_core::model::{
    AgreementDetails, AgreementDocument, AgreementId, AgreementSummary, FolderPurpose,
    HistoryEntry, NewParty, NewPosition, NewStatement, NumberingMode, OptionId, Party, PartyId,
    PartyPosition, Placement, Position, Preferences, PrivateNote, PrivateNoteKind, ProvisionId,
    ProvisionKind, ProvisionStatus, ProvisionText, SearchResults, Statement, VersionDocument,
    VersionId, VersionSummary, Vocabulary,
};
use entente_core::service::compare::{Comparison, Revision};
use entente_core::service::{Backup, ImportPreview, ImportRequest, ImportedText, MergeReport};
use entente_core::templates::kits::Kit;
use entente_core::templates::render::Clause;
use entente_core::templates::Manifest;
use entente_core::{Agreement, Entente};
use serde::Serialize;
use tauri::State;
use tauri_plugin_dialog::DialogExt;

use crate::error::IpcError;
use crate::AppState;

type Reply<T> = Result<T, IpcError>;

/// Runs one service call on the open database.
fn call<T>(state: &AppState, action: impl FnOnce(&Entente) -> entente_core::Result<T>) -> Reply<T> {
    let entente = state.entente.as_ref().map_err(Clone::clone)?;
    action(entente).map_err(|e| IpcError::new(&e, &state.localizer()))
}

/// What the window needs before it draws anything.
#[derive(Serialize)]
pub struct Startup {
    /// The interface language and its Fluent files, formatted in the webview.
    locale: Locale,
    /// The languages the interface speaks, each named in its own words, and
    /// the pseudo-locales.
    interface_languages: Vec<(&'static str, String)>,
    pseudo_languages: [&'static str; 2],
    /// The closed lists the forms offer, as the core defines them.
    #[serde(flatten)]
    vocabulary: Vocabulary,
    /// The renderings and formats an export offers.
    renderings: [Rendering; 5],
    formats: [Format; 3],
    /// Why the database could not be opened, if it could not.
    error: Option<IpcError>,
    database: Option<String>,
}

/// A locale set as the webview takes it: its problems already in words.
#[derive(Serialize)]
pub struct Locale {
    #[serde(flatten)]
    set: LocaleSet,
    problems: Vec<Problem>,
    /// The numbers in the language's words, for `$ordinal` in labels.
    ordinals: Vec<String>,
}

/// A problem in a translator's file, placed and explained.
#[derive(Serialize)]
pub struct Problem {
    #[serde(flatten)]
    problem: LocaleProblem,
    message: String,
}

fn explained(problems: Vec<LocaleProblem>, localizer: &Localizer) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|problem| Problem {
            message: problem.message(localizer),
            problem,
        })
        .collect()
}

fn current_locale(state: &AppState) -> Locale {
    let mut set = state.load_locale();
    let problems = explained(std::mem::take(&mut set.problems), &state.localizer());
    let ordinals = ordinals(&set.language);
    Locale {
        set,
        problems,
        ordinals,
    }
}

/// The interface language again, from the preferences and the translator's
/// files: after a switch of language, or to pick up an edited file.
#[tauri::command]
async fn locale(state: State<'_, AppState>) -> Reply<Locale> {
    Ok(current_locale(&state))
}

#[derive(Serialize)]
pub struct Translations {
    folder: String,
    languages: Vec<LanguageTranslation>,
    terms: Terms,
}

/// The term base translators write to, and where a secretariat adds to it.
#[derive(Serialize)]
pub struct Terms {
    folder: String,
    #[serde(flatten)]
    base: TermBase,
    problems: Vec<Problem>,
}

#[derive(Serialize)]
pub struct LanguageTranslation {
    #[serde(flatten)]
    status: TranslationStatus,
    problems: Vec<Problem>,
}

#[tauri::command]
async fn translations(state: State<'_, AppState>) -> Reply<Translations> {
    let localizer = state.localizer();
    call(&state, |e| {
        let (base, problems) = e.term_base();
        Ok(Translations {
            terms: Terms {
                folder: e.house_terms_dir().display().to_string(),
                base,
                problems: explained(problems, &localizer),
            },
            folder: e.translations_dir().display().to_string(),
            languages: e
                .translation_status()
                .into_iter()
                .map(|mut status| LanguageTranslation {
                    problems: explained(std::mem::take(&mut status.problems), &localizer),
                    status,
                })
                .collect(),
        })
    })
}

/// Each reason the clean text is not final, in the user's words.
#[derive(Serialize)]
pub struct ExportProblem {
    #[serde(flatten)]
    problem: ReadinessProblem,
    message: String,
}

#[tauri::command]
async fn export_readiness(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
) -> Reply<Vec<ExportProblem>> {
    let localizer = state.localizer();
    call(&state, |e| {
        Ok(e.export_readiness(agreement_id)?
            .into_iter()
            .map(|problem| ExportProblem {
                message: problem.message(&localizer),
                problem,
            })
            .collect())
    })
}

/// The clause library as the window browses it: each template's manifest,
/// and what is wrong with those that could not be loaded.
#[derive(Serialize)]
pub struct TemplateLibrary {
    templates: Vec<Manifest>,
    problems: Vec<Problem>,
    house_folder: String,
}

#[tauri::command]
async fn template_library(state: State<'_, AppState>) -> Reply<TemplateLibrary> {
    let localizer = state.localizer();
    call(&state, |e| {
        let library = e.template_library();
        Ok(TemplateLibrary {
            templates: library.templates.into_iter().map(|t| t.manifest).collect(),
            problems: explained(library.problems, &localizer),
            house_folder: e.house_templates_dir().display().to_string(),
        })
    })
}

#[tauri::command]
async fn preview_template(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    template_id: String,
    language: String,
    values: BTreeMap<String, TemplateValue>,
) -> Reply<Clause> {
    call(&state, |e| {
        e.preview_template(Some(agreement_id), &template_id, &language, &values)
    })
}

#[tauri::command]
async fn insert_template(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    template_id: String,
    values: BTreeMap<String, TemplateValue>,
    placement: Placement,
) -> Reply<Vec<ProvisionId>> {
    call(&state, |e| {
        e.insert_template(agreement_id, &template_id, &values, placement)
    })
}

#[tauri::command]
async fn set_template_values(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    values: BTreeMap<String, TemplateValue>,
) -> Reply<()> {
    call(&state, |e| e.set_template_values(provision_id, &values))
}

#[tauri::command]
async fn kits(state: State<'_, AppState>) -> Reply<Vec<Kit>> {
    call(&state, |e| Ok(e.kits()))
}

#[tauri::command]
async fn start_from_kit(
    state: State<'_, AppState>,
    kit_id: String,
    details: AgreementDetails,
    parties: Vec<NewParty>,
    values: BTreeMap<String, TemplateValue>,
) -> Reply<AgreementId> {
    call(&state, |e| {
        e.start_from_kit(&kit_id, &details, &parties, &values)
    })
}

#[tauri::command]
async fn default_export_folder(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
) -> Reply<String> {
    call(&state, |e| {
        Ok(e.default_export_dir(agreement_id)?.display().to_string())
    })
}

#[tauri::command]
async fn export_agreement(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    request: ExportRequest,
    folder: String,
) -> Reply<ExportManifest> {
    let manifest = call(&state, |e| {
        e.export(agreement_id, &request, Path::new(&folder))
    })?;
    *state.last_export.lock().unwrap_or_else(|e| e.into_inner()) = Some(PathBuf::from(folder));
    Ok(manifest)
}

/// Shows the folder of the last export in the desktop's file manager (only
/// that one: the page cannot ask to open anything else).
#[tauri::command]
async fn open_export_folder(state: State<'_, AppState>) -> Reply<()> {
    let folder = state
        .last_export
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    if let Some(folder) = folder {
        open::that_detached(&folder)
            .map_err(|e| IpcError::new(&entente_core::Error::Io(e), &state.localizer()))?;
    }
    Ok(())
}

/// Asks for a file or folder in the system's own dialog, opened in the folder
/// last chosen for the same purpose (else beside `suggested`): a file to
/// import, a folder to export into, or where to write a file to send
/// (`suggested` names it). `None` when the user cancels.
#[tauri::command]
async fn choose_path(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    purpose: FolderPurpose,
    suggested: Option<PathBuf>,
) -> Reply<Option<PathBuf>> {
    let localizer = state.localizer();
    let words = |id: &str| localizer.format(id, None);
    // Else the nearest folder there is on the way to the one suggested (an
    // export's default folder is made only when the export runs).
    let start = call(&state, |e| e.last_folder(purpose))?.or_else(|| {
        let suggested = suggested.as_deref()?;
        let folder = match purpose {
            FolderPurpose::Export => suggested,
            FolderPurpose::Import | FolderPurpose::Send => suggested.parent()?,
        };
        folder
            .ancestors()
            .find(|f| f.is_dir())
            .map(Path::to_path_buf)
    });
    let mut dialog = app
        .dialog()
        .file()
        .set_title(words(&format!("file-dialog-{}", purpose.as_str())));
    if let Some(folder) = start {
        dialog = dialog.set_directory(folder);
    }
    let filter = words("file-dialog-filter-import");
    let chosen = tauri::async_runtime::spawn_blocking(move || match purpose {
        FolderPurpose::Import => dialog
            .add_filter(filter, &IMPORTED_EXTENSIONS)
            .blocking_pick_file(),
        FolderPurpose::Export => dialog.blocking_pick_folder(),
        FolderPurpose::Send => match suggested.as_deref().and_then(Path::file_name) {
            Some(name) => dialog.set_file_name(name.to_string_lossy()),
            None => dialog,
        }
        .blocking_save_file(),
    })
    .await
    .ok()
    .flatten();
    let Some(path) = chosen.and_then(|chosen| chosen.into_path().ok()) else {
        return Ok(None);
    };
    let folder = match purpose {
        FolderPurpose::Export => Some(path.as_path()),
        FolderPurpose::Import | FolderPurpose::Send => path.parent(),
    };
    if let Some(folder) = folder {
        call(&state, |e| e.remember_folder(purpose, folder))?;
    }
    Ok(Some(path))
}

/// A file handed to the app (opened with it, dropped on its window), with
/// what it is read as: the import dialog opens on it.
#[derive(Serialize)]
pub struct OpenedFile {
    path: PathBuf,
    kind: ImportKind,
}

/// The oldest file handed to the app and not yet shown, if any: the page
/// asks at start, when told of new ones, and after each import dialog.
#[tauri::command]
async fn take_opened_file(state: State<'_, AppState>) -> Reply<Option<OpenedFile>> {
    let mut waiting = state.opened_files.lock().unwrap_or_else(|e| e.into_inner());
    Ok(waiting.pop_front().map(|path| OpenedFile {
        kind: ImportKind::of_path(&path),
        path,
    }))
}

#[tauri::command]
async fn startup(state: State<'_, AppState>) -> Reply<Startup> {
    Ok(Startup {
        locale: current_locale(&state),
        interface_languages: entente_core::i18n::endonyms(),
        pseudo_languages: PSEUDO_LANGUAGES,
        vocabulary: Vocabulary::new(),
        renderings: Rendering::ALL,
        formats: Format::ALL,
        error: state.entente.as_ref().err().cloned(),
        database: state
            .entente
            .as_ref()
            .ok()
            .map(|e| e.database_path().display().to_string()),
    })
}

#[tauri::command]
async fn list_agreements(state: State<'_, AppState>) -> Reply<Vec<AgreementSummary>> {
    call(&state, |e| e.list_agreements())
}

#[tauri::command]
async fn create_agreement(
    state: State<'_, AppState>,
    agreement: AgreementDetails,
) -> Reply<Agreement> {
    call(&state, |e| e.create_agreement(&agreement))
}

#[tauri::command]
async fn update_agreement(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    details: AgreementDetails,
) -> Reply<Agreement> {
    call(&state, |e| e.update_agreement(agreement_id, &details))
}

#[tauri::command]
async fn create_sample(state: State<'_, AppState>) -> Reply<AgreementId> {
    call(&state, |e| e.create_sample())
}

#[tauri::command]
async fn default_exchange_file(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    party_id: Option<PartyId>,
) -> Reply<String> {
    call(&state, |e| {
        Ok(e.default_exchange_file(agreement_id, party_id)?
            .display()
            .to_string())
    })
}

#[tauri::command]
async fn export_bundle(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    path: String,
) -> Reply<u64> {
    call(&state, |e| e.export_bundle(agreement_id, Path::new(&path)))
}

#[tauri::command]
async fn import_bundle(state: State<'_, AppState>, path: String) -> Reply<AgreementId> {
    call(&state, |e| e.import_bundle(Path::new(&path)))
}

#[tauri::command]
async fn export_packet(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    party_id: PartyId,
    path: String,
) -> Reply<usize> {
    call(&state, |e| {
        e.export_packet(agreement_id, party_id, Path::new(&path))
    })
}

#[tauri::command]
async fn import_packet(
    state: State<'_, AppState>,
    path: String,
    take_theirs: Vec<ProvisionId>,
) -> Reply<MergeReport> {
    call(&state, |e| e.import_packet(Path::new(&path), &take_theirs))
}

/// Reads the text at `path` into a new agreement, or `into` an agreement
/// here: as its text in `language`, or as the revision `revision`.
/// What a text holds, before anything is made from it.
#[tauri::command]
async fn preview_import(
    state: State<'_, AppState>,
    request: ImportRequest,
) -> Reply<ImportPreview> {
    call(&state, |e| e.preview_import(&request))
}

#[tauri::command]
async fn import_text(state: State<'_, AppState>, request: ImportRequest) -> Reply<ImportedText> {
    call(&state, |e| e.import(&request))
}

#[tauri::command]
async fn document(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
) -> Reply<AgreementDocument> {
    call(&state, |e| e.document(agreement_id))
}

#[tauri::command]
async fn add_party(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    party: NewParty,
) -> Reply<Party> {
    call(&state, |e| e.add_party(agreement_id, &party))
}

#[tauri::command]
async fn remove_party(state: State<'_, AppState>, party_id: PartyId) -> Reply<()> {
    call(&state, |e| e.remove_party(party_id))
}

#[tauri::command]
async fn set_group_members(
    state: State<'_, AppState>,
    group_id: PartyId,
    members: Vec<PartyId>,
) -> Reply<Party> {
    call(&state, |e| e.set_group_members(group_id, &members))
}

#[tauri::command]
async fn add_provision(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    kind: ProvisionKind,
    near: Option<ProvisionId>,
    texts: BTreeMap<String, ProvisionText>,
) -> Reply<ProvisionId> {
    call(&state, |e| {
        e.add_provision_near(agreement_id, kind, near, &texts)
    })
}

#[tauri::command]
async fn set_provision_text(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    language: String,
    text: ProvisionText,
) -> Reply<()> {
    call(&state, |e| {
        e.set_provision_text(provision_id, &language, &text)
    })
}

#[tauri::command]
async fn move_provision(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    placement: Placement,
) -> Reply<()> {
    call(&state, |e| e.move_provision(provision_id, placement))
}

/// Numbers a provision as counted, inserted after the one before it (bis) or not at all.
#[tauri::command]
async fn set_numbering(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    numbering: NumberingMode,
) -> Reply<()> {
    call(&state, |e| e.set_numbering(provision_id, numbering))
}

#[tauri::command]
async fn delete_provision(state: State<'_, AppState>, provision_id: ProvisionId) -> Reply<()> {
    call(&state, |e| e.delete_provision(provision_id))
}

#[tauri::command]
async fn restore_provision(state: State<'_, AppState>, provision_id: ProvisionId) -> Reply<()> {
    call(&state, |e| e.restore_provision(provision_id))
}

/// Where the agreement holds some words (`language`: only that language's texts).
#[tauri::command]
async fn search(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    query: String,
    language: Option<String>,
) -> Reply<SearchResults> {
    call(&state, |e| {
        e.search(agreement_id, &query, language.as_deref())
    })
}

#[tauri::command]
async fn provision_history(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
) -> Reply<Vec<HistoryEntry>> {
    call(&state, |e| e.provision_history(provision_id))
}

#[tauri::command]
async fn set_provision_status(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    status: ProvisionStatus,
    note: String,
) -> Reply<()> {
    call(&state, |e| {
        e.set_provision_status(provision_id, status, &note)
    })
}

#[tauri::command]
async fn record_position(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    party_id: PartyId,
    position: NewPosition,
) -> Reply<Position> {
    call(&state, |e| {
        e.record_position(provision_id, party_id, &position)
    })
}

#[tauri::command]
async fn positions(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
) -> Reply<Vec<PartyPosition>> {
    call(&state, |e| e.positions(provision_id))
}

#[tauri::command]
async fn position_history(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    party_id: PartyId,
) -> Reply<Vec<Position>> {
    call(&state, |e| e.position_history(provision_id, party_id))
}

#[tauri::command]
async fn add_statement(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    statement: NewStatement,
) -> Reply<Statement> {
    call(&state, |e| e.add_statement(provision_id, &statement))
}

#[tauri::command]
async fn statements(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
) -> Reply<Vec<Statement>> {
    call(&state, |e| e.statements(provision_id))
}

#[tauri::command]
async fn add_option(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    texts: BTreeMap<String, String>,
    proposers: Vec<PartyId>,
) -> Reply<OptionId> {
    call(&state, |e| e.add_option(provision_id, &texts, &proposers))
}

#[tauri::command]
async fn set_option_text(
    state: State<'_, AppState>,
    option_id: OptionId,
    language: String,
    body: String,
) -> Reply<()> {
    call(&state, |e| e.set_option_text(option_id, &language, &body))
}

#[tauri::command]
async fn withdraw_option(state: State<'_, AppState>, option_id: OptionId) -> Reply<()> {
    call(&state, |e| e.withdraw_option(option_id))
}

#[tauri::command]
async fn add_private_note(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
    kind: PrivateNoteKind,
    text: String,
) -> Reply<PrivateNote> {
    call(&state, |e| e.add_private_note(provision_id, kind, &text))
}

#[tauri::command]
async fn private_notes(
    state: State<'_, AppState>,
    provision_id: ProvisionId,
) -> Reply<Vec<PrivateNote>> {
    call(&state, |e| e.private_notes(provision_id))
}

#[tauri::command]
async fn remove_private_note(state: State<'_, AppState>, note_id: i64) -> Reply<()> {
    call(&state, |e| e.remove_private_note(note_id))
}

#[tauri::command]
async fn report(state: State<'_, AppState>, agreement_id: AgreementId) -> Reply<Report> {
    call(&state, |e| e.report(agreement_id))
}

#[tauri::command]
async fn save_version(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    name: String,
) -> Reply<VersionSummary> {
    call(&state, |e| e.save_version(agreement_id, &name))
}

#[tauri::command]
async fn versions(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
) -> Reply<Vec<VersionSummary>> {
    call(&state, |e| e.versions(agreement_id))
}

#[tauri::command]
async fn version(state: State<'_, AppState>, version_id: VersionId) -> Reply<VersionDocument> {
    call(&state, |e| e.version(version_id))
}

/// The editor tells whether it holds unsaved text (see the window's close).
#[tauri::command]
async fn set_unsaved_edits(state: State<'_, AppState>, unsaved: bool) -> Reply<()> {
    state.unsaved_edits.store(unsaved, Ordering::SeqCst);
    Ok(())
}

/// Closes the window once the page has saved what it held.
#[tauri::command]
async fn close_window(state: State<'_, AppState>, window: tauri::WebviewWindow) -> Reply<()> {
    window
        .destroy()
        .map_err(|e| IpcError::window(&e, &state.localizer()))
}

#[tauri::command]
async fn compare(
    state: State<'_, AppState>,
    agreement_id: AgreementId,
    from: Revision,
    to: Revision,
) -> Reply<Comparison> {
    call(&state, |e| e.compare(agreement_id, from, to))
}

#[tauri::command]
async fn preferences(state: State<'_, AppState>) -> Reply<Preferences> {
    call(&state, |e| e.preferences())
}

#[tauri::command]
async fn set_preferences(
    state: State<'_, AppState>,
    preferences: Preferences,
) -> Reply<Preferences> {
    call(&state, |e| e.set_preferences(&preferences))
}

/// The backups of the database, and the folder they are kept in.
#[derive(Serialize)]
pub struct Backups {
    folder: PathBuf,
    backups: Vec<Backup>,
}

#[tauri::command]
async fn backups(state: State<'_, AppState>) -> Reply<Backups> {
    call(&state, |e| {
        Ok(Backups {
            folder: e.backups_dir(),
            backups: e.backups()?,
        })
    })
}

#[tauri::command]
async fn back_up(state: State<'_, AppState>) -> Reply<Backup> {
    call(&state, |e| e.back_up())
}

/// Puts the backup `name` in place of the database; the copy made of the
/// database as it was is returned.
#[tauri::command]
async fn restore_backup(state: State<'_, AppState>, name: String) -> Reply<Backup> {
    call(&state, |e| e.restore_backup(&name))
}

/// Every command above, as build.rs reads them from this file.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    include!(concat!(env!("OUT_DIR"), "/handler.rs"))
}
