//! Hostile YAML: alias bombs, deep nesting and oversize files are refused
//! with a diagnostic rather than exhausting memory or stack. How fast is
//! measured by the benchmarks, not here.

use lexgap::diag::{Code, Severity};
use lexgap::load::{Input, load};
use std::io::Write;

fn load_text(text: &[u8]) -> Vec<Code> {
    let mut f = tempfile::Builder::new()
        .suffix(".yaml")
        .tempfile()
        .expect("temp file");
    f.write_all(text).expect("write");
    let loaded = load(&[Input::Path(f.path().to_path_buf())]);
    assert!(loaded.corpus.is_none());
    loaded
        .diagnostics
        .items
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.code)
        .collect()
}

/// The "billion laughs": each level refers nine times to the previous one.
fn alias_bomb(target_bytes: usize) -> Vec<u8> {
    let mut s = String::from(
        "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    let mut i = 1;
    while s.len() < target_bytes {
        let refs: Vec<String> = (0..9).map(|_| format!("*a{}", i - 1)).collect();
        s.push_str(&format!("a{i}: &a{i} [{}]\n", refs.join(", ")));
        i += 1;
        if i > 60 {
            // Pad the rest with harmless keys so the file reaches its size.
            let mut k = 0;
            while s.len() < target_bytes {
                s.push_str(&format!("pad{k}: *a{}\n", i - 1));
                k += 1;
            }
        }
    }
    s.into_bytes()
}

#[test]
fn a_one_megabyte_alias_bomb_is_refused() {
    let codes = load_text(&alias_bomb(1024 * 1024));
    assert!(codes.contains(&Code::Budget), "{codes:?}");
}

#[test]
fn a_small_alias_bomb_is_refused() {
    let codes = load_text(&alias_bomb(2_000));
    assert!(codes.contains(&Code::Budget), "{codes:?}");
}

#[test]
fn nesting_a_hundred_thousand_deep_is_refused() {
    let depth = 100_000;
    let mut s = "[".repeat(depth);
    s.push_str(&"]".repeat(depth));
    let codes = load_text(s.as_bytes());
    assert!(
        codes
            .iter()
            .any(|c| matches!(c, Code::Budget | Code::Syntax)),
        "{codes:?}"
    );
}

#[test]
fn deep_block_nesting_is_refused() {
    let mut s = String::new();
    for i in 0..2_000 {
        s.push_str(&" ".repeat(i));
        s.push_str("k:\n");
    }
    let codes = load_text(s.as_bytes());
    assert!(
        codes
            .iter()
            .any(|c| matches!(c, Code::Budget | Code::Syntax)),
        "{codes:?}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let mut s = String::from("jurisdiction:\n  note: \"");
    s.push_str(&"x".repeat(lexgap::load::yaml::MAX_INPUT_BYTES));
    s.push_str("\"\n");
    let codes = load_text(s.as_bytes());
    assert_eq!(codes, vec![Code::FileTooLarge]);
}

/// Issue 18: control characters that YAML escapes put in a text (`\e`, `\a`;
/// raw ones are a syntax error) are refused, and nothing prints them raw:
/// `check` printed the name as decoded, and a terminal acted on it (cleared
/// the screen, set its title).
#[test]
fn control_characters_are_refused_and_never_printed_raw() {
    let good = arcadia();
    let hostile = good.replacen(
        "name: Arcadia (fictional)",
        r#"name: "\e[2J\e]0;forged\aArcadia""#,
        1,
    );
    assert_ne!(hostile, good);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("xa.yaml");
    std::fs::write(&path, &hostile).expect("write");
    for format in ["text", "json"] {
        let out = assert_cmd::Command::cargo_bin("lexgap")
            .expect("binary")
            .args(["check", "--format", format])
            .arg(&path)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.iter().any(|b| *b == 0x1b || *b == 0x07),
                "{format} {stream}: a raw control character: {}",
                String::from_utf8_lossy(bytes)
            );
        }
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(said.contains("E024"), "{said}");
        assert!(said.contains("U+001B"), "{said}");
    }
}

/// An error lexgap prints never carries a control character raw, even one
/// from the command line: writing to `-o $'\e[2J…'` in a missing directory
/// printed the path, and the terminal cleared its screen.
#[test]
fn an_error_shows_a_control_character_of_a_path_visibly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = assert_cmd::Command::cargo_bin("lexgap")
        .expect("binary")
        .args(["report", "KW", "-o"])
        .arg(dir.path().join("\u{1b}[2Jnowhere").join("kw.html"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!said.contains('\u{1b}'), "{said}");
    assert!(said.contains("<U+001B>[2Jnowhere"), "{said}");
}

/// The fictional Arcadia (`tests/fixtures/xa-arcadia.yaml`), which loads.
fn arcadia() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/xa-arcadia.yaml"
    ))
    .expect("fixture")
}

