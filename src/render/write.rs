//! Writing outputs atomically: each file is written to a temporary file in
//! its own directory and renamed over the target, so a reader never sees a
//! half-written report and a failure leaves no partial file. An output path
//! that is also an input (a jurisdiction file, a template, by any spelling or
//! link) or that lies in lexgap's own data is refused before anything is
//! written.

use crate::project;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// What an output path is, and so how lexgap may write it. Renaming a
/// temporary file over a device, a FIFO or a link to one would turn it into
/// a plain file (as root, `-o /dev/null` would replace the system's
/// `/dev/null`), so only a regular file or a new path is written atomically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A new path or a regular file: written atomically. For a link to a
    /// regular file, its target, so that the link stays a link.
    File(PathBuf),
    /// A character device or a FIFO (or a link to one): written in place,
    /// as a stream.
    Stream,
    /// Anything else, refused: a directory, a socket, a block device, a
    /// link to nothing, another special file.
    Refused(Refusal),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Directory,
    Socket,
    BlockDevice,
    DanglingLink,
    Special,
}

pub fn target_of(path: &Path) -> Target {
    let Ok(own) = fs::symlink_metadata(path) else {
        return Target::File(path.to_path_buf());
    };
    let link = own.file_type().is_symlink();
    let Ok(meta) = (if link { fs::metadata(path) } else { Ok(own) }) else {
        return Target::Refused(Refusal::DanglingLink);
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return if link {
            fs::canonicalize(path).map_or(Target::Refused(Refusal::DanglingLink), Target::File)
        } else {
            Target::File(path.to_path_buf())
        };
    }
    if kind.is_dir() {
        return Target::Refused(Refusal::Directory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_fifo() {
            return Target::Stream;
        }
        if kind.is_socket() {
            return Target::Refused(Refusal::Socket);
        }
        if kind.is_block_device() {
            return Target::Refused(Refusal::BlockDevice);
        }
    }
    Target::Refused(Refusal::Special)
}

/// Writes `bytes` to `path`: atomically over a regular file or a new path,
/// as a stream to a device or a FIFO ([`Target`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Like [`write_atomic`], with the content produced by `fill`. If `fill`
/// fails, the temporary file is removed and `path` is left as it was.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    match target_of(path) {
        Target::File(file) => replace(&file, fill),
        Target::Stream => {
            let mut stream = OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| at(path, e))?;
            fill(&mut stream).map_err(|e| at(path, e))
        }
        Target::Refused(Refusal::Directory) => Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            format!("{} is a directory", path.display()),
        )),
        Target::Refused(what) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{} is not a regular file, a device or a FIFO ({what:?}); nothing was written",
                path.display()
            ),
        )),
    }
}

/// A temporary file in the same directory, flushed to disk, then renamed
/// over `path`.
fn replace(path: &Path, fill: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    remove_stale_temps(path);
    let (tmp, mut file) = create_temp_for(path).map_err(|e| at(path, e))?;
    let result = fill(&mut file)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&tmp, path)
        });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(|e| at(path, e))
}

/// The error with the path it happened at, so that the message names the
/// file ("out/kw.html: No space left on device").
fn at(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// The target a temporary file of lexgap was made for and the process that
/// made it: `.kw.html.lexgap-4242-0.tmp` → (`kw.html`, 4242).
fn temp_target(name: &str) -> Option<(&str, u32)> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (target, tail) = rest.rsplit_once(".lexgap-")?;
    let (pid, n) = tail.split_once('-')?;
    n.parse::<u32>().ok()?;
    Some((target, pid.parse().ok()?))
}

/// Whether the process `pid` is gone, where the system says (Linux's
/// `/proc`); elsewhere nothing is known and nothing is removed.
fn process_gone(pid: u32) -> bool {
    Path::new("/proc/self").exists() && !Path::new(&format!("/proc/{pid}")).exists()
}

/// Removes the temporary files that a killed run (SIGKILL, SIGINT, power
/// loss) left beside `target`.
fn remove_stale_temps(target: &Path) {
    let (Some(dir), Some(name)) = (dir_of(target), target.file_name()) else {
        return;
    };
    let name = name.to_string_lossy();
    remove_stale_in(dir, |t| t == name, false);
}

