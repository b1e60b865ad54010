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
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/xa-arcadia.yaml"
    ))
    .expect("fixture");
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