/// Arcadia with `from` replaced by `to`, in a file of its own.
fn arcadia_with(from: &str, to: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let good = arcadia();
    let changed = good.replacen(from, to, 1);
    assert_ne!(changed, good, "{from:?} is not in the fixture");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("xa.yaml");
    std::fs::write(&path, &changed).expect("write");
    (dir, path)
}

fn run(args: &[&str], path: &std::path::Path) -> (Option<i32>, String) {
    let out = assert_cmd::Command::cargo_bin("lexgap")
        .expect("binary")
        .args(args)
        .arg(path)
        .output()
        .expect("runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), said)
}

const OVERRIDES: [char; 9] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// Issue 18: a right-to-left override made a provision stored as "up to
/// <RLO>02<PDF> years" display as "up to 20 years" in reports; it is refused
/// in every field (E025), and no diagnostic prints it raw.
#[test]
fn a_directional_override_in_a_text_is_refused_and_shown_visibly() {
    let (_dir, path) = arcadia_with(
        "for exploitation, within Arcadia",
        r"for exploitation, for up to \u202E02\u202C years, within Arcadia",
    );
    for format in ["text", "json"] {
        let (code, said) = run(&["check", "--format", format], &path);
        assert_eq!(code, Some(2), "{said}");
        assert!(said.contains("E025") && said.contains("U+202E"), "{said}");
        assert!(!said.contains(OVERRIDES), "{format}: raw override: {said}");
    }
    // In a name or a reference it has no use at all.
    let (_dir, path) = arcadia_with("name: Arcadia (fictional)", "name: \"Arcadia\u{2067}\"");
    let (code, said) = run(&["validate"], &path);
    assert_eq!(code, Some(2), "{said}");
    assert!(said.contains("E025") && said.contains("U+2067"), "{said}");
    assert!(!said.contains(OVERRIDES), "raw isolate: {said}");
}

/// Where the source's own text holds an override, the provision keeps it by
/// saying so, and reports show it where it stands instead of letting it
/// reorder the words around it.
#[test]
fn a_text_that_declares_its_overrides_keeps_them_and_reports_show_them() {
    let (dir, path) = arcadia_with(
        "for exploitation, within Arcadia or across its borders.\"",
        "for exploitation, for up to \\u202E02\\u202C years.\"\n    bidi_controls_in_source: true",
    );
    let (code, said) = run(&["validate"], &path);
    assert_eq!(code, Some(0), "{said}");
    for (format, shown) in [
        ("html", "&lt;U+202E&gt;02&lt;U+202C&gt;"),
        ("md", r"\<U+202E\>02\<U+202C\>"),
    ] {
        let out = dir.path().join(format!("xa.{format}"));
        let (code, said) = run(
            &[
                "report",
                "--format",
                format,
                "-o",
                out.to_str().expect("utf-8"),
            ],
            &path,
        );
        assert_eq!(code, Some(0), "{said}");
        let page = std::fs::read_to_string(&out).expect("report");
        assert!(page.contains(shown), "{format}: {shown} not in the report");
        assert!(!page.contains(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}']));
    }
}

/// A character that takes no room on screen in a term, an id or a code made
/// the diagnostic say "unknown act `transportation`" with a did-you-mean of
/// `transportation`: it is shown now.
#[test]
fn an_invisible_character_in_a_term_or_an_id_is_shown_in_the_diagnostic() {
    for (from, to, shown) in [
        (
            "receipt, delivery]",
            "receipt, \"delivery\\u200B\"]",
            "`delivery<U+200B>`",
        ),
        ("id: xa-tip", "id: \"xa-tip\\uFEFF\"", "xa-tip<U+FEFF>"),
        ("code: XA", "code: \"X\\u200DA\"", "X<U+200D>A"),
    ] {
        let (_dir, path) = arcadia_with(from, to);
        let (code, said) = run(&["validate"], &path);
        assert_eq!(code, Some(2), "{said}");
        assert!(said.contains(shown), "{shown} not in: {said}");
    }
}

/// Issue 18: a `!!binary` text was decoded from base64, so a report quoted
/// words the file does not show; a merge key gave a fact a second value that
/// silently lost; a custom tag on a boolean was ignored. Each is refused
/// (E013), every one of a file at once.
#[test]
fn yaml_tags_and_merge_keys_are_refused() {
    for (from, to, shown) in [
        (
            "name: Arcadia (fictional)",
            "name: !!binary QXJjYWRpYSAoZmljdGlvbmFsKQ==",
            "`!!binary`",
        ),
        (
            "consent_irrelevant: true",
            "consent_irrelevant: !maybe true",
            "`!maybe`",
        ),
        (
            "consent_irrelevant: true",
            "consent_irrelevant: true\n    <<: {consent_irrelevant: false}",
            "`<<`",
        ),
    ] {
        let (_dir, path) = arcadia_with(from, to);
        let (code, said) = run(&["validate"], &path);
        assert_eq!(code, Some(2), "{to}: {said}");
        assert!(said.contains("E013") && said.contains(shown), "{said}");
    }
}

/// A `!` or a `<<` inside a text is the text's own: only YAML's tags and
/// merge keys are refused.
#[test]
fn an_exclamation_mark_or_chevrons_in_a_text_are_text() {
    let (_dir, path) = arcadia_with(
        "name: Arcadia (fictional)",
        "name: \"Arcadia! <<fictional>> !!binary\"",
    );
    let (code, said) = run(&["validate"], &path);
    assert_eq!(code, Some(0), "{said}");
}

/// Issue 18: 20,000 errors on one line took 25 s to print (each drawing
/// read the whole file). Each file's first 50 are drawn and the rest
/// counted; the JSON has every one.
#[test]
fn a_file_with_thousands_of_errors_draws_the_first_and_counts_the_rest() {
    let terms: Vec<String> = (0..200).map(|i| format!("bogus{i}")).collect();
    let (_dir, path) = arcadia_with(
        "acts: [recruitment,",
        &format!("acts: [{}, recruitment,", terms.join(", ")),
    );
    let (code, said) = run(&["validate"], &path);
    assert_eq!(code, Some(2));
    assert_eq!(said.matches("error[E030]").count(), 50, "{said}");
    assert!(said.contains("… and 150 more diagnostics in"), "{said}");
    assert!(said.contains("200 error(s)"), "{said}");
    let (_, json) = run(&["validate", "--format", "json"], &path);
    assert_eq!(json.matches("\"E030\"").count(), 200);
}

/// Issue 18: a `--templates` override with nested loops rendered until it
/// had taken 6.8 GB. A page is stopped at 512 MiB with a clear error, and
/// nothing is written.
#[test]
fn a_template_that_writes_without_end_is_stopped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).expect("mkdir");
    let chunk = "x".repeat(512 * 1024);
    std::fs::write(
        templates.join("report.md"),
        format!(
            "{{% for a in range(end=100000) %}}{{% for b in range(end=100000) %}}{chunk}{{% endfor %}}{{% endfor %}}"
        ),
    )
    .expect("template");
    let out = dir.path().join("xa.md");
    let run = assert_cmd::Command::cargo_bin("lexgap")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "report",
            "--format",
            "md",
            "tests/fixtures/xa-arcadia.yaml",
            "-o",
        ])
        .arg(&out)
        .arg("--templates")
        .arg(&templates)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{said}");
    assert!(said.contains("exceeds 512 MiB"), "{said}");
    assert!(!out.exists(), "a page was written");
}

