//! Source files kept for the length of a run, so that diagnostics can quote
//! the lines they point at.

use super::FileId;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown to the user (relative where given relative).
    pub name: String,
    pub path: Option<PathBuf>,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(u32::try_from(self.files.len() - 1).expect("fewer than 4 billion files"))
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| {
            (
                FileId(u32::try_from(i).expect("fewer than 4 billion files")),
                f,
            )
        })
    }
}

impl SourceMap {
    /// The SHA-256 of every file read, in hexadecimal: each file's name
    /// (without the "(bundled with lexgap …)" label, so the copy on disk and
    /// the embedded one agree) and its text, in the order they were read.
    /// The same inputs give the same digest, which a report prints so that a
    /// reader can tell which data it was made from.
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for f in &self.files {
            let name = crate::project::unlabelled(&f.name);
            h.update((name.len() as u64).to_le_bytes());
            h.update(name.as_bytes());
            h.update((f.text.len() as u64).to_le_bytes());
            h.update(f.text.as_bytes());
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}
