//! Helpers the integration tests share: the command as a user runs it from
//! the checkout, and a bundled file loaded as text (to try an older form of
//! it). Each test crate uses some of them.
#![allow(dead_code)]

use assert_cmd::Command;
use lexgap::diag::{Severity, render_human};
use lexgap::load::{Input, load};

/// `lexgap`, run from the checkout (so the bundled data on disk is read).
pub fn lexgap() -> Command {
    let mut c = Command::cargo_bin("lexgap").expect("binary built");
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// What a successful run prints.
pub fn stdout_of(args: &[&str]) -> String {
    let out = lexgap().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A bundled jurisdiction file, as text.
pub fn bundled(name: &str) -> String {
    let path = format!("{}/statutes/national/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("bundled file")
}

/// The errors of one file given as text, and its diagnostics as a user reads
/// them.
pub fn errors_of(name: &str, text: String) -> (usize, String) {
    let loaded = load(&[Input::Text {
        name: name.into(),
        text,
    }]);
    let said = render_human(&loaded.diagnostics.items, &loaded.sources);
    (loaded.diagnostics.count(Severity::Error), said)
}
