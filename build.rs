//! Embeds every YAML file under `statutes/` in the binary, so that lexgap runs
//! anywhere with the bundled instruments and jurisdictions, and so that adding
//! an instrument or a jurisdiction needs a YAML file and no Rust.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("bundle.rs");
    let mut code = String::new();
    for (konst, dir) in [
        ("INTERNATIONAL", "statutes/international"),
        ("NATIONAL", "statutes/national"),
        ("SCENARIOS", "scenarios"),
    ] {
        println!("cargo:rerun-if-changed={dir}");
        let mut files: Vec<String> = fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".yaml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        writeln!(code, "pub const {konst}: &[(&str, &str)] = &[").expect("write to String");
        for name in files {
            let rel = format!("{dir}/{name}");
            println!("cargo:rerun-if-changed={rel}");
            let abs = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("manifest dir")).join(&rel);
            writeln!(
                code,
                "    ({rel:?}, include_str!({:?})),",
                abs.display().to_string()
            )
            .expect("write to String");
        }
        writeln!(code, "];").expect("write to String");
    }
    fs::write(out, code).expect("write bundle.rs");
}
