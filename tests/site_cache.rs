//! The page cache of `lexgap site` (README, "A site, built again"): a second
//! build into the same directory renders only the pages whose content
//! changed, and what it leaves is byte for byte what a build from nothing
//! would write — after an edit, a deletion, a template change, a language
//! change, a page edited by hand, and with a cache that is damaged or made
//! by another build. Of the input files, only those that changed are parsed
//! again.

mod common;

use common::{bundled, lexgap};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const CACHE: &str = ".lexgap-site-cache.json";
const TREES: &str = ".lexgap-site-trees";

/// Every file under `dir` but the cache, by path, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("readable") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else if p.file_name().is_some_and(|n| n != CACHE && n != TREES) {
                let rel = p.strip_prefix(root).expect("under root").to_path_buf();
                out.insert(rel, std::fs::read(&p).expect("readable"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Three bundled jurisdictions in a directory of their own.
fn laws(tmp: &Path) -> PathBuf {
    let dir = tmp.join("laws");
    std::fs::create_dir(&dir).expect("mkdir");
    for f in ["km.yaml", "sd.yaml", "ps.yaml"] {
        std::fs::write(dir.join(f), bundled(f)).expect("write");
    }
    dir
}

/// `lexgap site LAWS -o OUT --format json` with `extra` arguments: the
/// number of pages it rendered, and the number it left as they were.
fn build(laws: &Path, out: &Path, extra: &[&str]) -> (usize, usize) {
    let mut args = vec!["site".to_owned(), laws.display().to_string()];
    args.extend(["-o".to_owned(), out.display().to_string()]);
    args.extend(["--format".to_owned(), "json".to_owned()]);
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let run = lexgap().args(&args).output().expect("runs");
    assert!(
        run.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let said: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON");
    let files = said["files"].as_array().expect("files");
    let rendered = files.iter().filter(|f| f["rendered"] == true).count();
    assert_eq!(said["rendered"], rendered, "the count is the pages' own");
    (rendered, files.len() - rendered)
}

/// The same site built from nothing, with no cache.
fn cold(laws: &Path, tmp: &Path, extra: &[&str]) -> BTreeMap<PathBuf, Vec<u8>> {
    let out = tmp.join("cold");
    let _ = std::fs::remove_dir_all(&out);
    build(laws, &out, &[extra, &["--no-cache"]].concat());
    assert!(!out.join(CACHE).exists(), "--no-cache leaves no cache");
    assert!(!out.join(TREES).exists(), "nor trees");
    files(&out)
}

fn assert_same(warm: &Path, cold: &BTreeMap<PathBuf, Vec<u8>>, after: &str) {
    let warm = files(warm);
    assert_eq!(
        warm.keys().collect::<Vec<_>>(),
        cold.keys().collect::<Vec<_>>(),
        "{after}: the same pages"
    );
    for (path, bytes) in &warm {
        assert!(bytes == &cold[path], "{after}: {} differs", path.display());
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("readable");
    assert!(text.contains(from), "{} holds {from}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn a_second_build_renders_only_what_changed_and_writes_what_a_first_would() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = laws(tmp.path());
    let out = tmp.path().join("site");
    // 3 jurisdictions, 4 instruments, the index and the comparison: 9
    // pages in two formats.
    assert_eq!(build(&laws, &out, &[]), (18, 0));
    assert_same(&out, &cold(&laws, tmp.path(), &[]), "a first build");
    assert_eq!(build(&laws, &out, &[]), (0, 18), "nothing changed");

    // A name: its report, the index, the comparison and the instrument pages
    // (which name every jurisdiction) change; the other reports do not.
    edit(
        &laws.join("km.yaml"),
        "name: Comoros",
        "name: Union of the Comoros",
    );
    assert_eq!(build(&laws, &out, &[]), (14, 4), "one name edited");
    assert_same(&out, &cold(&laws, tmp.path(), &[]), "a name edited");

    // A jurisdiction taken out: its pages go, as they would from nothing.
    std::fs::remove_file(laws.join("sd.yaml")).expect("rm");
    build(&laws, &out, &[]);
    assert!(
        !files(&out)
            .keys()
            .any(|p| p.to_string_lossy().contains("jurisdictions/sd."))
    );
    assert_same(
        &out,
        &cold(&laws, tmp.path(), &[]),
        "a jurisdiction taken out",
    );

    // A template of the user's: every page that uses it renders again.
    let templates = tmp.path().join("templates");
    std::fs::create_dir(&templates).expect("mkdir");
    let index =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/index.md"))
            .expect("the built-in template");
    std::fs::write(
        templates.join("index.md"),
        format!("{index}\nOur own line.\n"),
    )
    .expect("write");
    let with = ["--templates", templates.to_str().expect("UTF-8 path")];
    let (rendered, _) = build(&laws, &out, &with);
    assert!(rendered > 0, "a template changed");
    assert_same(&out, &cold(&laws, tmp.path(), &with), "a template changed");
    std::fs::write(
        templates.join("index.md"),
        format!("{index}\nAnother line.\n"),
    )
    .expect("write");
    build(&laws, &out, &with);
    assert_same(
        &out,
        &cold(&laws, tmp.path(), &with),
        "the template changed again",
    );

    // Another language: every page renders again, in it.
    let ar = [&with[..], &["--lang", "ar"]].concat();
    let (rendered, unchanged) = build(&laws, &out, &ar);
    assert_eq!(unchanged, 0, "no page of another language is kept");
    assert!(rendered > 0);
    assert_same(&out, &cold(&laws, tmp.path(), &ar), "another language");
}

/// A report's key is told from the files it is made from: its own and
/// those of the other versions of its law, which its timeline lists. An
/// edit to an earlier version renders the report of the version in force
/// again (its timeline gives the earlier one's date), not another law's.
#[test]
fn an_edit_to_one_version_of_a_law_renders_the_report_of_every_version() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = tmp.path().join("laws");
    std::fs::create_dir(&laws).expect("mkdir");
    for f in ["ae.yaml", "ae-2006.yaml", "km.yaml"] {
        std::fs::write(laws.join(f), bundled(f)).expect("write");
    }
    let out = tmp.path().join("site");
    build(&laws, &out, &[]);
    let report = std::fs::read_to_string(out.join("jurisdictions/ae.html")).expect("written");
    assert!(
        report.contains(r#"<a href="ae-2006.html">2023-09-15 · superseded on 2023-09-16</a>"#),
        "the report links the earlier version"
    );
    edit(
        &laws.join("ae-2006.yaml"),
        "as_of: 2023-09-15",
        "as_of: 2023-09-14",
    );
    let (rendered, unchanged) = build(&laws, &out, &[]);
    assert!(rendered >= 4, "both versions' reports: {rendered}");
    assert!(unchanged >= 2, "not the Comoros': {unchanged}");
    assert_same(
        &out,
        &cold(&laws, tmp.path(), &[]),
        "an earlier version edited",
    );
}

#[test]
fn a_page_edited_or_removed_by_hand_is_written_again() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = laws(tmp.path());
    let out = tmp.path().join("site");
    build(&laws, &out, &[]);
    let page = out.join("index.html");
    let mut text = std::fs::read_to_string(&page).expect("readable");
    text.push_str("<!-- mine -->");
    std::fs::write(&page, text).expect("write");
    std::fs::remove_file(out.join("compare.md")).expect("rm");
    assert_eq!(
        build(&laws, &out, &[]),
        (4, 14),
        "the index and the comparison, in both formats"
    );
    assert_same(&out, &cold(&laws, tmp.path(), &[]), "pages edited by hand");
}

#[test]
fn a_damaged_or_foreign_cache_is_ignored() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = laws(tmp.path());
    let out = tmp.path().join("site");
    build(&laws, &out, &[]);
    let cold = cold(&laws, tmp.path(), &[]);
    let cache = out.join(CACHE);
    let good = std::fs::read_to_string(&cache).expect("a cache was written");

    // Damaged: cut in half.
    std::fs::write(&cache, &good[..good.len() / 2]).expect("write");
    let err = verbose(&laws, &out);
    assert!(err.contains("the site's cache could not be read"), "{err}");
    assert!(err.contains("rendered and wrote 18 pages"), "{err}");
    assert_same(&out, &cold, "a damaged cache");

    // Made by another build: the build key differs, every page renders.
    let text = std::fs::read_to_string(&cache).expect("rewritten");
    let (head, rest) = text.split_once("\"build\":\"").expect("a build key");
    // Another first digit (the key is hex): one that differs from this one.
    let other = if rest.starts_with('0') { '1' } else { '0' };
    std::fs::write(&cache, format!("{head}\"build\":\"{other}{}", &rest[1..])).expect("write");
    assert_eq!(build(&laws, &out, &[]), (18, 0), "a foreign cache");

    // A cache that says a page is current when another page is in its
    // place (same key, different file): the file's length or time differs.
    let text = std::fs::read_to_string(&cache).expect("rewritten");
    std::fs::write(out.join("index.html"), "<p>not the index</p>").expect("write");
    std::fs::write(&cache, text).expect("write");
    let (rendered, _) = build(&laws, &out, &[]);
    assert_eq!(rendered, 2, "only the replaced page, in both formats");
    assert_same(&out, &cold, "a page replaced under the cache");
}

#[test]
fn no_cache_renders_every_page_and_removes_the_cache() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = laws(tmp.path());
    let out = tmp.path().join("site");
    build(&laws, &out, &[]);
    assert!(out.join(CACHE).exists());
    assert!(out.join(TREES).exists());
    assert_eq!(build(&laws, &out, &["--no-cache"]), (18, 0));
    assert!(!out.join(CACHE).exists());
    assert!(!out.join(TREES).exists());
    // With no cache left, the next build renders everything again.
    assert_eq!(build(&laws, &out, &[]), (18, 0));
}

/// `lexgap -v site LAWS -o OUT`: its standard error, after asserting it ran.
fn verbose(laws: &Path, out: &Path) -> String {
    let run = lexgap()
        .args(["-v", "site", laws.to_str().expect("UTF-8"), "-o"])
        .arg(out)
        .output()
        .expect("runs");
    let err = String::from_utf8(run.stderr).expect("UTF-8");
    assert!(run.status.success(), "{err}");
    err
}

#[test]
fn only_the_files_that_changed_are_parsed_again() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = laws(tmp.path());
    let out = tmp.path().join("site");
    let err = verbose(&laws, &out);
    assert!(
        err.contains("parsed 3 input files; read 0 unchanged"),
        "{err}"
    );
    let err = verbose(&laws, &out);
    assert!(
        err.contains("parsed 0 input files; read 3 unchanged"),
        "{err}"
    );
    edit(&laws.join("sd.yaml"), "name: Sudan", "name: The Sudan");
    let err = verbose(&laws, &out);
    assert!(
        err.contains("parsed 1 input file; read 2 unchanged"),
        "{err}"
    );
    assert_same(&out, &cold(&laws, tmp.path(), &[]), "one file parsed again");

    // A file made invalid: nothing is written, the trees stay those of the
    // last site; put back, it is read from them, not parsed.
    let trees = std::fs::read(out.join(TREES)).expect("trees written");
    let good = std::fs::read_to_string(laws.join("sd.yaml")).expect("readable");
    std::fs::write(laws.join("sd.yaml"), format!("{good}\n  - [unclosed\n")).expect("write");
    let run = lexgap()
        .args(["site", laws.to_str().expect("UTF-8"), "-o"])
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    assert!(std::fs::read(out.join(TREES)).expect("kept") == trees);
    std::fs::write(laws.join("sd.yaml"), good).expect("write");
    let err = verbose(&laws, &out);
    assert!(
        err.contains("parsed 0 input files; read 3 unchanged"),
        "{err}"
    );
}

#[test]
fn damaged_or_foreign_trees_are_ignored() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = laws(tmp.path());
    let out = tmp.path().join("site");
    build(&laws, &out, &[]);
    let cold = cold(&laws, tmp.path(), &[]);
    let path = out.join(TREES);
    let good = std::fs::read(&path).expect("trees written");

    // One bit changed inside a tree, or the file cut: ignored whole, every
    // file parsed, the site as from nothing.
    let mut flipped = good.clone();
    let i = good.len() / 2;
    flipped[i] ^= 0x20;
    for (bytes, what) in [
        (flipped, "a bit changed"),
        (good[..good.len() / 3].to_vec(), "cut"),
    ] {
        std::fs::write(&path, bytes).expect("write");
        // The page cache would leave every page: take it away, so that the
        // pages show what the trees gave.
        std::fs::remove_file(out.join(CACHE)).expect("rm");
        let err = verbose(&laws, &out);
        assert!(
            err.contains("the trees of the last build could not be read"),
            "{what}: {err}"
        );
        assert!(err.contains("parsed 3 input files"), "{what}: {err}");
        assert_same(&out, &cold, what);
    }

    // Made by another build of lexgap: the build line differs.
    let text = String::from_utf8_lossy(&good).into_owned();
    assert!(
        text.starts_with("lexgap-site-trees/1\n0.1.0 "),
        "{}",
        &text[..40]
    );
    let mut other = good.clone();
    other[20] = b'9';
    std::fs::write(&path, other).expect("write");
    let err = verbose(&laws, &out);
    // The checksum covers the build line: a changed one is damage, and a
    // build line of another lexgap with a checksum that holds is foreign
    // (the unit tests of load::tree_cache write one).
    assert!(err.contains("could not be read"), "{err}");
    assert!(err.contains("parsed 3 input files"), "{err}");
}
