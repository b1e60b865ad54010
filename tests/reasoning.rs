//! The reasoning in the interface language: the trace of each finding
//! (`check`, reports), the elements of a classification (`classify`, `test`,
//! "cases this law would miss") and the reasons of a change (`diff`) are
//! reasons as data (`i18n::reason`), put into words when printed. In Arabic,
//! no reasoning message falls back to English, and what is shown as written
//! (ids, provision references, field names, the encoders' notes) is data.
//! English is unchanged: the English snapshots of every other test hold it.

use lexgap::i18n::reason::say;
use lexgap::i18n::reason::{Arg, Reason};
use lexgap::i18n::{Lang, catalog};
use lexgap::load::{Input, load};

mod common;
use common::stdout_of;

// ------------------------------------------------------- Arabic snapshots

#[test]
fn check_in_arabic() {
    let out = stdout_of(&["--lang", "ar", "check", "tests/fixtures/xb-borduria.yaml"]);
    // The reasoning is Arabic; ids and field names are as written.
    assert!(
        out.contains("xb-tip: لا تشمل الأفعال المنصوص عليها فيها: تنقيل"),
        "{out}"
    );
    assert!(
        out.contains("قيمة child.means_required هي نعم (والمطلوب: لا)"),
        "{out}"
    );
    assert!(
        !out.contains("not encoded") && !out.contains("read in full"),
        "{out}"
    );
    insta::assert_snapshot!("check_text_ar_xb-borduria", out);
}

#[test]
fn classify_in_arabic() {
    let out = stdout_of(&[
        "--lang",
        "ar",
        "classify",
        "scenarios/01-amir-smuggled-by-boat.yaml",
        "--jurisdiction",
        "tests/fixtures/xb-borduria.yaml",
    ]);
    assert!(out.contains("الدخول غير المشروع"), "{out}");
    assert!(!out.contains("illegal entry"), "{out}");
    insta::assert_snapshot!("classify_ar_01-amir-smuggled-by-boat", out);
}

#[test]
fn diff_in_arabic_as_text_and_html() {
    let text = stdout_of(&[
        "--lang",
        "ar",
        "diff",
        "tests/fixtures/xb-borduria.yaml",
        "tests/drafts/xb-draft-reform.yaml",
    ]);
    assert!(text.contains("مشروع قانون: Fictional Draft Law"), "{text}");
    insta::assert_snapshot!("diff_text_ar_xb-draft-reform", text);
    let html = stdout_of(&[
        "--lang",
        "ar",
        "diff",
        "--format",
        "html",
        "tests/fixtures/xb-borduria.yaml",
        "tests/drafts/xb-draft-reform.yaml",
    ]);
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
    for english in [
        "What changed",
        "Ratings and coverage",
        "Why, before",
        "No finding",
    ] {
        assert!(!html.contains(english), "{english} in {html}");
    }
    // Requirement titles are lexgap's wording, in Arabic on an Arabic page
    // (statutes/international/*.yaml, `title_ar`), not marked as English.
    assert!(html.contains("الفعل: التنقيل"), "{html}");
    assert!(!html.contains("Act: transfer"), "{html}");
    insta::assert_snapshot!("diff_html_ar_xb-draft-reform", html);
}

