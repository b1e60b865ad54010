//! Amendment analysis: diffs between versions, draft bills as overlays, and
//! the history of ratings over git commits.

use predicates::prelude::*;

mod common;
use common::lexgap;

fn json(args: &[&str]) -> serde_json::Value {
    let out = lexgap().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[test]
fn the_uae_diff() {
    let out = lexgap()
        .args(["diff", "ae-2006", "AE"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8(out.stdout).expect("UTF-8"));
}

#[test]
fn a_draft_that_closes_gaps() {
    let v = json(&[
        "diff",
        "--format",
        "json",
        "tests/fixtures/xb-borduria.yaml",
        "tests/drafts/xb-draft-reform.yaml",
    ]);
    let d = &v["diff"];
    let changes = d["findings"].as_array().expect("findings");
    let find = |id: &str| {
        changes
            .iter()
            .find(|f| f["requirement"] == id)
            .unwrap_or_else(|| panic!("{id} changed"))
    };
    // A conflict removed: the offence no longer requires a border crossing.
    assert_eq!(find("tip.distinction.no_border")["before"], "conflict");
    assert_eq!(find("tip.distinction.no_border")["after"], "met");
    assert_eq!(find("tip.distinction.no_border")["direction"], "improved");
    // A gap closed by an added act, and one by an added measure.
    assert_eq!(find("tip.3a.act.transfer")["after"], "met");
    assert_eq!(find("tip.6.6.compensation")["before"], "gap");
    // Findings that improve do not make a letter: 3 of UNTOC's 22 counted
    // requirements are assessed, before and after, so it is not rated on
    // either side (a rating that moves is in `the_uae_diff`).
    let untoc = d["ratings"]
        .as_array()
        .expect("ratings")
        .iter()
        .find(|r| r["instrument"] == "untoc")
        .expect("untoc");
    assert_eq!(
        (untoc["before"].as_str(), untoc["after"].as_str()),
        (Some("NR"), Some("NR"))
    );
    // Provisions added, removed and reworded.
    let prov = d["provisions"].as_array().expect("provisions");
    let kind = |id: &str| {
        prov.iter()
            .find(|p| p["id"] == id)
            .map(|p| p["kind"].clone())
    };
    assert_eq!(kind("xb-3-2015-art-1"), Some("reworded".into()));
    assert_eq!(kind("xb-3-2015-art-3"), Some("removed".into()));
    assert_eq!(kind("xb-draft-2026-art-2"), Some("added".into()));
    assert_eq!(kind("xb-3-2015-art-2"), None);
}

#[test]
fn a_draft_that_worsens_findings() {
    let v = json(&[
        "diff",
        "--format",
        "json",
        "tests/fixtures/xb-borduria.yaml",
        "tests/drafts/xb-draft-regression.yaml",
    ]);
    let changes = v["diff"]["findings"].as_array().expect("findings").clone();
    let consent = changes
        .iter()
        .find(|f| f["requirement"] == "tip.3b.consent_irrelevant")
        .expect("changed");
    assert_eq!(
        (consent["before"].as_str(), consent["after"].as_str()),
        (Some("partial"), Some("gap"))
    );
    assert_eq!(consent["direction"], "worsened");
    // Losing the smuggling offence makes the findings unknown, not better.
    let conflict = changes
        .iter()
        .find(|f| f["requirement"] == "som.distinction.no_exploitation")
        .expect("changed");
    assert_eq!(conflict["direction"], "changed");
}

#[test]
fn check_of_a_draft_shows_before_and_after() {
    lexgap()
        .args([
            "check",
            "tests/drafts/xb-draft-reform.yaml",
            "--instrument",
            "untoc",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Draft bill: Fictional Draft Law of 2026",
        ))
        .stdout(predicate::str::contains("UNTOC              NR → NR"))
        .stdout(predicate::str::contains("closes 9 gap(s)"))
        .stdout(predicate::str::contains("opens 0 gap(s)"));
}

#[test]
fn versions_of_different_jurisdictions_are_refused() {
    lexgap()
        .args(["diff", "KW", "AE"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E081"));
}

#[test]
fn draft_errors_point_into_the_overlay() {
    lexgap()
        .args(["validate", "tests/bad/draft-errors-point-into-overlay.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "tests/bad/draft-errors-point-into-overlay.yaml:7:27",
        ))
        .stderr(predicate::str::contains("unknown means `threat_of_forse`"))
        .stderr(predicate::str::contains(
            "the base has no measures item `shelterr` to remove",
        ));
}

#[test]
fn history_of_a_bundled_jurisdiction() {
    // Runs only in a git checkout (as CI does): the history is that of the repository.
    if !std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.git")).exists() {
        return;
    }
    let v = json(&["history", "KW", "--format", "json"]);
    assert_eq!(v["format"], "lexgap-history/1");
    let commits = v["commits"].as_array().expect("commits");
    assert!(!commits.is_empty());
    assert!(commits.iter().any(|c| c["ratings"].is_array()));
}

#[test]
fn history_without_git_is_a_clear_error() {
    lexgap()
        .env("PATH", "/nonexistent")
        .args(["history", "KW"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E090"))
        .stderr(predicate::str::contains("needs git"));
}

#[test]
fn diff_as_markdown_and_html() {
    let md = lexgap()
        .args([
            "diff",
            "--format",
            "md",
            "tests/fixtures/xb-borduria.yaml",
            "tests/drafts/xb-draft-reform.yaml",
        ])
        .output()
        .expect("runs");
    assert!(md.status.success());
    insta::assert_snapshot!(String::from_utf8(md.stdout).expect("UTF-8"));
    let html = lexgap()
        .args(["diff", "--format", "html", "ae-2006", "AE"])
        .output()
        .expect("runs");
    assert!(html.status.success());
    let page = String::from_utf8(html.stdout).expect("UTF-8");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<th scope=\"col\">Rating before</th>"));
    assert!(
        page.contains("lang=\"ar\" dir=\"rtl\""),
        "Arabic provision texts run right to left"
    );
    assert!(!page.contains("<script"));
}

/// Issue 18: a correction shares the date of the version it corrects; `diff`
/// compares them (a corpus still refuses two files of one jurisdiction with
/// the same `as_of`, E040).
#[test]
fn a_correction_with_the_same_as_of_can_be_diffed_against_the_original() {
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/statutes/national/kw.yaml"
    ))
    .expect("bundled file");
    let corrected = original.replacen("  name: Kuwait\n", "  name: State of Kuwait\n", 1);
    assert_ne!(corrected, original);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("kw-corrected.yaml");
    std::fs::write(&path, corrected).expect("write");
    let run = |args: &[&std::ffi::OsStr]| {
        assert_cmd::Command::cargo_bin("lexgap")
            .expect("binary")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .output()
            .expect("runs")
    };
    let kw = std::ffi::OsStr::new("statutes/national/kw.yaml");
    let out = run(&["diff".as_ref(), kw, path.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("(in force, as of 2026-11-26) →"));
    let out = run(&["check".as_ref(), kw, path.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("E040"), "{said}");
}

/// Issue 18: `history` read every old version of a file whole, a 40 MB blob
/// as well, though a file over the input limit is refused. A version over
/// the limit is now named and not read.
#[test]
fn history_does_not_read_a_version_larger_than_the_input_limit() {
    let git_here = |dir: &std::path::Path, args: &[&str]| {
        std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(dir)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let repo = tempfile::tempdir().expect("tempdir");
    if !git_here(repo.path(), &["init", "-q"]) {
        return; // no git on this machine: the error is tested above
    }
    let file = repo.path().join("statutes/national/xa.yaml");
    std::fs::create_dir_all(file.parent().expect("dir")).expect("mkdir");
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/xa-arcadia.yaml"
    ))
    .expect("fixture");
    std::fs::write(&file, &good).expect("write");
    assert!(git_here(repo.path(), &["add", "."]));
    assert!(git_here(repo.path(), &["commit", "-q", "-m", "good"]));
    let padding = format!("# {}\n", "x".repeat(1_000)).repeat(5_000);
    std::fs::write(&file, format!("{good}{padding}")).expect("write");
    assert!(git_here(repo.path(), &["commit", "-q", "-am", "large"]));
    let out = assert_cmd::Command::cargo_bin("lexgap")
        .expect("binary")
        .current_dir(repo.path())
        .args(["history", "XA", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let commits = v["commits"].as_array().expect("commits");
    assert_eq!(commits.len(), 2, "{v:#}");
    assert!(commits[0]["ratings"].is_array(), "{v:#}");
    assert!(
        commits[1]["too_large"]
            .as_u64()
            .is_some_and(|n| n > 5_000_000),
        "{v:#}"
    );
    let text = assert_cmd::Command::cargo_bin("lexgap")
        .expect("binary")
        .current_dir(repo.path())
        .args(["history", "XA"])
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&text.stdout);
    assert!(said.contains("larger than the input size limit"), "{said}");
}
