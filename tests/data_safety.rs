//! Never losing or misstating data (issue 17), as a user meets it: an output
//! can never replace the data it was made from; in a checkout, a run reads
//! the files on disk and says which copy it read; a draft can take items out
//! of a list and the diff says so; a definition with unstated elements is
//! never called full; and a killed, crowded or out-of-space run leaves the
//! output as it was.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn lexgap(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("lexgap").expect("binary built");
    c.current_dir(dir);
    c
}

fn run(dir: &Path, args: &[&str]) -> Output {
    lexgap(dir).args(args).output().expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for e in fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// A scratch checkout of lexgap's data: a copy of `statutes/`.
fn checkout() -> tempfile::TempDir {
    let t = tempfile::tempdir().expect("tempdir");
    copy_dir(&root().join("statutes"), &t.path().join("statutes"));
    t
}

/// Every file under `dir` with its bytes, sorted by path.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("under root").to_path_buf();
                out.push((rel, fs::read(&p).expect("read")));
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}

fn temps_in(dir: &Path) -> Vec<PathBuf> {
    snapshot(dir)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect()
}

fn assert_refused(o: &Output, code: &str) {
    let err = stderr(o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "exit {:?}\n{err}",
        o.status.code()
    );
    assert!(err.contains(code), "expected {code} in\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

// 1. An output is never one of the inputs.

#[test]
fn a_report_cannot_overwrite_the_law_it_reports_on() {
    let t = checkout();
    let kw = t.path().join("statutes/national/kw.yaml");
    let before = fs::read(&kw).expect("read");
    for format in ["html", "md", "json"] {
        let o = run(
            t.path(),
            &[
                "report",
                "KW",
                "--format",
                format,
                "-o",
                "statutes/national/kw.yaml",
            ],
        );
        assert_refused(&o, "E080");
        assert_eq!(fs::read(&kw).expect("read"), before, "kw.yaml changed");
    }
}

#[test]
fn other_spellings_of_the_input_are_refused_too() {
    let t = checkout();
    let kw = t.path().join("statutes/national/kw.yaml");
    let before = fs::read(&kw).expect("read");
    fs::create_dir(t.path().join("out")).expect("mkdir");
    fs::hard_link(&kw, t.path().join("out/hard.yaml")).expect("hard link");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("statutes/national", t.path().join("nat")).expect("symlink");
        std::os::unix::fs::symlink("../statutes/national/kw.yaml", t.path().join("out/kw.html"))
            .expect("symlink");
    }
    let mut outputs = vec!["out/hard.yaml", "./statutes/../statutes/national/kw.yaml"];
    if cfg!(unix) {
        outputs.extend(["nat/kw.yaml", "out/kw.html"]);
    }
    for out in outputs {
        let o = run(
            t.path(),
            &["report", "statutes/national/kw.yaml", "-o", out],
        );
        assert_refused(&o, "E080");
        assert_eq!(
            fs::read(&kw).expect("read"),
            before,
            "-o {out} changed kw.yaml"
        );
    }
}

#[test]
fn no_output_lands_in_the_data_directories() {
    let t = checkout();
    let before = snapshot(&t.path().join("statutes"));
    let o = run(
        t.path(),
        &["report", "KW", "-o", "statutes/national/kw.html"],
    );
    assert_refused(&o, "E080");
    let o = run(t.path(), &["site", "KW", "-o", "statutes"]);
    assert_refused(&o, "E080");
    assert_eq!(snapshot(&t.path().join("statutes")), before);
}

#[test]
fn every_command_that_writes_refuses_the_data() {
    let t = checkout();
    // A user's own templates are inputs of the run too.
    let mine = t.path().join("mine");
    fs::create_dir(&mine).expect("mkdir");
    for name in ["report.md", "index.html"] {
        fs::copy(root().join("templates").join(name), mine.join(name)).expect("copy");
    }
    let before = (snapshot(&t.path().join("statutes")), snapshot(&mine));
    let runs: &[&[&str]] = &[
        &["compare", "KW", "BH", "-o", "statutes/national/bh.yaml"],
        &["compare", "KW", "BH", "-o", "statutes/compare.html"],
        &["schema", "draft", "-o", "statutes/national/kw.yaml"],
        &["man", "-o", "statutes"],
        &[
            "report",
            "KW",
            "--format",
            "md",
            "--templates",
            "mine",
            "-o",
            "mine/report.md",
        ],
        // The site's index.html would replace the user's index.html.
        &["site", "KW", "--templates", "mine", "-o", "mine"],
    ];
    for args in runs {
        let o = run(t.path(), args);
        assert_refused(&o, "E080");
        assert_eq!(
            (snapshot(&t.path().join("statutes")), snapshot(&mine)),
            before,
            "{args:?} wrote into the data"
        );
    }
    // `init` may create a new encoding there, never replace one.
    let o = run(t.path(), &["init", "KW", "-o", "statutes/national/kw.yaml"]);
    assert_refused(&o, "E082");
    assert_eq!(snapshot(&t.path().join("statutes")), before.0);
}

// 2. In a checkout the files on disk are read, and every run says which copy.

#[test]
fn an_edit_in_a_checkout_is_what_the_run_reads() {
    let t = checkout();
    let kw = t.path().join("statutes/national/kw.yaml");
    let text = fs::read_to_string(&kw).expect("read");
    let edited = text.replacen("name: Kuwait", "name: Kuwait (edited)", 1);
    assert_ne!(edited, text, "the fixture edit must apply");
    fs::write(&kw, edited).expect("write");
    let o = run(t.path(), &["check", "KW"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first = stdout(&o);
    let first = first.lines().next().expect("a line");
    assert!(first.contains("Kuwait (edited)"), "{first}");
    assert!(first.contains("statutes/national/kw.yaml"), "{first}");
    assert!(!first.contains("bundled with lexgap"), "{first}");
}

#[test]
fn outside_a_checkout_the_bundled_copy_is_read_and_labelled() {
    let t = tempfile::tempdir().expect("tempdir");
    let o = run(t.path(), &["check", "KW"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let first = out.lines().next().expect("a line");
    assert!(
        first.contains("statutes/national/kw.yaml (bundled with lexgap"),
        "{first}"
    );
    // The report says it too, where a reader of the page sees it.
    let o = run(t.path(), &["report", "KW", "--format", "md"]);
    assert!(stdout(&o).contains("(bundled with lexgap"));
}

// 3. A draft can take items out of a list, and both `diff` and `check` say
// what it took out. (Errors and warnings of list operations are in the
// corpus: tests/bad/draft-remove-missing-list-item.yaml and
// tests/bad/draft-restates-list-warning.yaml.)

#[test]
fn a_removal_in_a_draft_is_reported_as_taken_out() {
    let base = "tests/fixtures/xb-borduria.yaml";
    let draft = "tests/drafts/xb-draft-list-ops.yaml";
    let o = run(root(), &["diff", base, draft]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Taken out by the new version (1):"), "{out}");
    assert!(
        out.contains("xb-tip: harbouring is no longer among its acts"),
        "{out}"
    );
    let o = run(root(), &["check", draft]);
    let out = stdout(&o);
    assert!(
        out.contains("xb-tip: harbouring is no longer among its acts"),
        "{out}"
    );
    for format in ["md", "html"] {
        let o = run(root(), &["diff", "--format", format, base, draft]);
        let page = stdout(&o);
        assert!(page.contains("Taken out by the new version"), "{format}");
        assert!(
            page.contains("xb-tip: harbouring is no longer among its acts"),
            "{format}: {page}"
        );
    }
    let o = run(root(), &["diff", "--format", "json", base, draft]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let removed = v["diff"]["removed"].as_array().expect("removed");
    assert_eq!(removed.len(), 1, "{removed:?}");
    assert!(
        !stderr(&o).contains("W003"),
        "add/remove must not warn: {}",
        stderr(&o)
    );
}

// 4. A draft that closes gaps does not lower the definition class: with
// elements the encoding does not state, the definition is "full so far",
// never "full" and never "unknown". The restated form is the draft that
// showed the bug (partial → unknown).

#[test]
fn a_definition_with_unstated_elements_is_full_so_far() {
    for draft in [
        "tests/drafts/kw-draft-full-so-far-restated.yaml",
        "tests/drafts/kw-draft-full-so-far.yaml",
    ] {
        let o = run(root(), &["check", draft]);
        assert_eq!(o.status.code(), Some(0), "{draft}: {}", stderr(&o));
        let out = stdout(&o);
        let tip = out
            .lines()
            .find(|l| l.contains("TiP Protocol") && l.contains("→"))
            .expect("a TiP line");
        assert!(
            tip.contains("definition partial → full so far"),
            "{draft}: {tip}"
        );
        let o = run(root(), &["report", draft, "--format", "json"]);
        let text = stdout(&o);
        assert!(
            text.contains("full_so_far"),
            "{draft}: JSON names the class"
        );
        assert!(!text.contains("\"full\""), "{draft}: never plain full");
    }
}

// 5. Concurrent, killed and out-of-space runs.

#[test]
fn a_second_run_into_a_locked_site_is_refused() {
    let t = tempfile::tempdir().expect("tempdir");
    let lock = fs::File::create(t.path().join(".site.lexgap.lock")).expect("lock file");
    lock.lock().expect("lock");
    let o = run(t.path(), &["site", "-o", "site", "KW"]);
    assert_refused(&o, "E083");
    assert!(!t.path().join("site").exists(), "nothing written");
    lock.unlock().expect("unlock");
    let o = run(t.path(), &["site", "-o", "site", "KW"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_killed_site_run_leaves_the_old_site_and_the_rerun_cleans_up() {
    let t = tempfile::tempdir().expect("tempdir");
    let site = t.path().join("site");
    let o = run(t.path(), &["site", "-o", "site", "--date", "2026-12-01"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let old = snapshot(&site);
    assert!(old.len() > 10, "a site of the bundled data");

    // The same input gives the same bytes, so whatever moment the kill
    // lands at, every page must be the old page: a half-written page or
    // a lost one would differ.
    // SIGKILL gives the run no chance to clean up; SIGINT (Ctrl-C) is the
    // interruption a user makes.
    for (signal, delay) in [("KILL", 50), ("INT", 200), ("KILL", 400), ("INT", 600)] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lexgap"))
            .current_dir(t.path())
            .args(["site", "-o", "site", "--date", "2026-12-01"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay));
        let _ = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status();
        let _ = child.wait();
        let now: Vec<_> = snapshot(&site)
            .into_iter()
            .filter(|(p, _)| !p.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert_eq!(now, old, "SIG{signal} after {delay} ms: the site changed");
    }
    let o = run(t.path(), &["site", "-o", "site", "--date", "2026-12-01"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(temps_in(&site), Vec::<PathBuf>::new(), "stale temps remain");
    assert_eq!(snapshot(&site), old);
    let leftovers: Vec<_> = fs::read_dir(t.path())
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "site")
        .collect();
    assert!(leftovers.is_empty(), "beside the site: {leftovers:?}");
}

/// A full disk: a tmpfs small enough to fill. Mounting needs root; where
/// it is refused the test says so and checks nothing (run it as root, or see
/// README "Output files" for the manual check).
#[test]
fn a_full_disk_leaves_the_old_report_in_place() {
    let t = tempfile::tempdir().expect("tempdir");
    let small = t.path().join("small");
    fs::create_dir(&small).expect("mkdir");
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(&small)
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _guard = Unmount(small.clone());

    let o = run(t.path(), &["report", "KW", "-o", "small/kw.html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let old = fs::read(small.join("kw.html")).expect("read");
    // Fill what is left, so the next report's temporary file cannot be
    // written in full.
    let mut filler = fs::File::create(small.join("filler")).expect("filler");
    let chunk = vec![0u8; 4096];
    while std::io::Write::write_all(&mut filler, &chunk).is_ok() {}
    drop(filler);

    let o = run(
        t.path(),
        &[
            "report",
            "KW",
            "--date",
            "2026-12-01",
            "-o",
            "small/kw.html",
        ],
    );
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a full disk must fail the run: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("small/kw.html"),
        "the message names the file: {err}"
    );
    assert!(err.contains("No space left"), "{err}");
    assert_eq!(fs::read(small.join("kw.html")).expect("read"), old);
    assert_eq!(temps_in(&small), Vec::<PathBuf>::new());

    // The same for a site: the old one stays, no temporary file remains.
    fs::remove_file(small.join("filler")).expect("rm");
    fs::remove_file(small.join("kw.html")).expect("rm");
    let o = run(t.path(), &["site", "-o", "small/site", "KW"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let old_site = snapshot(&small.join("site"));
    let mut filler = fs::File::create(small.join("filler")).expect("filler");
    while std::io::Write::write_all(&mut filler, &chunk).is_ok() {}
    drop(filler);
    let o = run(
        t.path(),
        &["site", "-o", "small/site", "--date", "2026-12-01", "KW"],
    );
    assert_ne!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(snapshot(&small.join("site")), old_site);
}

/// Issue 18: `-o` naming a device, a FIFO or a link to one writes to it as a
/// stream and leaves it what it was; renaming a file over it (as every output
/// was written before) turned it into a plain file, and as root `-o
/// /dev/null` would have replaced the system's `/dev/null`.
#[cfg(unix)]
#[test]
fn an_output_that_is_a_device_a_fifo_or_a_link_to_one_stays_what_it_is() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("out.html");
    std::os::unix::fs::symlink("/dev/null", &link).expect("link");
    let o = run(dir.path(), &["report", "KW", "-o", "out.html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        fs::symlink_metadata(&link)
            .expect("still there")
            .file_type()
            .is_symlink(),
        "the link to /dev/null was replaced"
    );
    assert!(
        fs::metadata("/dev/null")
            .expect("/dev/null")
            .file_type()
            .is_char_device()
    );

    let fifo = dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).expect("reads the FIFO"))
    };
    let o = run(
        dir.path(),
        &["report", "KW", "--format", "md", "-o", "fifo"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let read = reader.join().expect("reader");
    assert!(read.starts_with("# Kuwait (KW)"), "{read}");
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo(),
        "the FIFO was replaced by a file"
    );
}

/// A socket, a link to nothing: refused with exit 2, and left as they were;
/// `-o -` is standard output, not a file named `-`.
#[cfg(unix)]
#[test]
fn an_output_lexgap_cannot_write_is_refused_and_dash_is_standard_output() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let socket = dir.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("socket");
    let o = run(dir.path(), &["report", "KW", "-o", "sock"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("sock is a socket"), "{}", stderr(&o));
    assert!(
        fs::symlink_metadata(&socket)
            .expect("still there")
            .file_type()
            .is_socket()
    );
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("dangling"))
        .expect("link");
    let o = run(dir.path(), &["schema", "-o", "dangling"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("dangling is a link to nothing"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("nowhere").exists());

    let o = run(dir.path(), &["report", "KW", "--format", "md", "-o", "-"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("# Kuwait (KW)"));
    assert!(!dir.path().join("-").exists(), "a file named - was written");
}