#[test]
fn english_pages_carry_no_language_marks() {
    let html = stdout_of(&["report", "tests/fixtures/xb-borduria.yaml"]);
    assert!(!html.contains(r#"<span lang="en""#));
    assert!(!html.contains('\u{2068}'), "no isolates in English pages");
    let ar = stdout_of(&["--lang", "ar", "report", "tests/fixtures/xb-borduria.yaml"]);
    // Every encoder's note in English is marked English in the Arabic
    // page; a note in Arabic (lexgap's, here) is not.
    let label = r#"<span class="note-label">ملاحظة المُرمِّز:</span> "#;
    let after: Vec<&str> = ar.split(label).skip(1).collect();
    assert!(!after.is_empty());
    for a in after {
        let english = a.starts_with(r#"<div lang="en" dir="ltr"><p>"#);
        let arabic = a
            .strip_prefix("<p>")
            .and_then(|p| p.chars().next())
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        assert!(english != arabic, "{}", &a[..a.len().min(120)]);
    }
}

// ------------------------------------------------- no English fallback

/// Every reason that `check`, `classify` and `diff` leave on the bundled
/// jurisdictions, the fixtures, the drafts and the scenarios.
fn every_reason() -> Vec<Reason> {
    let mut out = Vec::new();
    let mut corpora = vec![
        load(&[]).corpus.expect("bundled files load"),
        load(&[Input::Path("tests/fixtures".into())])
            .corpus
            .expect("fixtures load"),
    ];
    for draft in [
        "tests/drafts/xb-draft-reform.yaml",
        "tests/drafts/xb-draft-regression.yaml",
    ] {
        corpora.push(
            load(&[
                Input::Path("tests/fixtures/xb-borduria.yaml".into()),
                Input::Path(draft.into()),
            ])
            .corpus
            .expect("draft loads"),
        );
    }
    for corpus in &corpora {
        let instruments: Vec<_> = corpus.instruments.iter().collect();
        for jc in lexgap::check::check(corpus, &instruments) {
            for f in &jc.findings {
                collect_trace(&f.trace, &mut out);
            }
        }
        let js: Vec<_> = corpus.jurisdictions.iter().collect();
        for s in &corpus.scenarios {
            let c = lexgap::classify::classify(corpus, s, &js);
            let outcomes = c
                .definitions
                .iter()
                .chain(c.jurisdictions.iter().flat_map(|j| &j.offences));
            for o in outcomes {
                out.push(arg_reason(o.label.clone()));
                out.extend(o.aggravations.iter().cloned().map(arg_reason));
                for e in &o.elements {
                    out.push(e.name.reason());
                    out.push(arg_reason(e.cite.clone()));
                    out.push(arg_reason(e.detail.clone()));
                }
            }
        }
        let kinds = lexgap::classify::ScenarioKinds::of(corpus);
        for j in &corpus.jurisdictions {
            for m in lexgap::classify::missed_cases(corpus, &kinds, j) {
                for o in m.offences {
                    out.push(arg_reason(o.label));
                    out.extend(o.failing);
                }
            }
            if let Some(d) = &j.draft {
                let diff = lexgap::diff::diff(corpus, &d.base, j);
                out.push(diff.old.label.clone());
                out.push(diff.new.label.clone());
                for f in diff.findings {
                    out.push(arg_reason(f.reason_before));
                    out.push(arg_reason(f.reason_after));
                }
            }
        }
        if let [a, b] = corpus.jurisdictions.as_slice()
            && a.code.value == b.code.value
        {
            let diff = lexgap::diff::diff(corpus, a, b);
            out.push(diff.old.label.clone());
            out.push(diff.new.label.clone());
        }
    }
    for (old, new) in [("ae-2006", "AE"), ("om-2008", "OM")] {
        let corpus = load(&[Input::parse(old), Input::parse(new)])
            .corpus
            .expect("versions load");
        let diff = lexgap::diff::diff(&corpus, &corpus.jurisdictions[0], &corpus.jurisdictions[1]);
        out.push(diff.old.label.clone());
        out.push(diff.new.label.clone());
        for f in diff.findings {
            out.push(arg_reason(f.reason_before));
            out.push(arg_reason(f.reason_after));
        }
    }
    out
}

fn ids_of(r: &Reason, ids: &mut std::collections::BTreeSet<&'static str>) {
    fn of_arg(a: &Arg, ids: &mut std::collections::BTreeSet<&'static str>) {
        match a {
            Arg::Reason(r) => ids_of(r, ids),
            Arg::List(items) => items.iter().for_each(|a| of_arg(a, ids)),
            Arg::Steps(rs) | Arg::Parts(rs) => rs.iter().for_each(|r| ids_of(r, ids)),
            _ => {}
        }
    }
    ids.insert(r.id);
    for (_, a) in &r.args {
        of_arg(a, ids);
    }
}

fn collect_trace(t: &lexgap::check::Trace, out: &mut Vec<Reason>) {
    out.push(t.test.clone());
    out.extend(t.detail.iter().cloned());
    for p in &t.parts {
        collect_trace(p, out);
    }
}

/// An argument on its own (a label, a cite, an element's detail), wrapped in
/// a reason so that it goes through the same check.
fn arg_reason(a: Arg) -> Reason {
    Reason::new("reason-step")
        .arg("status", Arg::word("status", "met"))
        .arg("reason", a)
}

/// The reason with every piece of data (shown as written, in any language)
/// replaced by a mark, so that what is left is the catalogue's words.
fn scrub(r: &Reason) -> Reason {
    Reason {
        id: r.id,
        args: r.args.iter().map(|(k, a)| (*k, scrub_arg(a))).collect(),
    }
}

fn scrub_arg(a: &Arg) -> Arg {
    match a {
        Arg::Data(_) => Arg::data("٭"),
        // lexgap's wording and the encoders' notes are data to this check:
        // their Arabic is the data files' (tests elsewhere see to it).
        Arg::Bilingual(_) => Arg::data("٭"),
        Arg::Reason(r) => Arg::from(scrub(r)),
        Arg::List(items) => Arg::List(items.iter().map(scrub_arg).collect()),
        Arg::Steps(rs) => Arg::Steps(rs.iter().map(scrub).collect()),
        Arg::Parts(rs) => Arg::Parts(rs.iter().map(scrub).collect()),
        other => other.clone(),
    }
}

#[test]
fn no_reasoning_message_falls_back_to_english_in_arabic() {
    let ar = catalog(Lang::Ar);
    let reasons = every_reason();
    assert!(reasons.len() > 5000, "{} reasons", reasons.len());
    let mut ids = std::collections::BTreeSet::new();
    let mut english = std::collections::BTreeSet::new();
    for r in &reasons {
        ids_of(r, &mut ids);
        let words = say(ar, &scrub(r));
        if words.chars().any(|c| c.is_ascii_alphabetic()) {
            english.insert(format!("{}: {words}", r.id));
        }
    }
    assert!(
        english.is_empty(),
        "reasons with English words in Arabic:\n{}",
        english.into_iter().collect::<Vec<_>>().join("\n")
    );
    // The corpus reaches most messages; the others are checked one by one.
    assert!(ids.len() > 70, "{} message ids reached", ids.len());
    let source = include_str!("../i18n/en-reasoning.ftl");
    for line in source.lines() {
        let Some((id, pattern)) = line.split_once(" = ") else {
            continue;
        };
        if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        assert!(ar.has(id), "`{id}` is not in the Arabic catalogue");
        let vars: Vec<String> = pattern
            .split("{ $")
            .skip(1)
            .filter_map(|s| s.split_once(' ').map(|(v, _)| v.to_owned()))
            .collect();
        let args: Vec<(&str, lexgap::i18n::Arg<'_>)> = vars
            .iter()
            .map(|v| (v.as_str(), lexgap::i18n::Arg::Str("٭")))
            .collect();
        let words = ar.ta(id, &args);
        assert!(
            !words.chars().any(|c| c.is_ascii_alphabetic()),
            "`{id}` in Arabic: {words}"
        );
    }
}

#[test]
fn json_keeps_the_english_reasons() {
    let en = stdout_of(&[
        "check",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "json",
    ]);
    let ar = stdout_of(&[
        "--lang",
        "ar",
        "check",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(en, ar, "JSON is data: the same in every language");
    assert!(en.contains("\"detail\": \"xb-tip: its acts do not include Transfer\""));
    let en = stdout_of(&[
        "classify",
        "scenarios/01-amir-smuggled-by-boat.yaml",
        "--format",
        "json",
    ]);
    let ar = stdout_of(&[
        "--lang",
        "ar",
        "classify",
        "scenarios/01-amir-smuggled-by-boat.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(en, ar);
    assert!(en.contains("\"name\": \"illegal entry\""), "{en}");
}
