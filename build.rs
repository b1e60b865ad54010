//! Embeds every YAML file under `statutes/` in the binary, so that lexgap runs
//! anywhere with the bundled instruments and jurisdictions, and so that adding
//! an instrument or a jurisdiction needs a YAML file and no Rust.
//!
//! Also parses each of them as the loader would and embeds the tree
//! (`TREES`), so that a run decodes an unchanged bundled file instead of
//! parsing it again (src/load/preparsed.rs reads the format written here).
//!
//! Also fingerprints what the binary is built from (`SOURCE_HASH`), so that a
//! site's page cache (src/render/cache.rs) made by one build is never taken
//! for another's, even under the same version number.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

// The parser's settings, raw tree and tree writer, as the loader has them.
#[allow(dead_code)]
#[path = "src/load/raw_tree.rs"]
mod raw_tree;

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("bundle.rs");
    let mut code = String::new();
    for (konst, dir) in [
        ("INTERNATIONAL", "statutes/international"),
        ("NATIONAL", "statutes/national"),
        ("SCENARIOS", "scenarios"),
    ] {
        println!("cargo:rerun-if-changed={dir}");
        let files = yaml_files(dir);
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
    trees(&mut code);
    writeln!(
        code,
        "/// A fingerprint of the files this binary was built from (source, templates,\n\
         /// catalogues, statutes, manifests): two builds share it only if built\n\
         /// from the same files.\npub const SOURCE_HASH: &str = \"{:016x}\";",
        source_hash()
    )
    .expect("write to String");
    fs::write(out, code).expect("write bundle.rs");
}

/// SipHash of every file under the directories the binary is built from, by
/// path and contents, in a fixed order. Not a cryptographic hash: it tells
/// builds apart, it guards against no adversary (who could edit the cache).
fn source_hash() -> u64 {
    use std::hash::{DefaultHasher, Hasher};
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        let Ok(rd) = fs::read_dir(dir) else { return };
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                walk(&p, files);
            } else {
                files.push(p);
            }
        }
    }
    let mut files = Vec::new();
    for dir in ["src", "templates", "i18n", "statutes", "scenarios"] {
        println!("cargo:rerun-if-changed={dir}");
        walk(Path::new(dir), &mut files);
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs"] {
        println!("cargo:rerun-if-changed={file}");
        files.push(file.into());
    }
    files.sort();
    let mut h = DefaultHasher::new();
    for f in files {
        h.write(f.to_string_lossy().as_bytes());
        h.write(&fs::read(&f).unwrap_or_default());
    }
    h.finish()
}

/// The names of the YAML files of `dir`, sorted.
fn yaml_files(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `TREES`: for every bundled file that parses, its tree in the format of
/// src/load/preparsed.rs, written under OUT_DIR and embedded.
fn trees(code: &mut String) {
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("trees");
    fs::create_dir_all(&out).expect("create OUT_DIR/trees");
    writeln!(code, "pub const TREES: &[(&str, &[u8])] = &[").expect("write to String");
    let mut n = 0;
    for dir in ["statutes/international", "statutes/national", "scenarios"] {
        let files = yaml_files(dir);
        for name in files {
            let rel = format!("{dir}/{name}");
            let Ok(text) = fs::read_to_string(&rel) else {
                continue;
            };
            // A file that does not parse is parsed at run time, to report why.
            let Ok(tree) = serde_saphyr::from_str_with_options::<
                serde_saphyr::Spanned<raw_tree::RawNode>,
            >(&text, raw_tree::options()) else {
                continue;
            };
            let mut bytes = Vec::with_capacity(text.len());
            raw_tree::encode(&tree, &mut bytes);
            let file = out.join(format!("{n}.tree"));
            n += 1;
            fs::write(&file, bytes).expect("write a tree");
            writeln!(
                code,
                "    ({rel:?}, include_bytes!({:?})),",
                file.display().to_string()
            )
            .expect("write to String");
        }
    }
    writeln!(code, "];").expect("write to String");
}
