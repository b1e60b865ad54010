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
        said.starts_with(&format!(
            "ok: 2 jurisdiction file(s), {} scenario file(s), ",
            bundled_scenarios()
        )),
        "{said}"
    );
    let json = stdout_of(&["validate", "--format", "json", "scenarios/"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["scenarios"], bundled_scenarios());
}

#[test]
fn validate_reports_a_bad_scenario_like_any_file() {
    validate_scenario(
        "scenario: {id: x, title: t, story: s}\nfacts: {acts: [recruitmnt], means: [], purposes: [], border: none, benefit: none, national_of_destination: false}\n",
    )
    .code(2)
        .stderr(predicate::str::contains("did you mean `recruitment`?"))
        .stderr(predicate::str::contains("unknown field `scenario`").not());
}

/// How many scenarios are bundled (the files of `scenarios/`).
fn bundled_scenarios() -> usize {
    let dir = format!("{}/scenarios", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_dir(dir)
        .expect("scenarios/")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        })
        .count()
}

/// The classification of one scenario under one jurisdiction, as JSON.
fn classified(scenario: &str, code: &str) -> serde_json::Value {
    let out = stdout_of(&[
        "classify",
        &format!("scenarios/{scenario}"),
        "--jurisdiction",
        code,
        "--format",
        "json",
    ]);
    serde_json::from_str(&out).expect("JSON")
}

/// One offence's outcome in a classification of one scenario.
fn offence<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["scenarios"][0]["jurisdictions"][0]["offences"]
        .as_array()
        .expect("offences")
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("{id} is classified"))
}

/// One instrument definition's outcome in a classification of one scenario.
fn definition<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["scenarios"][0]["definitions"]
        .as_array()
        .expect("definitions")
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("{id} is a definition"))
}

/// `lexgap validate` on a scenario file written from `text`.
fn validate_scenario(text: &str) -> assert_cmd::assert::Assert {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("scenario.yaml");
    std::fs::write(&f, text).expect("write");
    lexgap()
        .args(["validate", f.to_str().expect("utf-8 path")])
        .assert()
}

/// One element of an outcome, by name.
fn element<'a>(o: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    o["elements"]
        .as_array()
        .expect("elements")
        .iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("element {name}"))
}

#[test]
fn using_or_employing_a_person_is_an_act_where_the_law_names_it() {
    let v = classified("18-worker-used-by-employer.yaml", "KW");
    let kw = offence(&v, "kw-tip");
    assert_eq!(kw["made_out"], "yes");
    assert_eq!(element(kw, "act")["detail"], "Use or employment");
    // Not an act of the Protocol: the same case is not trafficking under it.
    assert_eq!(definition(&v, "tip.art3")["made_out"], "no");
}

#[test]
fn words_of_the_law_that_no_term_stands_for_leave_the_answer_open() {
    // Lebanon Art. 586(1) names «احتجاز» (detention), which no act term
    // stands for: a transfer is not "not in the list", it is untold.
    let v = classified("17-sale-between-traffickers.yaml", "LB");
    let act = element(offence(&v, "lb-tip"), "act");
    assert_eq!(act["status"], "unknown");
    let detail = act["detail"].as_str().expect("text");
    assert!(detail.contains("احتجاز"), "{detail}");
}

#[test]
fn a_term_named_only_in_part_does_not_make_the_element() {
    // Qatar Art. 2 reaches transfer only in part (scope: partial): the
    // answer carries the limitation and the encoder's note.
    let v = classified("17-sale-between-traffickers.yaml", "QA");
    let act = element(offence(&v, "qa-tip"), "act");
    assert_eq!(act["status"], "unknown");
    let detail = act["detail"].as_str().expect("text");
    assert!(detail.contains("only in part"), "{detail}");
    assert!(detail.contains("«تنقيل»"), "{detail}");
}

#[test]
fn the_acts_only_national_laws_name_are_not_the_instruments_acts() {
    let loaded = lexgap::load::load_instruments();
    let corpus = loaded.corpus.expect("instruments load");
    let national_only = ["use_or_employment", "sale", "luring"];
    for inst in &corpus.instruments {
        for d in &inst.definitions {
            for a in &d.acts {
                assert!(
                    !national_only.contains(&a.value.as_str()),
                    "{} names {}",
                    d.id.value,
                    a.value
                );
            }
        }
    }
    // The Arab Guiding Law's own list, checked against its quoted Art. 1:
    // «تطويع أشخاص أو نقلهم أو تنقيلهم أو إيوائهم أو تسليمهم أو استقبالهم».
    let arab = corpus
        .instruments
        .iter()
        .flat_map(|i| &i.definitions)
        .find(|d| d.id.value == "arab.art1")
        .expect("arab.art1");
    let acts: Vec<&str> = arab.acts.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(
        acts,
        [
            "recruitment",
            "transportation",
            "transfer",
            "harbouring",
            "delivery",
            "receipt"
        ]
    );
    let art1 = corpus
        .instruments
        .iter()
        .flat_map(|i| &i.requirements)
        .find(|r| r.id.value == "arab.1.acts.recruitment")
        .expect("arab.1.acts.recruitment");
    let text = &art1.quotes[0].text.text;
    for word in [
        "تطويع",
        "نقلهم",
        "تنقيلهم",
        "إيوائهم",
        "تسليمهم",
        "استقبالهم",
    ] {
        assert!(text.contains(word), "{word}");
    }
    for word in ["استخدام", "بيع", "استقطاب", "استدراج"] {
        assert!(!text.contains(word), "{word}");
    }
}

