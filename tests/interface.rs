//! The interface around the checks: `init`, `completions`, `man`, the
//! interface language (`--lang`), `--quiet` and `--verbose`, and the JSON
//! shapes' versions.

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::lexgap;

fn run(args: &[&str]) -> (String, String, i32) {
    let out = lexgap().args(args).output().expect("runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
        out.status.code().unwrap_or(-1),
    )
}

// -------------------------------------------------------------------- init

#[test]
fn init_writes_a_file_that_validates_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("xq.yaml");
    let (_, err, code) = run(&[
        "init",
        "xq",
        "--date",
        "2026-05-01",
        "-o",
        file.to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("lexgap validate"), "{err}");
    let text = std::fs::read_to_string(&file).expect("written");
    assert!(
        text.starts_with("# yaml-language-server: $schema=../../schema/jurisdiction.schema.json\n")
    );
    assert!(text.contains("code: XQ"));
    assert!(text.contains("as_of: 2026-05-01"));
    // Valid as written, with no warning.
    lexgap()
        .args(["validate", file.to_str().expect("path")])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok: 1 jurisdiction file(s)"))
        .stdout(predicate::str::contains("0 warning(s)"));
    // And it claims nothing: every finding is unknown.
    let (out, _, code) = run(&["check", file.to_str().expect("path"), "--format", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let findings = v["jurisdictions"][0]["findings"]
        .as_array()
        .expect("findings");
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["status"] == "unknown"));
}

#[test]
fn init_on_stdout_validates_against_the_schema() {
    let (out, _, code) = run(&["init", "XQ", "--date", "2026-05-01"]);
    assert_eq!(code, 0);
    let node = lexgap::load::yaml::parse(&out, lexgap::diag::FileId(0)).expect("YAML");
    let _ = node;
    let vocab = lexgap::load::load_instruments()
        .corpus
        .expect("instruments")
        .vocabulary;
    let schema = lexgap::schema::schema(lexgap::schema::Kind::Jurisdiction, &vocab);
    let validator = jsonschema::validator_for(&schema).expect("schema");
    // The YAML as JSON (the starting file has only strings, a date and []).
    let json = yaml_to_json(&out);
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{out}");
}

fn yaml_to_json(text: &str) -> Value {
    use lexgap::load::node::{Node, NodeKind};
    fn conv(n: &Node) -> Value {
        match &n.kind {
            NodeKind::Null => Value::Null,
            NodeKind::Bool(b) => Value::Bool(*b),
            NodeKind::Int(i) => Value::from(*i),
            NodeKind::Float(f) => Value::from(*f),
            NodeKind::Str(s) => Value::from(s.clone()),
            NodeKind::Seq(items) => Value::Array(items.iter().map(conv).collect()),
            NodeKind::Map(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| match &k.kind {
                        NodeKind::Str(s) => (s.clone(), conv(v)),
                        other => (format!("{other:?}"), conv(v)),
                    })
                    .collect(),
            ),
        }
    }
    conv(&lexgap::load::yaml::parse(text, lexgap::diag::FileId(0)).expect("YAML"))
}

