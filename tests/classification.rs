//! Classification that follows each law's own words (issue 28): every
//! offence kind, the acts and scopes the laws use, and one command that
//! validates every kind of lexgap file.

use predicates::prelude::*;

mod common;
use common::{lexgap, stdout_of};

#[test]
fn validate_takes_scenarios_and_drafts_beside_jurisdictions() {
    let said = stdout_of(&[
        "validate",
        "scenarios/",
        "tests/drafts/kw-draft-full-so-far.yaml",
        "KW",
    ]);
    assert!(
        said.starts_with("ok: 2 jurisdiction file(s), 17 scenario file(s), "),
        "{said}"
    );
    let json = stdout_of(&["validate", "--format", "json", "scenarios/"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["scenarios"], 17);
}

#[test]
fn validate_reports_a_bad_scenario_like_any_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("bad.yaml");
    std::fs::write(
        &f,
        "scenario: {id: x, title: t, story: s}\nfacts: {acts: [recruitmnt], means: [], purposes: [], border: none, benefit: none, national_of_destination: false}\n",
    )
    .expect("write");
    lexgap()
        .args(["validate", f.to_str().expect("utf-8 path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `recruitment`?"))
        .stderr(predicate::str::contains("unknown field `scenario`").not());
}