/// Issue 18: a draft's `base:` could name any file, and a diagnostic quoted
/// a line of it. A base is a jurisdiction file (a bundled code, or one
/// `.yaml` file whose top level is `jurisdiction:`); anything else is not
/// quoted.
#[test]
fn a_drafts_base_is_a_jurisdiction_file_and_nothing_else_is_quoted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let draft = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/drafts/xb-draft-reform.yaml"
    ))
    .expect("draft");
    std::fs::write(dir.path().join("secret.txt"), "root:SECRET-LINE:0:0\n").expect("write");
    std::fs::write(dir.path().join("secret.yaml"), "password: SECRET-LINE\n").expect("write");
    std::fs::write(dir.path().join("other-draft.yaml"), &draft).expect("write");
    for base in ["secret.txt", "secret.yaml", "other-draft.yaml", "."] {
        let path = dir.path().join("draft.yaml");
        std::fs::write(
            &path,
            draft.replacen(
                "base: ../fixtures/xb-borduria.yaml",
                &format!("base: {base}"),
                1,
            ),
        )
        .expect("write");
        let (code, said) = run(&["validate"], &path);
        assert_eq!(code, Some(2), "{base}: {said}");
        assert!(
            said.contains("is not a jurisdiction file"),
            "{base}: {said}"
        );
        assert!(!said.contains("SECRET-LINE"), "{base}: {said}");
    }
}

/// Issue 18: YAML ends a line at a CR too; a file saved with CR line ends
/// was reported as empty (E005). And a bare CR in a title broke the row of
/// a Markdown table.
#[test]
fn carriage_returns_end_lines_and_never_break_a_markdown_row() {
    let text = arcadia();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("xa.yaml");
    std::fs::write(&path, text.replace('\n', "\r")).expect("write");
    let (code, said) = run(&["validate"], &path);
    assert_eq!(code, Some(0), "{said}");
    // A CR written as an escape is refused with the control characters
    // (E024); the Markdown escaping ends a line at one as well
    // (`render::markdown`'s tests), so none can reach a table row.
    let (_dir, path) = arcadia_with(
        "title: Trafficking in persons",
        "title: \"Trafficking\\rin persons\"",
    );
    let (code, said) = run(&["validate"], &path);
    assert_eq!(code, Some(2), "{said}");
    assert!(said.contains("E024") && said.contains("U+000D"), "{said}");
}