#[test]
fn init_refuses_a_bad_code_and_an_existing_file() {
    lexgap()
        .args(["init", "KWT"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E044"));
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("kw.yaml");
    std::fs::write(&file, "keep me\n").expect("write");
    lexgap()
        .args(["init", "KW", "-o", file.to_str().expect("path")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E082"));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "keep me\n");
}

#[test]
fn init_of_a_bundled_code_says_so() {
    lexgap()
        .args(["init", "KW"])
        .assert()
        .success()
        .stderr(predicate::str::contains("bundled"));
    lexgap()
        .args(["init", "KW", "--quiet"])
        .assert()
        .success()
        .stderr("");
}

// ------------------------------------------------------- completions, man

#[test]
fn completions_are_printed_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (out, _, code) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(out.len() > 1000, "{shell}: {} bytes", out.len());
        assert!(out.contains("lexgap"), "{shell}");
        // Every subcommand is offered.
        for sub in ["check", "report", "schema", "init", "completions", "man"] {
            assert!(out.contains(sub), "{shell} lacks {sub}");
        }
    }
}

#[test]
fn the_man_page_is_generated_from_the_command_line_definition() {
    let (out, _, code) = run(&["man"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(".ie") || out.contains(".TH lexgap"),
        "{}",
        &out[..200.min(out.len())]
    );
    for needle in [
        ".TH lexgap 1",
        "SUBCOMMANDS",
        "lexgap\\-check",
        "\\-\\-lang",
    ] {
        assert!(out.contains(needle), "the man page lacks {needle}");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    lexgap()
        .args(["man", "-o", dir.path().to_str().expect("path")])
        .assert()
        .success();
    for page in [
        "lexgap.1",
        "lexgap-check.1",
        "lexgap-report.1",
        "lexgap-init.1",
    ] {
        let text = std::fs::read_to_string(dir.path().join(page)).expect(page);
        assert!(text.len() > 200, "{page}");
    }
}

// ------------------------------------------------------------------ --lang

#[test]
fn command_line_messages_in_arabic() {
    let (out, _, code) = run(&["--lang", "ar", "check", "tests/fixtures/xb-borduria.yaml"]);
    assert_eq!(code, 0);
    // Interface words and digits are Arabic…
    assert!(out.contains("التغطية"), "{out}");
    assert!(out.contains("ثغرة"), "{out}");
    assert!(out.contains('٢') || out.contains('١'), "{out}");
    assert!(!out.contains("coverage"), "{out}");
    // …the ids, codes and the law's own data are kept as they are.
    assert!(
        out.contains("tip.3a.act.recruitment") || out.contains("tip."),
        "{out}"
    );
    let (out, _, _) = run(&["validate", "--lang", "ar"]);
    assert!(out.starts_with("سليم: "), "{out}");
    let (_, err, code) = run(&[
        "--lang",
        "ar",
        "validate",
        "tests/bad/unknown-term-means.yaml",
    ]);
    assert_eq!(code, 2);
    // The diagnostic and its count are in Arabic; the code, the file, the
    // YAML path and the quoted line are as they are.
    assert!(err.contains("خطأ[E030]"), "{err}");
    assert!(err.contains("`fraudd`"), "{err}");
    assert!(err.contains("offences[0].means[0]"), "{err}");
    assert!(err.contains("خطأ واحد"), "{err}");
    assert!(
        !err.contains("error") && !err.contains("did you mean"),
        "{err}"
    );
    // JSON is data, the same in every language: its messages stay English.
    let (a, _, _) = run(&[
        "validate",
        "--format",
        "json",
        "tests/bad/unknown-term-means.yaml",
    ]);
    let (b, _, _) = run(&[
        "validate",
        "--format",
        "json",
        "--lang",
        "ar",
        "tests/bad/unknown-term-means.yaml",
    ]);
    assert_eq!(a, b);
    assert!(a.contains("unknown means `fraudd`"), "{a}");
}

// ------------------------------------------------ Arabic diagnostics, help

/// Diagnostics in Arabic, as a user sees them on standard error: one of
/// each kind (a syntax error, an unknown field with a did-you-mean, a wrong
/// type, a dangling reference, a missing file, an unknown term in the wrong
/// set, a command-line error).
#[test]
fn diagnostics_in_arabic() {
    let cases: &[(&str, &[&str])] = &[
        (
            "syntax",
            &["validate", "tests/bad/syntax-unclosed-bracket.yaml"],
        ),
        (
            "unknown-field",
            &["validate", "tests/bad/unknown-field-offence.yaml"],
        ),
        (
            "wrong-type",
            &["validate", "tests/bad/wrong-type-acts-string.yaml"],
        ),
        ("dangling-law", &["validate", "tests/bad/dangling-law.yaml"]),
        ("missing-file", &["validate", "tests/bad/no-such-file.yaml"]),
        (
            "wrong-set",
            &["check", "tests/bad/unknown-term-wrong-set.yaml"],
        ),
        ("many", &["validate", "tests/bad/many-errors-at-once.yaml"]),
        (
            "warning",
            &["validate", "tests/bad/uncited-provision-warning.yaml"],
        ),
        ("unknown-code", &["check", "ZZ"]),
        (
            "unknown-instrument",
            &["check", "KW", "--instrument", "tipp"],
        ),
    ];
    for (name, args) in cases {
        let mut all = vec!["--lang", "ar"];
        all.extend_from_slice(args);
        let (_, err, code) = run(&all);
        let expected = if *name == "warning" { 0 } else { 2 };
        assert_eq!(code, expected, "{name}: {err}");
        insta::assert_snapshot!(format!("diagnostics_ar_{name}"), err);
    }
}

#[test]
fn help_in_arabic_wherever_lang_is_given() {
    let (out, err, code) = run(&["--lang", "ar", "check", "--help"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("help_ar_check", out);
    for args in [
        &["check", "--help", "--lang", "ar"][..],
        &["check", "--lang=ar", "--help"],
        &["--lang", "ar", "help", "check"],
    ] {
        assert_eq!(run(args).0, out, "{args:?}");
    }
    let (short, _, _) = run(&["check", "-h", "--lang", "ar"]);
    assert!(short.starts_with("يفحص الولايات القضائية"), "{short}");
    assert!(short.contains("الاستخدام: lexgap check"), "{short}");
    let (main, _, _) = run(&["--lang", "ar", "--help"]);
    for word in ["الأوامر:", "الخيارات:", "يطبع المساعدة", "يطبع رقم الإصدار"]
    {
        assert!(main.contains(word), "{word}:\n{main}");
    }
    for word in ["Usage", "Options", "Commands", "Print", "default:"] {
        assert!(!main.contains(word), "{word}:\n{main}");
    }
}

#[test]
fn help_in_english_is_claps_own() {
    let (out, _, code) = run(&["check", "--help"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("help_en_check", out);
    assert_eq!(run(&["--lang", "en", "check", "--help"]).0, out);
    assert_eq!(run(&["check", "--help", "--lang", "en"]).0, out);
    // Completions are the same in every language.
    for shell in ["bash", "zsh", "fish"] {
        assert_eq!(
            run(&["completions", shell]).0,
            run(&["--lang", "ar", "completions", shell]).0,
            "{shell}"
        );
    }
}

#[test]
fn the_manual_in_arabic() {
    let (out, err, code) = run(&["man", "--lang", "ar"]);
    assert_eq!(code, 0, "{err}");
    let head: String = out.lines().take(40).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("man_ar_head", head);
    for needle in [
        ".SH الاسم",
        ".SH الخيارات",
        ".SH الأوامر",
        "lexgap\\-check",
        "\\-\\-lang",
    ] {
        assert!(out.contains(needle), "the Arabic man page lacks {needle}");
    }
    for word in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "Possible values",
        "[default:",
        "Print",
    ] {
        assert!(!out.contains(word), "the Arabic man page keeps {word}");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, err, code) = run(&[
        "man",
        "--lang",
        "ar",
        "-o",
        dir.path().to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{err}");
    let check = std::fs::read_to_string(dir.path().join("lexgap-check.1")).expect("lexgap-check.1");
    assert!(
        check.contains("يفحص الولايات القضائية في ضوء الصكوك"),
        "{check}"
    );
}

#[test]
fn english_is_the_default_and_unchanged() {
    let (a, _, _) = run(&["check", "tests/fixtures/xb-borduria.yaml"]);
    let (b, _, _) = run(&["--lang", "en", "check", "tests/fixtures/xb-borduria.yaml"]);
    assert_eq!(a, b);
    assert!(a.contains("coverage"));
}

#[test]
fn explain_in_arabic_says_what_is_not_translated() {
    let (out, _, code) = run(&["explain", "tip.3a.act.recruitment", "--lang", "ar"]);
    assert_eq!(code, 0);
    assert!(out.contains("الصك:"), "{out}");
    // The Protocol's text is shown in English, with a note saying so in Arabic.
    assert!(out.contains("لا يترجم lexgap النصوص القانونية"), "{out}");
    assert!(
        out.contains("recruitment of persons") || out.contains("recruitment"),
        "{out}"
    );
}

// ------------------------------------------------------ --quiet, --verbose

#[test]
fn quiet_keeps_the_output_and_drops_the_chatter() {
    let (out, err, code) = run(&["validate", "--quiet"]);
    assert_eq!(code, 0);
    assert_eq!(out, "");
    assert_eq!(err, "");
    // Warnings go, errors stay.
    let (_, err, code) = run(&["validate", "-q", "tests/bad/uncited-provision-warning.yaml"]);
    assert_eq!(code, 0);
    assert_eq!(err, "");
    let (_, err, code) = run(&["validate", "-q", "tests/bad/unknown-term-means.yaml"]);
    assert_eq!(code, 2);
    assert!(err.contains("E030"));
    assert!(!err.contains("error(s)"));
    // The output asked for is still printed.
    let (out, _, _) = run(&["check", "-q", "tests/fixtures/xb-borduria.yaml"]);
    assert!(out.contains("coverage"));
    // `test` prints only the failures and the count.
    let (out, _, _) = run(&["test", "-q"]);
    assert!(!out.contains("ok  "), "{out}");
    assert!(out.contains(" passed, 0 failed"), "{out}");
}

#[test]
fn quiet_and_verbose_exclude_each_other() {
    lexgap()
        .args(["validate", "--quiet", "--verbose"])
        .assert()
        .code(2);
}

#[test]
fn verbose_says_what_was_read_on_stderr_only() {
    let (out_plain, _, _) = run(&["check", "tests/fixtures/xb-borduria.yaml"]);
    let (out, err, code) = run(&["check", "-v", "tests/fixtures/xb-borduria.yaml"]);
    assert_eq!(code, 0);
    assert_eq!(out, out_plain, "--verbose changes nothing on stdout");
    assert!(err.contains("tests/fixtures/xb-borduria.yaml"), "{err}");
    assert!(err.contains("done in"), "{err}");
}

// -------------------------------------------------------------------- JSON

#[test]
fn every_json_output_names_its_versioned_shape() {
    let cases: &[(&[&str], &str)] = &[
        (&["validate", "--format", "json"], "lexgap-validate/1"),
        (&["check", "KW", "--format", "json"], "lexgap-check/1"),
        (&["unknowns", "KW", "--format", "json"], "lexgap-unknowns/1"),
        (&["instruments", "--format", "json"], "lexgap-instruments/1"),
        (
            &["requirements", "--format", "json"],
            "lexgap-requirements/1",
        ),
        (
            &["explain", "tip.3a.act.recruitment", "--format", "json"],
            "lexgap-requirement/1",
        ),
        (
            &[
                "classify",
                "scenarios/01-amir-smuggled-by-boat.yaml",
                "--format",
                "json",
            ],
            "lexgap-classify/1",
        ),
        (&["test", "--format", "json"], "lexgap-test/1"),
        (
            &["diff", "ae-2006", "AE", "--format", "json"],
            "lexgap-diff/1",
        ),
        (&["report", "KW", "--format", "json"], "lexgap-report/1"),
        (&["compare", "KW", "--format", "json"], "lexgap-compare/1"),
        (
            &[
                "validate",
                "tests/bad/unknown-term-means.yaml",
                "--format",
                "json",
            ],
            "lexgap-validate/1",
        ),
        (
            &[
                "check",
                "tests/bad/unknown-term-means.yaml",
                "--format",
                "json",
            ],
            "lexgap-diagnostics/1",
        ),
    ];
    for (args, format) in cases {
        let (out, err, _) = run(args);
        let v: Value = serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out}{err}"));
        assert_eq!(v["format"], *format, "{args:?}");
    }
}

#[test]
fn site_reports_what_it_wrote_in_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (out, err, code) = run(&[
        "site",
        "tests/fixtures/xa-arcadia.yaml",
        "-o",
        dir.path().to_str().expect("path"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["format"], "lexgap-site/1");
    let files = v["files"].as_array().expect("files");
    assert!(files.iter().any(|f| f["path"] == "index.html"));
    assert!(
        files
            .iter()
            .all(|f| f["bytes"].as_u64().is_some_and(|b| b > 0))
    );
    // No progress line in captured output (stderr is not a terminal).
    assert!(!err.contains("rendered"), "{err}");
}

// ------------------------------------------------------- Arabic reports

#[test]
fn the_arabic_report_snapshot() {
    let (out, err, code) = run(&[
        "--lang",
        "ar",
        "report",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "md",
    ]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("report_md_ar_xb-borduria", out);
}

#[test]
fn the_arabic_html_report_runs_right_to_left_and_keeps_legal_text_as_quoted() {
    let (html, err, code) = run(&["--lang", "ar", "report", "tests/fixtures/xb-borduria.yaml"]);
    assert_eq!(code, 0, "{err}");
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    insta::assert_snapshot!("report_html_ar_xb-borduria", html);
    // Interface in Arabic, digits in Arabic-Indic…
    for s in [
        "تقرير الثغرات",
        "الخلاصة",
        "أخطر النتائج",
        "كل المتطلبات",
        "المصادر",
    ] {
        assert!(html.contains(s), "missing {s}");
    }
    // …the instruments' English text shown with a note in Arabic saying so…
    assert!(html.contains("لا يترجم lexgap النصوص القانونية"));
    // …and every quoted text exactly as in the instrument files.
    let (en, _, _) = run(&["report", "tests/fixtures/xb-borduria.yaml"]);
    let quotes = |h: &str| -> Vec<String> {
        h.split("<blockquote")
            .skip(1)
            .map(|b| b.split("</blockquote>").next().unwrap_or("").to_owned())
            .collect()
    };
    // The Arabic page quotes the English texts, in order, and beside them
    // the Arabic texts the instrument files give (`arabic:`), each exactly.
    let ar_quotes = quotes(&html);
    let en_quotes = quotes(&en);
    let mut next = 0;
    let mut arabic = Vec::new();
    for q in &ar_quotes {
        if en_quotes.get(next) == Some(q) {
            next += 1;
        } else {
            assert!(q.starts_with(r#" lang="ar" dir="rtl">"#), "{q}");
            arabic.push(q);
        }
    }
    assert_eq!(next, en_quotes.len(), "every English quote, in order");
    let instruments: String = ["tip-protocol", "som-protocol", "untoc", "arab-guiding-law"]
        .iter()
        .map(|f| {
            std::fs::read_to_string(format!(
                "{}/statutes/international/{f}.yaml",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("instrument file")
        })
        .collect();
    assert!(arabic.len() > 20, "{} Arabic quotes", arabic.len());
    for q in arabic {
        let text = q.trim_start_matches(r#" lang="ar" dir="rtl">"#);
        assert!(
            text.lines()
                .all(|l| instruments.contains(&format!("            {l}\n"))
                    || instruments.contains(&format!("          {l}\n"))
                    || instruments.contains(l)),
            "not in the instrument files: {text}"
        );
    }
}

#[test]
fn the_arabic_site_is_complete_and_inert() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, err, code) = run(&[
        "site",
        "--lang",
        "ar",
        "tests/fixtures",
        "tests/fixtures-injection",
        "-o",
        dir.path().to_str().expect("path"),
        "-q",
    ]);
    assert_eq!(code, 0, "{err}");
    let index = std::fs::read_to_string(dir.path().join("index.html")).expect("index");
    assert!(index.contains(r#"dir="rtl""#));
    assert!(index.contains("التصنيفات في لمحة"));
    let report =
        std::fs::read_to_string(dir.path().join("jurisdictions/xz-injection.html")).expect("xz");
    assert!(
        !report.to_lowercase().contains("<script"),
        "markup got through"
    );
}

#[test]
fn the_json_report_is_the_same_in_every_language() {
    let (en, _, _) = run(&[
        "report",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "json",
    ]);
    let (ar, _, _) = run(&[
        "--lang",
        "ar",
        "report",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(
        en, ar,
        "JSON is data: keys and values do not change with --lang"
    );
}

#[test]
fn verbose_lines_and_write_errors_follow_the_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-dir").join("kw.html");
    let missing = missing.to_str().expect("path");
    let (_, err, code) = run(&["--lang", "ar", "report", "KW", "-o", missing]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("lexgap: تعذّرت كتابة المخرجات: "), "{err}");
    let (_, err, code) = run(&["report", "KW", "-o", missing]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("lexgap: cannot write output: "), "{err}");

    let (_, err, code) = run(&["--lang", "ar", "-v", "check", "KW"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("lexgap: الملفات المقروءة"), "{err}");
    assert!(err.contains("(رمز الخروج ٠)"), "{err}");
    let (_, err, _) = run(&["-v", "check", "KW"]);
    assert!(err.contains("lexgap: read "), "{err}");
    assert!(err.contains("(exit 0)"), "{err}");
}
