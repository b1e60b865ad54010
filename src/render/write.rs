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
    if path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            format!("{} is a directory", path.display()),
        ));
    }
    let (tmp, mut file) = create_temp_for(path)?;
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

/// A new temporary file beside `path` (in its directory, named after it).
fn create_temp_for(path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "the output path names no file")
        })?
        .to_string_lossy();
    create_temp(dir, &name)
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

/// Input paths resolved once, to check many outputs against them (a site
/// of a thousand jurisdictions has two thousand pages and a thousand inputs:
/// resolving every input for every page took most of the run).
#[derive(Debug)]
pub struct Inputs {
    /// (resolved, as given), in the order given.
    resolved: Vec<(PathBuf, PathBuf)>,
}

impl Inputs {
    pub fn new(inputs: &[PathBuf]) -> Inputs {
        Inputs {
            resolved: inputs
                .iter()
                .filter_map(|i| Some((resolve(i)?, i.clone())))
                .collect(),
        }
    }

    /// The input that `output` would overwrite, as [`clashing_input`].
    pub fn clash(&self, output: &Path) -> Option<&Path> {
        let out = resolve(output)?;
        self.resolved
            .iter()
            .find(|(r, _)| *r == out)
            .map(|(_, i)| i.as_path())
    }
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

/// Many files written as one: each file is written to a temporary file
/// beside its target as soon as it is ready ([`Staging::stage`]), and all are
/// renamed over their targets only at the end ([`Staging::commit`]). Until
/// then, nothing is replaced; dropped without a commit (an error), the
/// temporary files and the directories it created are removed, so a failed
/// run leaves the output as it was.
#[derive(Debug)]
pub struct Staging {
    root: PathBuf,
    staged: Vec<(PathBuf, PathBuf)>,
    created: Vec<PathBuf>,
}

impl Staging {
    /// Files go under `root` (created when the first file is staged).
    pub fn new(root: &Path) -> Staging {
        Staging {
            root: root.to_path_buf(),
            staged: Vec::new(),
            created: Vec::new(),
        }
    }

    /// Writes `bytes` to a temporary file beside `root/rel` and stages it;
    /// `rel` is a relative path of plain names.
    pub fn stage(&mut self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.prepare(&[rel])?;
        let temp = self.write_temp(rel, bytes)?;
        self.adopt(temp);
        Ok(())
    }

    /// Creates the directories that the files `rels` go in (before
    /// [`write_temp`](Self::write_temp), which may run on other threads).
    pub fn prepare(&mut self, rels: &[&str]) -> io::Result<()> {
        for rel in rels {
            let path = self.root.join(rel);
            if let Some(dir) = path.parent()
                && !dir.as_os_str().is_empty()
            {
                self.create_dirs(dir)?;
            }
            if path.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    format!("{} is a directory", path.display()),
                ));
            }
        }
        Ok(())
    }

    /// Writes `bytes` to a new temporary file beside `root/rel` (its
    /// directory made by [`prepare`](Self::prepare)), on any thread. The
    /// file is removed when the returned value is dropped, unless it is
    /// given to [`adopt`](Self::adopt).
    pub fn write_temp(&self, rel: &str, bytes: &[u8]) -> io::Result<TempFile> {
        let path = self.root.join(rel);
        let (tmp, mut file) = create_temp_for(&path)?;
        let temp = TempFile {
            tmp: Some(tmp),
            target: path,
        };
        // Flushed to disk in [`commit`](Self::commit), all at once.
        file.write_all(bytes)?;
        Ok(temp)
    }

    /// Stages a file written by [`write_temp`](Self::write_temp): it is
    /// renamed over its target at [`commit`](Self::commit), in the order
    /// adopted.
    pub fn adopt(&mut self, mut temp: TempFile) {
        if let Some(tmp) = temp.tmp.take() {
            self.staged.push((tmp, std::mem::take(&mut temp.target)));
        }
    }

    /// `dir` and the directories above it that do not exist yet, recorded
    /// so that an abandoned staging removes them.
    fn create_dirs(&mut self, dir: &Path) -> io::Result<()> {
        let mut missing = Vec::new();
        let mut d = Some(dir);
        while let Some(p) = d {
            if p.as_os_str().is_empty() || p.exists() {
                break;
            }
            missing.push(p.to_path_buf());
            d = p.parent();
        }
        for p in missing.into_iter().rev() {
            fs::create_dir(&p)?;
            self.created.push(p);
        }
        Ok(())
    }

    /// Flushes every staged file to disk, then renames each over its
    /// target, in the order staged: a crash leaves either the old file or
    /// the whole new one. The flushes run side by side, because each waits
    /// on the disk and a site has hundreds of files.
    pub fn commit(mut self) -> io::Result<()> {
        sync_all(&self.staged)?;
        let staged = std::mem::take(&mut self.staged);
        let mut result = Ok(());
        for (tmp, path) in staged {
            if result.is_ok() {
                result = fs::rename(&tmp, &path);
            }
            if result.is_err() {
                let _ = fs::remove_file(&tmp);
            }
        }
        self.created.clear();
        result
    }
}