/// Removes the temporary files of killed runs in `dir` (and below, when
/// `deep`) whose target `wanted` accepts.
fn remove_stale_in(dir: &Path, wanted: impl Fn(&str) -> bool + Copy, deep: bool) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name();
        let name = name.to_string_lossy();
        match e.file_type() {
            Ok(t) if t.is_dir() && deep => remove_stale_in(&e.path(), wanted, deep),
            Ok(t) if t.is_file() => {
                if let Some((target, pid)) = temp_target(&name)
                    && wanted(target)
                    && process_gone(pid)
                {
                    let _ = fs::remove_file(e.path());
                }
            }
            _ => {}
        }
    }
}

fn dir_of(path: &Path) -> Option<&Path> {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => Some(d),
        Some(_) => Some(Path::new(".")),
        None => None,
    }
}

/// One writer at a time into a directory: an advisory lock on a file beside
/// it (`.NAME.lexgap.lock` in its parent, so the output directory holds
/// only the output). The system releases the lock when the process ends,
/// however it ends, so a killed run never leaves the directory locked.
#[derive(Debug)]
pub struct DirLock {
    path: PathBuf,
    _file: File,
}

/// Another run holds the lock.
#[derive(Debug)]
pub struct Busy {
    pub lock: PathBuf,
}

impl DirLock {
    pub fn acquire(dir: &Path) -> io::Result<Result<DirLock, Busy>> {
        let parent = dir_of(dir).unwrap_or(Path::new("."));
        if !parent.as_os_str().is_empty() {
            fs::create_dir_all(parent).map_err(|e| at(parent, e))?;
        }
        let name = dir
            .file_name()
            .map_or_else(|| "site".to_owned(), |n| n.to_string_lossy().into_owned());
        let path = parent.join(format!(".{name}.lexgap.lock"));
        loop {
            let file = OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(|e| at(&path, e))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => return Ok(Err(Busy { lock: path })),
                Err(fs::TryLockError::Error(e)) => return Err(at(&path, e)),
            }
            // The run before may have removed the file between our open and
            // our lock: then the lock is on a file no one else will find.
            if file_key(&path).is_some() && file_key(&path) == key_of_open(&file) {
                return Ok(Ok(DirLock { path, _file: file }));
            }
        }
    }
}

