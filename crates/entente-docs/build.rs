//! Embeds the bundled clause library (templates/) and the kits (kits/) in
//! the binary: the desktop app and the CLI read them without any file
//! beside them.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
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
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("bundled_templates.rs"), code)
        .expect("OUT_DIR can be written");

    let kits = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../kits");
    println!("cargo:rerun-if-changed={}", kits.display());
    let mut files: Vec<_> = std::fs::read_dir(&kits)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from("&[\n");
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        writeln!(code, "    include_str!({:?}),", file.display().to_string()).unwrap();
    }
    code.push_str("] as &[&str]\n");
    std::fs::write(Path::new(&out_dir).join("bundled_kits.rs"), code)
        .expect("OUT_DIR can be written");
}