/// `fsync` of every staged temporary file, on a few threads.
fn sync_all(staged: &[(PathBuf, PathBuf)]) -> io::Result<()> {
    const THREADS: usize = 8;
    if staged.is_empty() {
        return Ok(());
    }
    let chunk = staged.len().div_ceil(THREADS);
    std::thread::scope(|scope| {
        let handles: Vec<_> = staged
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .try_for_each(|(tmp, _)| File::open(tmp)?.sync_all())
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join()
                .unwrap_or_else(|_| Err(io::Error::other("sync failed")))
        })
    })
}

/// A temporary file written for a target, removed when dropped unless a
/// [`Staging`] adopted it.
#[derive(Debug)]
pub struct TempFile {
    tmp: Option<PathBuf>,
    target: PathBuf,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = fs::remove_file(tmp);
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        for (tmp, _) in self.staged.drain(..) {
            let _ = fs::remove_file(tmp);
        }
        for dir in self.created.drain(..).rev() {
            let _ = fs::remove_dir(dir);
        }
    }
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
    fn staged_files_appear_only_on_commit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("site");
        let mut s = Staging::new(&root);
        s.stage("index.html", b"i").expect("stage");
        s.stage("jurisdictions/kw.html", b"k").expect("stage");
        assert!(!root.join("index.html").exists());
        s.commit().expect("commit");
        assert_eq!(fs::read(root.join("index.html")).expect("read"), b"i");
        assert_eq!(
            fs::read(root.join("jurisdictions/kw.html")).expect("read"),
            b"k"
        );
        assert_eq!(names(&root), ["index.html", "jurisdictions"]);
        assert_eq!(names(&root.join("jurisdictions")), ["kw.html"]);
    }

    #[test]
    fn an_abandoned_staging_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join("old.html"), b"old").expect("write");
        let root = dir.path().join("site");
        let mut s = Staging::new(&root);
        s.stage("index.html", b"i").expect("stage");
        s.stage("jurisdictions/kw.html", b"k").expect("stage");
        drop(s);
        assert_eq!(names(dir.path()), ["old.html"]);
        // In an existing directory: the existing files stay as they were.
        let mut s = Staging::new(dir.path());
        s.stage("old.html", b"new").expect("stage");
        s.stage("sub/new.html", b"new").expect("stage");
        drop(s);
        assert_eq!(names(dir.path()), ["old.html"]);
        assert_eq!(fs::read(dir.path().join("old.html")).expect("read"), b"old");
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
        let resolved = Inputs::new(&inputs);
        assert_eq!(resolved.clash(&other), Some(input.as_path()));
        assert_eq!(resolved.clash(&sub.join("kw.yaml")), None);
    }
}
