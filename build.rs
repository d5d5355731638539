//! Embeds the bundled clause library (templates/) in the binary: the desktop
//! app and the CLI read it without any file beside them.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    let mut code = String::from("&[\n");
    for folder in folders {
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .expect("a template folder can be read")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n == "template.json" || n.ends_with(".md"))
            })
            .collect();
        files.sort();
        let id = folder
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a folder name");
        write!(code, "    ({id:?}, &[").unwrap();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a file name");
            write!(
                code,
                "({name:?}, include_str!({:?})), ",
                file.display().to_string()
            )
            .unwrap();
        }
        code.push_str("] as &[(&str, &str)]),\n");
    }
    code.push_str("] as &[(&str, &[(&str, &str)])]\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("bundled_templates.rs");
    std::fs::write(out, code).expect("OUT_DIR can be written");
}
