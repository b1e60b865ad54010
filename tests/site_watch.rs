//! `lexgap site --watch` (README, "A site, built again"): it builds, then
//! builds again on each save with the page cache, says what it rendered,
//! keeps the last good site when a file is invalid and goes on, and stops
//! cleanly on Ctrl-C (SIGINT).

mod common;

use common::bundled;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Long enough for a debug build of a small site on a busy machine.
const WAIT: Duration = Duration::from_secs(60);

/// Lines of the child's standard output, as they come.
fn lines_of(stdout: std::process::ChildStdout) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// The lines up to and including the first that starts with `prefix`.
fn until(rx: &mpsc::Receiver<String>, prefix: &str) -> Vec<String> {
    let mut seen = Vec::new();
    loop {
        match rx.recv_timeout(WAIT) {
            Ok(line) => {
                let done = line.starts_with(prefix);
                seen.push(line);
                if done {
                    return seen;
                }
            }
            Err(e) => panic!("no line starting {prefix:?} ({e}); saw {seen:?}"),
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("readable");
    assert!(text.contains(from));
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn watch_builds_again_on_each_save_keeps_the_last_good_site_and_stops_on_ctrl_c() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let laws = tmp.path().join("laws");
    std::fs::create_dir(&laws).expect("mkdir");
    for f in ["km.yaml", "sd.yaml"] {
        std::fs::write(laws.join(f), bundled(f)).expect("write");
    }
    let out = tmp.path().join("site");
    let mut child = Command::new(env!("CARGO_BIN_EXE_lexgap"))
        .current_dir(tmp.path())
        .args(["site", "laws", "-o", "site", "--watch"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let rx = lines_of(child.stdout.take().expect("stdout"));

    let first = until(&rx, "watching ");
    assert!(
        first[0].starts_with("built in ")
            && first[0].ends_with("16 pages rendered, 0 left as they were"),
        "{first:?}"
    );
    let index = std::fs::read(out.join("index.html")).expect("the site was built");

    // A save: the report on that jurisdiction and the pages that show every
    // jurisdiction render again, the other report does not.
    edit(
        &laws.join("km.yaml"),
        "name: Comoros",
        "name: Union of the Comoros",
    );
    let again = until(&rx, "built in ");
    assert!(
        again.iter().any(|l| l == "changed: laws/km.yaml"),
        "{again:?}"
    );
    assert!(
        again
            .last()
            .is_some_and(|l| l.ends_with("14 pages rendered, 2 left as they were")),
        "{again:?}"
    );
    let named = until(&rx, "  ");
    assert!(named[0].contains("jurisdictions/km.html"), "{named:?}");
    assert!(!named[0].contains("jurisdictions/sd.html"), "{named:?}");
    let report = std::fs::read_to_string(out.join("jurisdictions/km.html")).expect("report");
    assert!(report.contains("Union of the Comoros"));

    // An invalid file: the site stays as it was, the watch goes on.
    let before = std::fs::read(out.join("index.html")).expect("index");
    assert_ne!(before, index, "the index names the new name");
    std::fs::write(laws.join("bad.yaml"), "jurisdiction: [\n").expect("write");
    let refused = until(&rx, "the site was not changed");
    assert!(
        refused.iter().any(|l| l == "changed: laws/bad.yaml"),
        "{refused:?}"
    );
    assert_eq!(
        std::fs::read(out.join("index.html")).expect("index"),
        before
    );

    // Fixed: built again, nothing to render.
    std::fs::remove_file(laws.join("bad.yaml")).expect("rm");
    let fixed = until(&rx, "built in ");
    assert!(
        fixed
            .last()
            .is_some_and(|l| l.ends_with("0 pages rendered, 16 left as they were")),
        "{fixed:?}"
    );

    // Ctrl-C: a clean stop, exit 0.
    let stopped = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(stopped.success());
    assert_eq!(until(&rx, "stopped watching"), ["stopped watching"]);
    let status = child.wait().expect("exits");
    assert!(status.success(), "{status:?}");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err)
        .expect("UTF-8");
    assert!(
        err.contains("error[E010]"),
        "the invalid file's diagnostics: {err}"
    );
}

#[test]
fn with_nothing_on_disk_to_watch_watch_says_so() {
    // Outside a checkout, with no file named, the jurisdictions are the
    // ones embedded in the binary.
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_lexgap"))
        .current_dir(tmp.path())
        .args(["site", "-o", "site", "--watch"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("error[E084]: nothing to watch"), "{err}");
    assert!(!tmp.path().join("site").exists(), "nothing written");
}
