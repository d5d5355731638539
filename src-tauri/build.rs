// Declaring the app's commands makes each one need an explicit permission in
// capabilities/, so the webview can call exactly these and nothing else.
const COMMANDS: &[&str] = &[
    "startup",
    "template_library",
    "kits",
    "start_from_kit",
    "preview_template",
    "insert_template",
    "export_readiness",
    "default_export_folder",
    "export_agreement",
    "open_export_folder",
    "locale",
    "translations",
    "list_agreements",
    "create_agreement",
    "update_agreement",
    "create_sample",
    "document",
    "add_party",
    "remove_party",
    "set_group_members",
    "add_provision",
    "set_provision_text",
    "move_provision",
    "delete_provision",
    "restore_provision",
    "provision_history",
    "set_provision_status",
    "record_position",
    "positions",
    "position_history",
    "add_statement",
    "statements",
    "add_option",
    "set_option_text",
    "withdraw_option",
    "add_private_note",
    "private_notes",
    "remove_private_note",
    "report",
    "save_version",
    "versions",
    "version",
    "compare",
    "preferences",
    "set_preferences",
    "set_unsaved_edits",
    "close_window",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run the Tauri build script");
}
