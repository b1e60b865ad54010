//! The README's sample outputs are the binary's: every ```text block that
//! starts with `$ lexgap ARGS` is run, and its lines must be the output's.
//! A `…` inside a line stands for any text; a line that is only `…` for any
//! number of lines. So the README cannot go stale: change the output and this
//! test names the line to update.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The samples: the arguments after `$ lexgap` and the expected lines.
fn samples(readme: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "```text" {
            continue;
        }
        let block: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
        if let Some(args) = block.first().and_then(|l| l.strip_prefix("$ lexgap ")) {
            out.push((
                args.split_whitespace().map(str::to_owned).collect(),
                block[1..].iter().map(|l| (*l).to_owned()).collect(),
            ));
        }
    }
    out
}

/// Whether `line` matches `pattern`, where each `…` stands for any text.
fn line_matches(pattern: &str, line: &str) -> bool {
    let pieces: Vec<&str> = pattern.split('…').collect();
    if pieces.len() == 1 {
        return pattern.trim_end() == line.trim_end();
    }
    let line = line.trim_end();
    let (first, last) = (pieces[0], pieces[pieces.len() - 1].trim_end());
    let Some(mut rest) = line.strip_prefix(first) else {
        return false;
    };
    for piece in &pieces[1..pieces.len() - 1] {
        match rest.find(piece) {
            Some(i) => rest = &rest[i + piece.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// Whether the output lines match the expected ones, a line `…` standing
/// for any number of lines.
fn lines_match(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((e, rest)) if e.trim() == "…" => {
            (0..=actual.len()).any(|skip| lines_match(rest, &actual[skip..]))
        }
        Some((e, rest)) => actual
            .split_first()
            .is_some_and(|(a, more)| line_matches(e, a) && lines_match(rest, more)),
    }
}

#[test]
fn the_readme_samples_are_what_the_binary_prints() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let samples = samples(&readme);
    assert!(samples.len() >= 2, "the README's samples were not found");
    for (args, expected) in samples {
        let o = assert_cmd::Command::cargo_bin("lexgap")
            .expect("binary")
            .current_dir(root())
            .args(&args)
            .output()
            .expect("runs");
        let out = String::from_utf8(o.stdout).expect("UTF-8");
        let actual: Vec<&str> = out.lines().collect();
        assert!(
            lines_match(&expected, &actual),
            "README sample `lexgap {}` is stale; the binary prints:\n{out}",
            args.join(" ")
        );
    }
}

#[test]
fn the_matcher_can_fail() {
    let e = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert!(lines_match(&e(&["a …", "…", "z"]), &["a b", "x", "y", "z"]));
    assert!(!lines_match(&e(&["a …", "z"]), &["a b", "x", "z"]));
    assert!(!line_matches(
        "met 23 · … definition: partial",
        "met 22 · x definition: partial"
    ));
    assert!(line_matches(
        "met 23 · … definition: partial",
        "met 23 · x definition: partial"
    ));
}