#[cfg(unix)]
fn key_of_open(f: &File) -> Option<FileKey> {
    use std::os::unix::fs::MetadataExt;
    f.metadata().ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn key_of_open(_: &File) -> Option<FileKey> {
    None
}

impl Drop for DirLock {
    fn drop(&mut self) {
        // Removed while still held, so that no one locks it after us.
        let _ = fs::remove_file(&self.path);
    }
}

/// A new temporary file beside `path` (in its directory, named after it).
fn create_temp_for(path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = dir_of(path).unwrap_or(Path::new("."));
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

/// Why an output path is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Clash<'a> {
    /// It is (or links to) this input of the run.
    Input(&'a Path),
    /// It lies in this directory of lexgap's own data (`statutes/`,
    /// `scenarios/`, `templates/`).
    Data(&'a Path),
}

/// What no output of a run may replace: the files it read (by path, by
/// symbolic link or by hard link) and lexgap's own data directories
/// ([`project::protected_dirs`]). Resolved once, to check many outputs
/// against them (a site of a thousand jurisdictions has two thousand pages
/// and a thousand inputs: resolving every input for every page took most of
/// the run).
#[derive(Debug)]
pub struct Inputs {
    /// (resolved, as given), in the order given.
    resolved: Vec<(PathBuf, PathBuf)>,
    /// (device, inode) of each input, for hard links.
    ids: Vec<(FileKey, PathBuf)>,
    data: &'static [PathBuf],
}

type FileKey = (u64, u64);

#[cfg(unix)]
fn file_key(p: &Path) -> Option<FileKey> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(p).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_key(_: &Path) -> Option<FileKey> {
    None
}

impl Inputs {
    pub fn new(inputs: &[PathBuf]) -> Inputs {
        Inputs::with_data(inputs, project::protected_dirs())
    }

    /// As [`new`](Self::new), with `data` as the protected directories.
    pub fn with_data(inputs: &[PathBuf], data: &'static [PathBuf]) -> Inputs {
        Inputs {
            resolved: inputs
                .iter()
                .filter_map(|i| Some((resolve(i)?, i.clone())))
                .collect(),
            ids: inputs
                .iter()
                .filter_map(|i| Some((file_key(i)?, i.clone())))
                .collect(),
            data,
        }
    }

    /// Why `output` may not be written, if it may not.
    pub fn clash(&self, output: &Path) -> Option<Clash<'_>> {
        let out = resolve(output)?;
        if let Some((_, i)) = self.resolved.iter().find(|(r, _)| *r == out) {
            return Some(Clash::Input(i));
        }
        if let Some(key) = file_key(&out)
            && let Some((_, i)) = self.ids.iter().find(|(k, _)| *k == key)
        {
            return Some(Clash::Input(i));
        }
        if let Some(d) = self.data.iter().find(|d| out.starts_with(d)) {
            return Some(Clash::Data(d));
        }
        // Another name of a data file (a hard link): rare, so the data
        // directories are searched only for a file with more than one name.
        let key = linked_key(&out)?;
        self.data
            .iter()
            .find(|d| holds_file(d, key))
            .map(|d| Clash::Data(d.as_path()))
    }
}

/// The (device, inode) of `p` when it is a file with several names.
#[cfg(unix)]
fn linked_key(p: &Path) -> Option<FileKey> {
    use std::os::unix::fs::MetadataExt;
    let m = fs::metadata(p).ok()?;
    (m.is_file() && m.nlink() > 1).then(|| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn linked_key(_: &Path) -> Option<FileKey> {
    None
}

/// Whether the tree under `dir` holds the file `key`.
fn holds_file(dir: &Path, key: FileKey) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|e| {
        let p = e.path();
        match e.file_type() {
            Ok(t) if t.is_dir() => holds_file(&p, key),
            Ok(t) if t.is_file() => file_key(&p) == Some(key),
            _ => false,
        }
    })
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

    /// Removes the temporary files that killed runs left under the root
    /// (call it holding the root's [`DirLock`]).
    pub fn remove_stale(&self) {
        remove_stale_in(&self.root, |_| true, true);
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
        let (tmp, mut file) = create_temp_for(&path).map_err(|e| at(&path, e))?;
        let temp = TempFile {
            tmp: Some(tmp),
            target: path,
        };
        // Flushed to disk in [`commit`](Self::commit), all at once.
        file.write_all(bytes).map_err(|e| at(&temp.target, e))?;
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
        sync_all(&self.staged).map_err(|e| at(&self.root, e))?;
        let staged = std::mem::take(&mut self.staged);
        let mut result = Ok(());
        for (tmp, path) in staged {
            if result.is_ok() {
                result = fs::rename(&tmp, &path).map_err(|e| at(&path, e));
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
        let inputs = Inputs::with_data(std::slice::from_ref(&input), &[]);
        assert_eq!(
            inputs.clash(&sub.join("../kw.yaml")),
            Some(Clash::Input(input.as_path()))
        );
        assert_eq!(inputs.clash(&sub.join("kw.yaml")), None);
        assert_eq!(inputs.clash(&dir.path().join("new.html")), None);
    }

    #[cfg(unix)]
    #[test]
    fn an_output_linked_to_an_input_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("kw.yaml");
        fs::write(&input, "x").expect("write");
        let hard = dir.path().join("hard.html");
        fs::hard_link(&input, &hard).expect("hard link");
        let soft = dir.path().join("soft.html");
        std::os::unix::fs::symlink(&input, &soft).expect("symlink");
        let linked_dir = dir.path().join("linked");
        std::os::unix::fs::symlink(dir.path(), &linked_dir).expect("symlink");
        let inputs = Inputs::with_data(std::slice::from_ref(&input), &[]);
        for out in [&hard, &soft, &linked_dir.join("kw.yaml")] {
            assert_eq!(
                inputs.clash(out),
                Some(Clash::Input(input.as_path())),
                "{out:?}"
            );
        }
    }

    #[test]
    fn an_output_inside_the_data_directories_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("statutes");
        fs::create_dir_all(data.join("national")).expect("mkdir");
        let data: &'static [PathBuf] =
            Box::leak(vec![fs::canonicalize(&data).expect("canonical")].into_boxed_slice());
        let inputs = Inputs::with_data(&[], data);
        let new_file = dir.path().join("statutes/national/../national/new.html");
        assert_eq!(
            inputs.clash(&new_file),
            Some(Clash::Data(data[0].as_path()))
        );
        assert_eq!(inputs.clash(&dir.path().join("report.html")), None);
        #[cfg(unix)]
        {
            let kept = dir.path().join("statutes/national/kw.yaml");
            fs::write(&kept, "x").expect("write");
            let hard = dir.path().join("kw.html");
            fs::hard_link(&kept, &hard).expect("hard link");
            assert_eq!(inputs.clash(&hard), Some(Clash::Data(data[0].as_path())));
        }
    }
}
