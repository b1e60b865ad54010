//! Scenario classification as a user runs it: the bundled scenarios pass
//! `lexgap test`, the rules of the issue hold on fixtures, and the
//! classification of the two examples of the source article is snapshotted.

use predicates::prelude::*;

mod common;
use common::lexgap;

fn stdout_of(args: &[&str]) -> String {
    String::from_utf8(lexgap().args(args).output().expect("runs").stdout).expect("UTF-8")
}

#[test]
fn the_bundled_scenarios_pass() {
    lexgap()
        .args(["test"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"\n\d+ passed, 0 failed\n$").expect("regex"));
}

#[test]
fn at_least_fifteen_scenarios_are_bundled() {
    let n = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
        .expect("scenarios/")
        .count();
    assert!(n >= 15, "{n} scenarios");
}

#[test]
fn national_rules_hold_on_the_fixtures() {
    // Transnationality, an organized group and a border crossing required by a
    // national offence; a national child age and means rule; a smuggling
    // offence that requires exploitation.
    lexgap()
        .args([
            "test",
            "tests/scenarios/xb-trafficking-inside-borduria.yaml",
        ])
        .args([
            "tests/scenarios/xb-smuggling-without-exploitation.yaml",
            "tests/scenarios/xc-child-under-borduria.yaml",
        ])
        .args(["--jurisdiction", "tests/fixtures"])
        .assert()
        .success()
        .stdout(predicate::str::contains("11 passed, 0 failed"));
}

#[test]
fn a_wrong_expectation_fails_with_exit_1() {
    lexgap()
        .args([
            "test",
            "tests/scenarios/wrong-expectation.yaml",
            "--jurisdiction",
            "tests/fixtures",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "FAIL wrong-expectation :: tip.art3 (expected yes, got no)",
        ))
        .stdout(predicate::str::contains("0 passed, 1 failed"));
}

#[test]
fn the_elements_that_fail_are_named() {
    let out = stdout_of(&[
        "classify",
        "tests/scenarios/xb-trafficking-inside-borduria.yaml",
        "--jurisdiction",
        "tests/fixtures/xb-borduria.yaml",
    ]);
    assert!(out.contains("✘ border crossing"), "{out}");
    assert!(out.contains("✘ transnationality"), "{out}");
    assert!(out.contains("✘ organized criminal group"), "{out}");
}

#[test]
fn amir_and_marie_under_kuwait() {
    for f in ["01-amir-smuggled-by-boat", "02-marie-false-restaurant-job"] {
        let out = stdout_of(&[
            "classify",
            &format!("scenarios/{f}.yaml"),
            "--jurisdiction",
            "KW",
        ]);
        insta::assert_snapshot!(format!("classify_{f}"), out);
    }
}

#[test]
fn classify_json_is_versioned() {
    let out = stdout_of(&[
        "classify",
        "--format",
        "json",
        "scenarios/07-smuggling-turns-into-trafficking.yaml",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["format"], "lexgap-classify/1");
    assert_eq!(v["scenarios"][0]["kind"], "both");
}

#[test]
fn a_bad_scenario_is_rejected_with_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("bad.yaml");
    std::fs::write(
        &f,
        "scenario: {id: x, title: t, story: s}\nfacts: {acts: [recruitmnt], means: [], purposes: [], border: sideways, benefit: none, national_of_destination: false}\n",
    )
    .expect("write");
    lexgap()
        .args(["classify", f.to_str().expect("utf-8 path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `recruitment`?"))
        .stderr(predicate::str::contains(
            "`sideways` is not a valid border crossing",
        ));
}

#[test]
fn cases_kuwait_would_miss() {
    use lexgap::load::{Input, load};
    let loaded = load(&[Input::Code("KW".into())]);
    let corpus = loaded
        .corpus
        .expect("bundled Kuwait loads with the bundled scenarios");
    let kinds = lexgap::classify::ScenarioKinds::of(&corpus);
    let missed = lexgap::classify::missed_cases(&corpus, &kinds, &corpus.jurisdictions[0]);
    let certain: Vec<&str> = missed
        .iter()
        .filter(|m| m.certain)
        .map(|m| m.scenario.as_str())
        .collect();
    let possible: Vec<&str> = missed
        .iter()
        .filter(|m| !m.certain)
        .map(|m| m.scenario.as_str())
        .collect();
    // A child without means: Kuwait's definition always requires a means.
    assert!(
        certain.contains(&"child-recruited-without-means"),
        "{certain:?}"
    );
    // Transfer between traffickers: "transfer" is not among Kuwait's acts.
    assert!(certain.contains(&"sale-between-traffickers"), "{certain:?}");
    // Enabling illegal stay: no such offence in Law 91/2013.
    assert!(certain.contains(&"enabling-illegal-stay"), "{certain:?}");
    // Servitude: Kuwait's list of exploitation is open ("includes"), so only possible.
    assert!(possible.contains(&"domestic-servitude"), "{possible:?}");
    // Amir and Marie are caught.
    assert!(!missed.iter().any(
        |m| m.scenario == "amir-smuggled-by-boat" || m.scenario == "marie-false-restaurant-job"
    ));
    let child = missed
        .iter()
        .find(|m| m.scenario == "child-recruited-without-means")
        .expect("listed");
    assert!(child.offences.iter().any(|o| {
        o.offence == "kw-tip"
            && o.failing
                .iter()
                .any(|f| f.to_string().starts_with("means (missing)"))
    }));
}

/// Every bundled scenario has its title in Arabic (`title_ar`): an Arabic
/// page or command line names each case in Arabic.
#[test]
fn every_bundled_scenario_is_titled_in_arabic() {
    let out = stdout_of(&["--lang", "ar", "classify", "scenarios"]);
    let titles: Vec<&str> = out
        .lines()
        .filter(|l| l.contains(" — ") && l.ends_with(".yaml)"))
        .collect();
    let n = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
        .expect("scenarios/")
        .count();
    assert_eq!(titles.len(), n, "{out}");
    for line in titles {
        let title = line
            .split_once(" — ")
            .and_then(|(_, t)| t.rsplit_once(" ("))
            .map_or("", |(t, _)| t);
        assert!(
            title
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
                && !title.chars().any(|c| c.is_ascii_alphabetic()),
            "not in Arabic: {line}"
        );
    }
}
