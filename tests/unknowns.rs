//! `lexgap unknowns`: the encoder's worklist accounts for every unknown
//! finding, orders what would settle them, and filling one in settles them.

mod common;

use common::{bundled, lexgap, stdout_of};
use serde_json::Value;
use std::collections::BTreeSet;

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("an array")
}

fn num(v: &Value) -> usize {
    usize::try_from(v.as_u64().expect("a count")).expect("fits")
}

fn text_of(v: &Value) -> &str {
    v.as_str().expect("a string")
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(args)).expect("JSON")
}

/// The requirement ids of a jurisdiction's unknown findings, as `check` gives them.
fn unknown_requirements(check: &Value) -> BTreeSet<String> {
    arr(&check["findings"])
        .iter()
        .filter(|f| f["status"] == "unknown")
        .map(|f| text_of(&f["requirement"]).to_owned())
        .collect()
}

#[test]
fn the_worklist_accounts_for_every_unknown_finding_of_every_bundled_jurisdiction() {
    let checked = json(&["check", "--format", "json"]);
    let lists = json(&["unknowns", "--format", "json"]);
    assert_eq!(lists["format"], "lexgap-unknowns/1");
    let checked = arr(&checked["jurisdictions"]);
    let lists = arr(&lists["jurisdictions"]);
    assert_eq!(checked.len(), lists.len());
    for (c, w) in checked.iter().zip(lists) {
        let code = text_of(&w["code"]);
        assert_eq!(c["code"], w["code"]);
        let unknown = unknown_requirements(c);
        assert_eq!(num(&w["unknown"]), unknown.len(), "{code}");
        let items = arr(&w["items"]);
        let mut named = BTreeSet::new();
        let mut last = usize::MAX;
        for item in items {
            let reqs: Vec<String> = arr(&item["requirements"])
                .iter()
                .map(|r| text_of(r).to_owned())
                .collect();
            let n = num(&item["findings"]);
            assert_eq!(n, reqs.len(), "{code}: {item}");
            assert!(n <= last, "{code}: not ordered by findings: {item}");
            last = n;
            let per: usize = arr(&item["instruments"])
                .iter()
                .map(|i| num(&i["findings"]))
                .sum();
            assert_eq!(per, n, "{code}: {item}");
            for r in reqs {
                assert!(unknown.contains(&r), "{code}: {r} is not unknown");
                named.insert(r);
            }
        }
        let unattributed = num(&w["unattributed"]);
        assert_eq!(named.len() + unattributed, unknown.len(), "{code}");
    }
}

#[test]
fn kuwait_worklist_names_the_path_to_fill_and_what_it_settles() {
    let text = stdout_of(&["unknowns", "KW"]);
    let first = text.lines().next().expect("a heading");
    assert!(
        first.starts_with("KW Kuwait — ")
            && first.contains(" findings unknown (statutes/national/kw.yaml)"),
        "{first}"
    );
    assert!(
        text.contains("SoM Protocol     NR  coverage 7/14 — not rated: a letter needs 11 assessed"),
        "{text}"
    );
    // Kuwait's purposes list is open (Art. 1 was read, but names
    // exploitation "including" forms): the most findings turn on it.
    assert!(
        text.contains(
            "   1. offences[0].purposes — kw-tip: the list is open (read only in part, or its words do not settle that it is whole) and does not name what the test asks for"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "offences (kind: corruption) — no offence of this kind is encoded: Corruption\n      3 findings: UNTOC 3; it alone settles 3 of them"
        ),
        "{text}"
    );
    assert!(
        text.contains("measures (measure: confidentiality) — measure not encoded: Privacy and identity of victims"),
        "{text}"
    );
}

#[test]
fn the_arabic_worklist_speaks_arabic() {
    let text = stdout_of(&["--lang", "ar", "unknowns", "KW"]);
    assert!(text.contains("ما يحسمها، الأكثر نتائج أولًا"), "{text}");
    assert!(
        text.contains("لم تُرمَّز جريمة من هذا النوع: الفساد"),
        "{text}"
    );
    assert!(
        text.contains("٣ نتائج: اتفاقية الجريمة المنظمة ٣؛ ويحسم وحده ٣ منها"),
        "{text}"
    );
    for english in ["findings", "not encoded", "coverage", "settles"] {
        assert!(!text.contains(english), "English `{english}` in: {text}");
    }
}

#[test]
fn a_file_read_from_secondary_sources_lists_its_laws_read_in_part_and_its_missing_offences() {
    let w = &json(&["unknowns", "SD", "--format", "json"])["jurisdictions"][0];
    let laws = arr(&w["laws_read_in_part"]);
    assert!(laws.iter().any(|l| l["law"] == "sd-act-2014"), "{w}");
    let smuggling = arr(&w["items"])
        .iter()
        .find(|i| i["need"] == "offence" && i["kind"] == "smuggling")
        .expect("no smuggling law encoded");
    assert_eq!(smuggling["path"], "offences (kind: smuggling)");
    let som = arr(&smuggling["instruments"])
        .iter()
        .find(|i| i["instrument"] == "som")
        .expect("SoM findings turn on it");
    assert!(num(&som["findings"]) >= 9, "{smuggling}");
}

#[test]
fn filling_in_an_item_settles_the_findings_it_settles_alone() {
    let before = &json(&["unknowns", "KW", "--format", "json"])["jurisdictions"][0];
    let item = arr(&before["items"])
        .iter()
        .find(|i| i["path"] == "offences[0].attempt")
        .expect("Kuwait's trafficking offence says nothing of attempt")
        .clone();
    let alone = num(&item["settles_alone"]);
    assert!(alone >= 1, "{item}");

    let text = bundled("kw.yaml");
    let filled = text.replacen(
        "    kind: trafficking\n",
        "    kind: trafficking\n    attempt: true\n",
        1,
    );
    assert_ne!(filled, text);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("kw.yaml");
    std::fs::write(&path, filled).expect("written");
    let out = lexgap()
        .args(["unknowns", "--format", "json"])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let after = &after["jurisdictions"][0];
    assert_eq!(num(&after["unknown"]), num(&before["unknown"]) - alone);
    assert!(
        !arr(&after["items"])
            .iter()
            .any(|i| i["path"] == "offences[0].attempt"),
        "{after}"
    );
}
