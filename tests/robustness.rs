//! Bad input that cannot be a file in tests/bad/ (a directory where a file is
//! expected, a missing file, an oversize file on the command line), and
//! output safety: names taken from data never put a file outside the chosen
//! output directory. Every case exits 2 with a diagnostic, never a panic, and
//! writes nothing.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// Every file and directory under `dir`, relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in fs::read_dir(dir).expect("read dir") {
            let p = e.expect("entry").path();
            out.push(
                p.strip_prefix(root)
                    .expect("under root")
                    .display()
                    .to_string(),
            );
            if p.is_dir() && !p.is_symlink() {
                walk(root, &p, out);
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}

/// A scratch directory holding an empty directory `d`, an empty file `f`,
/// and a jurisdiction file `xa.yaml`.
fn scratch() -> tempfile::TempDir {
    let t = tempfile::tempdir().expect("tempdir");
    fs::create_dir(t.path().join("d")).expect("mkdir");
    fs::write(t.path().join("f"), "").expect("write");
    fs::copy(fixture("xa-arcadia.yaml"), t.path().join("xa.yaml")).expect("copy");
    t
}

/// Runs lexgap in `dir` and checks: exit 2, a diagnostic on stderr that
/// contains `expect`, no panic, and no file added or changed in `dir`.
fn refused(dir: &Path, args: &[&str], expect: &str) {
    let before = tree(dir);
    let out = Command::cargo_bin("lexgap")
        .expect("binary built")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "lexgap {args:?}: exit {:?}\n{stderr}",
        out.status.code()
    );
    assert!(
        !stderr.contains("panicked"),
        "lexgap {args:?} panicked:\n{stderr}"
    );
    assert!(
        stderr.contains(expect),
        "lexgap {args:?}: expected `{expect}` in\n{stderr}"
    );
    assert_eq!(tree(dir), before, "lexgap {args:?} wrote something");
}

#[test]
fn a_directory_where_a_file_is_expected_is_refused() {
    let t = scratch();
    let dir = t.path();
    // Outputs that name a file.
    refused(
        dir,
        &["report", "xa.yaml", "-o", "d"],
        "error[E002]: d is a directory",
    );
    refused(
        dir,
        &["compare", "xa.yaml", "-o", "d"],
        "error[E002]: d is a directory",
    );
    refused(
        dir,
        &["compare", "xa.yaml", "--format", "csv", "-o", "d"],
        "error[E002]: d is a directory",
    );
    // An output that names a directory, given a file.
    refused(dir, &["site", "xa.yaml", "-o", "f"], "not a directory");
    refused(
        dir,
        &["site", "xa.yaml", "-o", "xa.yaml"],
        "not a directory",
    );
    // Templates name a directory, given a file.
    refused(
        dir,
        &["report", "xa.yaml", "--templates", "f", "-o", "r.html"],
        "not a directory of templates",
    );
    // Inputs: a directory with no .yaml file where a file is expected.
    for args in [
        &["validate", "d"][..],
        &["check", "d"],
        &["report", "d", "-o", "r.html"],
        &["compare", "d", "-o", "c.html"],
        &["site", "d", "-o", "out"],
        &["classify", "d"],
        &["classify", "d", "--jurisdiction", "xa.yaml"],
        &["test", "d"],
        &["diff", "d", "xa.yaml"],
        &["diff", "xa.yaml", "d"],
    ] {
        refused(dir, args, "E006");
    }
    refused(
        dir,
        &[
            "classify",
            &root()
                .join("scenarios/01-amir-smuggled-by-boat.yaml")
                .display()
                .to_string(),
            "--jurisdiction",
            "d",
        ],
        "E006",
    );
    // A directory named like a YAML file inside a directory of inputs.
    let inputs = dir.join("inputs");
    fs::create_dir_all(inputs.join("sub.yaml")).expect("mkdir");
    fs::copy(fixture("xa-arcadia.yaml"), inputs.join("xa.yaml")).expect("copy");
    refused(dir, &["validate", "inputs"], "E002");
    refused(dir, &["site", "inputs", "-o", "out"], "E002");
    // A device where a file is expected.
    refused(dir, &["validate", "/dev/null"], "E002");
}

#[test]
fn a_missing_file_is_refused_by_every_command() {
    let t = scratch();
    let dir = t.path();
    for args in [
        &["validate", "no-such.yaml"][..],
        &["check", "no-such.yaml"],
        &["check", "xa.yaml", "no-such.yaml"],
        &["report", "no-such.yaml", "-o", "r.html"],
        &["compare", "xa.yaml", "no-such.yaml", "-o", "c.html"],
        &["site", "no-such.yaml", "-o", "out"],
        &["classify", "no-such.yaml"],
        &["test", "no-such.yaml"],
        &["diff", "no-such.yaml", "xa.yaml"],
        &["diff", "xa.yaml", "no-such.yaml"],
    ] {
        refused(dir, args, "E001");
    }
    refused(
        dir,
        &[
            "report",
            "xa.yaml",
            "--templates",
            "no-such-dir",
            "-o",
            "r.html",
        ],
        "not a directory of templates",
    );
}

