//! Writing outputs atomically: each file is written to a temporary file in
//! its own directory and renamed over the target, so a reader never sees a
//! half-written report and a failure leaves no partial file. An output path
//! that is also an input (a jurisdiction file, a template) is refused before
//! anything is written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Writes `bytes` to `path` atomically: temporary file in the same
/// directory, flushed to disk, then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Like [`write_atomic`], with the content produced by `fill`. If `fill`
/// fails, the temporary file is removed and `path` is left as it was.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "the output path names no file")
        })?
        .to_string_lossy()
        .into_owned();
    if path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            format!("{} is a directory", path.display()),
        ));
    }
    let (tmp, mut file) = create_temp(&dir, &name)?;
    let result = fill(&mut file)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&tmp, path)
        });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let pid = std::process::id();
    for _ in 0..100 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.lexgap-{pid}-{n}.tmp"));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "cannot create a temporary file",
    ))
}

/// The input among `inputs` that `output` would overwrite, if any. Paths are
/// compared after resolving links and `..`; an output that does not exist
/// yet is compared through its (resolved) directory.
pub fn clashing_input<'a>(output: &Path, inputs: &'a [PathBuf]) -> Option<&'a Path> {
    let out = resolve(output)?;
    inputs
        .iter()
        .find(|i| resolve(i).is_some_and(|r| r == out))
        .map(PathBuf::as_path)
}

fn resolve(p: &Path) -> Option<PathBuf> {
    if let Ok(c) = fs::canonicalize(p) {
        return Some(c);
    }
    let parent = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(parent).ok()?.join(p.file_name()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("r.html");
        write_atomic(&p, b"one").expect("write");
        write_atomic(&p, b"two").expect("rewrite");
        assert_eq!(fs::read(&p).expect("read"), b"two");
        assert_eq!(names(dir.path()), ["r.html"]);
    }

    #[test]
    fn a_failure_leaves_no_partial_file_and_the_old_one_intact() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("r.html");
        let err = write_atomic_with(&p, |f| {
            f.write_all(b"half a rep")?;
            Err(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));

        write_atomic(&p, b"old").expect("write");
        let err = write_atomic_with(&p, |f| {
            f.write_all(b"new but cut")?;
            Err(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read(&p).expect("read"), b"old");
        assert_eq!(names(dir.path()), ["r.html"]);
    }

    #[test]
    fn an_output_equal_to_an_input_is_found_through_other_spellings() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("kw.yaml");
        fs::write(&input, "x").expect("write");
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).expect("mkdir");
        let other = sub.join("../kw.yaml");
        let inputs = [input.clone()];
        assert_eq!(clashing_input(&other, &inputs), Some(input.as_path()));
        assert_eq!(clashing_input(&sub.join("kw.yaml"), &inputs), None);
        assert_eq!(clashing_input(&dir.path().join("new.html"), &inputs), None);
    }
}
