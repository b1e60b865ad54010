//! The command line as a user runs it: exit codes, output on the fixtures,
//! and snapshots of `check` in both formats.

use predicates::prelude::*;

mod common;
use common::lexgap;

fn stdout_of(args: &[&str]) -> String {
    let out = lexgap().args(args).output().expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn validate_accepts_the_fixtures() {
    lexgap()
        .args(["validate", "tests/fixtures"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok: 5 jurisdiction file(s)"));
}

#[test]
fn validate_accepts_the_bundled_jurisdictions_without_warnings() {
    lexgap()
        .args(["validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 warning(s)"));
}

#[test]
fn validate_rejects_bad_input_with_exit_2_and_a_located_diagnostic() {
    lexgap()
        .args(["validate", "tests/bad/unknown-term-means.yaml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "error[E030]: unknown means `fraudd`",
        ))
        .stderr(predicate::str::contains(
            "tests/bad/unknown-term-means.yaml:28:13",
        ))
        .stderr(predicate::str::contains("did you mean `fraud`?"));
}

#[test]
fn validate_reports_json_diagnostics() {
    let out = lexgap()
        .args([
            "validate",
            "--format",
            "json",
            "tests/bad/dangling-law.yaml",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["ok"], false);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "E041");
    assert_eq!(d["file"], "tests/bad/dangling-law.yaml");
    assert_eq!(d["line"], 16);
    assert_eq!(d["column"], 10);
    assert_eq!(d["path"], "provisions[0].law");
    assert_eq!(d["help"], "did you mean `xd-1-2020`?");
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    lexgap()
        .args(["check", "tests/fixtures/no-such-file.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E001"))
        .stderr(predicate::str::contains("no such file"));
}

#[test]
fn an_unknown_code_suggests_the_bundled_ones() {
    lexgap()
        .args(["check", "QQ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bundled jurisdictions: "));
}

#[test]
fn a_bundled_jurisdiction_can_be_named_by_its_code() {
    lexgap()
        .args(["check", "kw", "--instrument", "tip"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("KW Kuwait"));
}

#[test]
fn usage_errors_exit_2() {
    lexgap().args(["check", "--format", "pdf"]).assert().code(2);
    lexgap().args(["frobnicate"]).assert().code(2);
    lexgap()
        .args(["check", "--instrument", "tipp", "tests/fixtures"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `tip`?"));
}

#[test]
fn fail_on_gap_exits_1_only_when_there_is_a_gap() {
    lexgap()
        .args([
            "check",
            "tests/fixtures/xb-borduria.yaml",
            "--fail-on",
            "gap",
        ])
        .assert()
        .code(1);
    lexgap()
        .args([
            "check",
            "tests/fixtures/xb-borduria.yaml",
            "--fail-on",
            "conflict",
        ])
        .assert()
        .code(1);
    lexgap()
        .args(["check", "tests/fixtures/xb-borduria.yaml"])
        .assert()
        .code(0);
    lexgap()
        .args([
            "check",
            "tests/fixtures/xa-arcadia.yaml",
            "--fail-on",
            "gap",
        ])
        .assert()
        .code(0);
}

#[test]
fn check_text_on_each_fixture() {
    for f in [
        "xa-arcadia",
        "xb-borduria",
        "xc-carpathia",
        "xd-dorado",
        "xe-elbonia",
    ] {
        let out = stdout_of(&["check", &format!("tests/fixtures/{f}.yaml")]);
        insta::assert_snapshot!(format!("check_text_{f}"), out);
    }
}

#[test]
fn check_json_on_each_fixture() {
    for f in [
        "xa-arcadia",
        "xb-borduria",
        "xc-carpathia",
        "xd-dorado",
        "xe-elbonia",
    ] {
        let out = stdout_of(&[
            "check",
            "--format",
            "json",
            &format!("tests/fixtures/{f}.yaml"),
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        insta::assert_json_snapshot!(format!("check_json_{f}"), v);
    }
}

#[test]
fn check_is_deterministic() {
    let a = stdout_of(&["check", "--format", "json", "tests/fixtures"]);
    let b = stdout_of(&["check", "--format", "json", "tests/fixtures"]);
    assert_eq!(a, b);
}

#[test]
fn instruments_lists_the_four_instruments_in_order() {
    let out = stdout_of(&["instruments"]);
    let pos: Vec<usize> = ["TiP Protocol", "SoM Protocol", "UNTOC", "Arab Guiding Law"]
        .iter()
        .map(|s| out.find(s).unwrap_or_else(|| panic!("{s} missing")))
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{out}");
    assert!(out.contains("LC  largely compliant"));
}

#[test]
fn requirements_can_be_filtered_by_instrument() {
    let out = stdout_of(&["requirements", "--instrument", "som"]);
    assert!(out.contains("som.6.1a.smuggling"));
    assert!(!out.contains("tip.3a.act.recruitment"));
}

#[test]
fn explain_shows_text_source_obligation_and_test() {
    let out = stdout_of(&["explain", "tip.3c.child_no_means"]);
    insta::assert_snapshot!(out);
}

#[test]
fn explain_of_an_unknown_requirement_suggests_one() {
    lexgap()
        .args(["explain", "tip.3c.child_no_mean"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean `tip.3c.child_no_means`?",
        ));
}

#[test]
fn explain_json_carries_the_quotes() {
    let out = stdout_of(&["explain", "--format", "json", "arab.1.acts.delivery"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["requirement"]["quotes"][0]["lang"], "ar");
    assert!(
        v["requirement"]["quotes"][0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("تسليمهم"))
    );
}

/// A reader who stops at the first line of a listing must meet the law in
/// force: an earlier version follows the version in force of its
/// jurisdiction, in `check`, in the comparison and on the site, however the
/// files sort or are named. `diff OLD NEW` keeps the order given.
#[test]
fn an_earlier_version_never_leads_a_listing() {
    let check: serde_json::Value =
        serde_json::from_str(&stdout_of(&["check", "--format", "json"])).expect("JSON");
    let files: Vec<&str> = check["jurisdictions"]
        .as_array()
        .expect("jurisdictions")
        .iter()
        .map(|j| j["file"].as_str().expect("file"))
        .collect();
    let at = |f: &str| files.iter().position(|x| x.ends_with(f)).expect(f);
    assert!(
        at("national/ae.yaml") < at("national/ae-2006.yaml"),
        "{files:?}"
    );
    assert!(
        at("national/om.yaml") < at("national/om-2008.yaml"),
        "{files:?}"
    );
    assert!(files[0].ends_with("national/ae.yaml"), "{files:?}");

    let compare: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "compare", "ae-2006", "AE", "--format", "json",
    ]))
    .expect("JSON");
    let keys: Vec<&str> = compare["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| c["key"].as_str().expect("key"))
        .collect();
    assert_eq!(keys, ["AE", "AE-2006"]);

    let diff = stdout_of(&["diff", "ae-2006", "AE"]);
    let first = diff.lines().next().expect("a line");
    assert!(
        first.find("ae-2006.yaml") < first.find("ae.yaml"),
        "diff keeps OLD → NEW: {first}"
    );
}