#[test]
fn an_oversize_file_is_refused_and_nothing_is_written() {
    let t = scratch();
    let dir = t.path();
    let mut big = fs::read_to_string(fixture("xa-arcadia.yaml")).expect("read");
    big.push_str("# ");
    big.push_str(&"x".repeat(lexgap::load::yaml::MAX_INPUT_BYTES));
    big.push('\n');
    fs::write(dir.join("big.yaml"), big).expect("write");
    refused(dir, &["validate", "big.yaml"], "E003");
    refused(dir, &["report", "big.yaml", "-o", "r.html"], "E003");
    refused(dir, &["site", "big.yaml", "-o", "out"], "E003");
}

#[test]
fn bad_input_writes_nothing() {
    let t = scratch();
    let dir = t.path();
    let bad = root().join("tests/bad");
    let one = bad.join("unknown-term-means.yaml").display().to_string();
    refused(dir, &["report", &one, "-o", "r.html"], "E030");
    refused(dir, &["compare", &one, "xa.yaml", "-o", "c.html"], "E030");
    refused(dir, &["site", &one, "xa.yaml", "-o", "out"], "E030");
    refused(
        dir,
        &["site", &bad.display().to_string(), "-o", "out"],
        "error[",
    );
    for name in ["binary.yaml", "not-utf8.yaml", "empty-file.yaml"] {
        let f = bad.join(name).display().to_string();
        refused(dir, &["site", &f, "-o", "out"], "error[");
    }
}

/// Crashes the fuzzer found (fuzz/README.md), as every command that reads
/// the file meets them: each is a file in tests/bad/ as well.
#[test]
fn fuzzer_crashes_stay_fixed() {
    let t = scratch();
    let dir = t.path();
    // A key of one two-byte character: its span from the parser ended
    // inside the character, and drawing the snippet panicked.
    let f = root()
        .join("tests/bad/non-ascii-key.yaml")
        .display()
        .to_string();
    refused(dir, &["validate", &f], "error[E021]: unknown field `ΐ`");
    refused(dir, &["check", &f], "error[E021]");
    refused(dir, &["classify", &f], "error[E021]");
    refused(dir, &["test", &f], "error[E021]");
    refused(dir, &["site", &f, "-o", "out"], "error[E021]");
}

/// `site` writes each page as soon as it is rendered, to a temporary file,
/// and renames them into place only when every page has rendered: a page
/// that fails late (here the instrument pages, rendered last) leaves no
/// file, no directory, and an earlier site as it was.
#[test]
fn a_site_that_fails_to_render_writes_nothing() {
    let t = scratch();
    let dir = t.path();
    fs::create_dir(dir.join("templates")).expect("mkdir");
    fs::write(
        dir.join("templates/instrument.html"),
        "{{ page.no_such_field.no_such_either }}",
    )
    .expect("write");
    refused(
        dir,
        &["site", "xa.yaml", "-o", "out", "--templates", "templates"],
        "nothing",
    );
    // Over an existing site.
    Command::cargo_bin("lexgap")
        .expect("binary built")
        .current_dir(dir)
        .args(["site", "xa.yaml", "-o", "out"])
        .assert()
        .success();
    let before: Vec<(String, Vec<u8>)> = tree(&dir.join("out"))
        .into_iter()
        .filter(|f| f.contains('.'))
        .map(|f| {
            let bytes = fs::read(dir.join("out").join(&f)).expect("read");
            (f, bytes)
        })
        .collect();
    fs::copy(fixture("xb-borduria.yaml"), dir.join("xb.yaml")).expect("copy");
    refused(
        dir,
        &[
            "site",
            "xa.yaml",
            "xb.yaml",
            "-o",
            "out",
            "--templates",
            "templates",
        ],
        "nothing",
    );
    for (f, bytes) in &before {
        assert_eq!(
            &fs::read(dir.join("out").join(f)).expect("read"),
            bytes,
            "{f} changed"
        );
    }
}