#[test]
fn a_document_offence_is_classified_under_the_law_and_the_protocol() {
    let v = classified("19-forged-passport-for-smuggling.yaml", "QA");
    let art6_1b = definition(&v, "som.art6.1b");
    assert_eq!(art6_1b["made_out"], "yes");
    let qa = offence(&v, "qa-document-fraud");
    assert_eq!(qa["made_out"], "yes");
    assert_eq!(
        element(qa, "fraudulent travel or identity document")["detail"],
        "producing, providing a fraudulent travel or identity document"
    );
    // No document, no document offence.
    let v = classified("01-amir-smuggled-by-boat.yaml", "QA");
    assert_eq!(offence(&v, "qa-document-fraud")["made_out"], "no");
}

#[test]
fn an_offence_with_no_definition_is_listed_as_not_tested() {
    let v = classified("01-amir-smuggled-by-boat.yaml", "QA");
    let o = offence(&v, "qa-obstruction-testimony");
    assert!(o["made_out"].is_null(), "{o}");
    let why = o["untested"].as_str().expect("a reason");
    assert!(why.contains("Obstruction of justice"), "{why}");
    let said = stdout_of(&[
        "classify",
        "scenarios/01-amir-smuggled-by-boat.yaml",
        "--jurisdiction",
        "QA",
    ]);
    assert!(
        said.contains("– not tested     Incitement to trafficking (Art 21) (qa-incitement)"),
        "{said}"
    );
}

#[test]
fn classify_lists_every_offence_of_every_bundled_jurisdiction() {
    let loaded = lexgap::load::load(&[]);
    let corpus = loaded.corpus.expect("the bundled corpus loads");
    let scenario = &corpus.scenarios[0];
    for j in &corpus.jurisdictions {
        let c = lexgap::classify::classify(&corpus, scenario, &[j]);
        let listed: Vec<&str> = c.jurisdictions[0]
            .offences
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        let encoded: Vec<&str> = j.offences.iter().map(|o| o.id.value.as_str()).collect();
        assert_eq!(listed, encoded, "{}", j.file);
    }
}

#[test]
fn an_open_purpose_reaches_exploitation_the_law_does_not_name() {
    // Tunisia Art. 2: «بقصد الاستغلال أيا كانت صوره» (exploitation whatever
    // its forms): purposes named as examples.
    let v = classified("20-exploitation-no-list-names.yaml", "TN");
    let tn = offence(&v, "tn-tip");
    assert_eq!(tn["made_out"], "yes");
    let detail = element(tn, "purpose")["detail"].as_str().expect("text");
    assert!(detail.contains("names some as examples"), "{detail}");
    // The same words reach the Protocol's purposes in the findings.
    let said = stdout_of(&["check", "TN"]);
    let line = said
        .lines()
        .skip_while(|l| !l.contains("tip.3a.purpose.servitude "))
        .take(2)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(line.contains("✔ met"), "{line}");
    assert!(line.contains("the general words reach it"), "{line}");
}

#[test]
fn only_means_and_purposes_can_be_named_as_examples() {
    let text = common::bundled("tn.yaml").replacen(
        "    acts:\n",
        "    acts:\n      examples: true\n      items:\n",
        1,
    );
    let (errors, said) = common::errors_of("tn.yaml", text);
    assert!(errors > 0, "{said}");
    assert!(
        said.contains("only `means` and `purposes` can be named as examples, not `acts`"),
        "{said}"
    );
}

