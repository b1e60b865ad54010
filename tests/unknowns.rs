//! `lexgap unknowns`: the encoder's worklist accounts for every unknown
//! finding, orders what would settle them, and filling one in settles them.

mod common;

use common::{bundled, stdout_of};
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
    let path = path.to_str().expect("a UTF-8 path");
    let after = json(&["unknowns", "--format", "json", path]);
    let after = &after["jurisdictions"][0];
    assert_eq!(num(&after["unknown"]), num(&before["unknown"]) - alone);
    assert!(
        !arr(&after["items"])
            .iter()
            .any(|i| i["path"] == "offences[0].attempt"),
        "{after}"
    );
}

/// A report on a file whose laws were all read only in part says so at its
/// top, before anything else a reader meets; a file read in full does not.
#[test]
fn a_report_says_at_its_top_how_little_was_read() {
    for edition in ["full", "summary"] {
        let so = stdout_of(&["report", "SO", "--format", "md", "--edition", edition]);
        let warning = so
            .find("**⚑ How little was read.** None of the 2 laws encoded here was read in full; no provision quoted is in the law's own words")
            .unwrap_or_else(|| panic!("{edition}: {so}"));
        let laws = so.find("## ").expect("a section");
        assert!(
            warning < laws,
            "{edition}: the warning comes after the sections"
        );
        let kw = stdout_of(&["report", "KW", "--format", "md", "--edition", edition]);
        assert!(!kw.contains("How little was read"), "{edition}");
    }
    let ar = stdout_of(&["--lang", "ar", "report", "SY", "--format", "md"]);
    assert!(
        ar.contains("**⚑ قلّة ما قُرئ.** القانون الوحيد المرمَّز هنا لم يُقرأ منه إلا جزء"),
        "{ar}"
    );
}

#[test]
fn the_report_lists_what_would_settle_the_unknown_findings() {
    let md = stdout_of(&["report", "KW", "--format", "md"]);
    let section = md
        .split("## What is still unknown")
        .nth(1)
        .expect("the section")
        .split("\n## ")
        .next()
        .expect("its text");
    assert!(
        section.starts_with("\n\n34 of 118 findings are unknown"),
        "{section}"
    );
    assert!(
        section.contains("| `offences (kind: corruption)` | no offence of this kind is encoded: Corruption | 3 (UNTOC 3) | 3 |"),
        "{section}"
    );
    assert!(
        section.contains("more items: the command lexgap unknowns KW lists every item."),
        "{section}"
    );
    let json: Value =
        serde_json::from_str(&stdout_of(&["report", "KW", "--format", "json"])).expect("JSON");
    let u = &json["unknowns"];
    assert_eq!(u["reading"]["unknown"], 34);
    assert_eq!(u["reading"]["little"], false);
    assert_eq!(u["items"][0]["path"], "offences[0].purposes");
    let shown = arr(&u["items"]).len();
    let all = arr(&json_of_unknowns("KW")["items"]).len();
    assert_eq!(shown + num(&u["more"]), all);
}

fn json_of_unknowns(code: &str) -> Value {
    json(&["unknowns", code, "--format", "json"])["jurisdictions"][0].clone()
}

/// The comparison's table of jurisdictions says what was read of each, so a
/// reader sees why a rating is provisional.
#[test]
fn the_comparison_says_what_was_read_of_each_jurisdiction() {
    let md = stdout_of(&["compare", "KW", "SO", "--format", "md"]);
    assert!(
        md.contains("| KW | Kuwait | 2026-11-26 | ⚑ draft | 34 of 118 findings unknown; 1 of 1 laws read in full |"),
        "{md}"
    );
    assert!(
        md.contains("| SO | Somalia | 2026-12-07 | ⚑ draft | 118 of 118 findings unknown; 0 of 2 laws read in full ⚑ little read: ratings provisional |"),
        "{md}"
    );
    let v = json(&["compare", "KW", "SO", "--format", "json"]);
    assert_eq!(v["coverage"][1]["little"], true);
    assert_eq!(v["coverage"][0]["unknown"], 34);
}