/// A jurisdiction code is validated before anything is written, so a code
/// that would be a path never reaches a file name.
#[test]
fn a_hostile_code_is_refused_before_anything_is_written() {
    let t = scratch();
    let dir = t.path();
    let text = fs::read_to_string(fixture("xa-arcadia.yaml")).expect("read");
    for code in ["../../xx", "/tmp/xx", "X/", "..", "x\\y"] {
        let hostile = text.replacen("code: XA", &format!("code: {code:?}"), 1);
        assert_ne!(hostile, text);
        fs::write(dir.join("hostile.yaml"), &hostile).expect("write");
        refused(dir, &["site", "hostile.yaml", "-o", "out"], "E044");
        refused(dir, &["report", "hostile.yaml", "-o", "r.html"], "E044");
    }
}

/// Page names come from file stems made into plain slugs (ASCII letters,
/// digits, '-'); file names built to escape the output directory, to clash
/// with the site's own pages or to be empty still land inside it.
#[test]
fn file_names_from_data_stay_inside_the_output_directory() {
    let t = tempfile::tempdir().expect("tempdir");
    let base = t.path();
    let inputs = base.join("inputs");
    fs::create_dir(&inputs).expect("mkdir");
    let names = [
        ("xa-arcadia.yaml", "...yaml"),
        ("xb-borduria.yaml", "..%2f..%2fescape.yaml"),
        ("xc-carpathia.yaml", "a\\..\\..\\b.yaml"),
        ("xd-dorado.yaml", "index.yaml"),
        ("xe-elbonia.yaml", "<script>ü\n .yaml"),
    ];
    for (from, to) in names {
        fs::copy(fixture(from), inputs.join(to)).expect("copy");
    }
    let out = base.join("site");
    Command::cargo_bin("lexgap")
        .expect("binary built")
        .current_dir(base)
        .args(["site", "inputs", "-o", "site"])
        .assert()
        .success();
    // Nothing beside the inputs and the site.
    let mut top: Vec<String> = fs::read_dir(base)
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    assert_eq!(top, ["inputs", "site"]);
    assert_eq!(tree(&inputs).len(), names.len(), "an input was touched");
    // Every page is a plain name in the site or one of its two folders.
    let files = tree(&out);
    let plain = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    for f in &files {
        let parts: Vec<&str> = f.split('/').collect();
        let ok = match parts.as_slice() {
            [dir] => {
                [
                    "jurisdictions",
                    "instruments",
                    ".lexgap-site-cache.json",
                    ".lexgap-site-trees",
                ]
                .contains(dir)
                    || is_page(dir, plain)
            }
            [dir, page] => ["jurisdictions", "instruments"].contains(dir) && is_page(page, plain),
            _ => false,
        };
        assert!(ok, "unexpected file in the site: {f:?}");
    }
    let pages: Vec<&String> = files
        .iter()
        .filter(|f| f.starts_with("jurisdictions/") && f.ends_with(".html"))
        .collect();
    assert_eq!(pages.len(), names.len(), "{files:?}");
}

fn is_page(name: &str, plain: impl Fn(&str) -> bool) -> bool {
    name.strip_suffix(".html")
        .or_else(|| name.strip_suffix(".md"))
        .is_some_and(plain)
}

/// The same at the library level, for names that no file system allows but
/// that an in-memory input (e.g. a file as of a git commit) could carry.
#[test]
fn site_paths_are_plain_whatever_the_input_names() {
    let mut inputs = Vec::new();
    for (fixture_name, name) in [
        ("xa-arcadia.yaml", "../../../../tmp/evil.yaml"),
        ("xb-borduria.yaml", "/etc/passwd"),
        ("xc-carpathia.yaml", "C:\\Windows\\..\\..\\x.yaml"),
        ("xd-dorado.yaml", ""),
        ("xe-elbonia.yaml", "compare.yaml"),
    ] {
        inputs.push(lexgap::load::Input::Text {
            name: name.to_owned(),
            text: fs::read_to_string(fixture(fixture_name)).expect("read"),
        });
    }
    let loaded = lexgap::load::load(&inputs);
    let corpus = loaded.corpus.expect("the fixtures load");
    let instruments: Vec<&lexgap::model::Instrument> = corpus.instruments.iter().collect();
    let checks = lexgap::check::check(&corpus, &instruments);
    let shared = lexgap::render::context::Shared::new(&corpus);
    let r = lexgap::render::Renderer::new(&shared, None).expect("templates");
    let files = lexgap::render::site(&r, &corpus, &checks, None).expect("renders");
    let mut seen: Vec<PathBuf> = Vec::new();
    for f in &files {
        let p = Path::new(&f.path);
        assert!(p.is_relative(), "{}", f.path);
        assert!(
            p.components()
                .all(|c| matches!(c, std::path::Component::Normal(_))),
            "{}",
            f.path
        );
        assert!(
            f.path
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-./".contains(&b)),
            "{}",
            f.path
        );
        assert!(!seen.contains(&p.to_path_buf()), "two pages at {}", f.path);
        seen.push(p.to_path_buf());
    }
}