#[test]
fn whom_a_smuggling_offence_leaves_out_is_the_law_s_own() {
    // A worker with a temporary residence permit: not a permanent resident,
    // so smuggled under the Protocol (Art. 3(a)); but Qatar Art. 4 bis(1)
    // leaves out residents of any kind («ليسوا من رعاياها أو المقيمين فيها»).
    let v = classified("21-temporary-resident-brought-back.yaml", "QA");
    let som = definition(&v, "som.art3a");
    assert_eq!(som["made_out"], "yes");
    let qa = offence(&v, "qa-som");
    assert_eq!(qa["made_out"], "no");
    let e = element(qa, "not a national or resident");
    assert_eq!(e["status"], "missing");
    // Kuwait Art. 1(5) leaves out permanent residents only, as the Protocol.
    let v = classified("21-temporary-resident-brought-back.yaml", "KW");
    assert_eq!(offence(&v, "kw-som")["made_out"], "yes");
    // Morocco Law 02-03 Art. 52 reaches «مغاربة كانوا أو أجانب»: a national
    // brought home clandestinely is within it.
    let v = classified("08-national-returning-irregularly.yaml", "MA");
    let ma = offence(&v, "ma-som");
    assert_eq!(ma["made_out"], "yes");
    assert_eq!(element(ma, "a person the offence reaches")["status"], "met");
}

#[test]
fn a_standing_that_contradicts_nationality_is_refused() {
    validate_scenario(
        "scenario: {id: x, title: t, story: s}\nfacts: {acts: [], means: [], purposes: [], border: irregular, benefit: financial, national_of_destination: true, standing: temporary_resident}\n",
    )
    .code(2)
        .stderr(predicate::str::contains(
            "`standing: temporary_resident` contradicts `national_of_destination: true`",
        ));
}

#[test]
fn an_attempt_is_weighed_against_the_law_on_attempt() {
    let v = classified("22-smuggling-stopped-before-the-border.yaml", "QA");
    let qa = offence(&v, "qa-som");
    assert_eq!(qa["made_out"], "yes");
    assert_eq!(element(qa, "attempt")["status"], "met");
    assert_eq!(
        element(qa, "illegal entry")["detail"],
        "the crossing intended was irregular"
    );
    // Kuwait's encoding is silent on attempt: the answer is open.
    let v = classified("22-smuggling-stopped-before-the-border.yaml", "KW");
    let kw = offence(&v, "kw-som");
    assert_eq!(element(kw, "attempt")["status"], "unknown");
    assert_eq!(kw["made_out"], "unknown");
}

#[test]
fn the_migrant_s_own_liability_is_asked_of_the_crossing_offence() {
    let v = classified("23-migrant-own-liability.yaml", "MA");
    // SoM Art. 5: not liable under the Protocol for having been smuggled.
    let som = definition(&v, "som.art3a");
    assert_eq!(som["made_out"], "no");
    let liability = som["elements"]
        .as_array()
        .expect("elements")
        .iter()
        .find(|e| e["name"] == "whose liability")
        .expect("the liability element");
    assert_eq!(liability["cite"], "SoM Protocol Art. 5");
    // Morocco Law 02-03 Art. 50: the crossing person's own offence.
    let own = offence(&v, "ma-irregular-crossing");
    assert_eq!(own["made_out"], "yes");
    // The trafficking offence makes the person its object, not its author.
    assert_eq!(
        element(offence(&v, "ma-tip"), "whose liability")["status"],
        "missing"
    );
    // A facilitator is not caught by the crossing person's own offence.
    let v = classified("01-amir-smuggled-by-boat.yaml", "MA");
    assert_eq!(offence(&v, "ma-irregular-crossing")["made_out"], "no");
}

#[test]
fn elements_the_text_settles_are_stated_and_open_readings_stay_open() {
    // Qatar Art. 4 bis(2) and 15 bis name no exploitation or coercion: a
    // case of enabling illegal stay is made out, not left open.
    let v = classified("12-enabling-illegal-stay.yaml", "QA");
    let stay = offence(&v, "qa-illegal-stay");
    assert_eq!(stay["made_out"], "yes");
    // Qatar Art. 2 does not name recruitment, and whether «استخدم بأي صورة»
    // reaches it is open: unknown, not a gap.
    let said = stdout_of(&["check", "QA"]);
    let line = said
        .lines()
        .find(|l| l.contains("tip.3a.act.recruitment "))
        .expect("the recruitment finding");
    assert!(line.contains("? unknown"), "{line}");
    // Algeria 303 bis 30 names neither: the distinction is met.
    let said = stdout_of(&["check", "DZ"]);
    let line = said
        .lines()
        .find(|l| l.contains("som.distinction.no_exploitation "))
        .expect("the finding");
    assert!(line.contains("✔ met"), "{line}");
}

#[test]
fn the_summary_names_the_cases_a_law_would_miss_and_counts_the_rest() {
    let said = stdout_of(&["report", "KW", "--edition", "summary", "--format", "md"]);
    assert!(said.contains("(sale-between-traffickers)"), "{said}");
    // Kuwait's list of exploitation is open: servitude might be reached.
    assert!(!said.contains("(domestic-servitude)"), "{said}");
    assert!(said.contains("more cases it might miss"), "{said}");
    let full = stdout_of(&["report", "KW", "--format", "md"]);
    assert!(full.contains("(domestic-servitude)"));
}
