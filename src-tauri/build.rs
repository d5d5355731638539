//! Declares the app's commands to tauri-build, so that each one needs a
//! permission the main window is granted (capabilities/main.json), and writes
//! the invoke handler; both from the commands' one definition, src/commands.rs.

use std::path::Path;

// The page's bindings, the other half, are written by the contract test.
#[allow(dead_code)]
#[path = "ipc_surface.rs"]
mod ipc_surface;

fn main() {
    println!("cargo:rerun-if-changed=src/commands.rs");
    println!("cargo:rerun-if-changed=ipc_surface.rs");
    let source = std::fs::read_to_string("src/commands.rs").expect("src/commands.rs can be read");
    let commands = ipc_surface::commands(&source);
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    std::fs::write(out_dir.join("handler.rs"), ipc_surface::handler(&commands))
        .expect("OUT_DIR can be written");

    let permissions = out_dir.join("permissions");
    std::fs::create_dir_all(&permissions).expect("OUT_DIR can be written");
    std::fs::write(
        permissions.join("commands.toml"),
        ipc_surface::permission(&commands),
    )
    .expect("OUT_DIR can be written");

    // tauri-build takes 'static lists: this process ends right after.
    let names: Vec<&'static str> = commands
        .into_iter()
        .map(|c| &*Box::leak(c.name.into_boxed_str()))
        .collect();
    let pattern = format!("{}/*.toml", permissions.display());
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(
            tauri_build::AppManifest::new()
                .commands(Box::leak(names.into_boxed_slice()))
                .permissions_path_pattern(Box::leak(pattern.into_boxed_str())),
        ),
    )
    .expect("failed to run the Tauri build script");
}
