//! Source files kept for the length of a run, so that diagnostics can quote
//! the lines they point at.

use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct FileId(pub u32);

/// A position in a source file: 1-based line and column, byte offset and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loc {
    pub line: u32,
    pub column: u32,
    pub offset: usize,
    pub len: usize,
    /// The file, when it differs from the one being decoded (a node that a
    /// draft overlay put into its base).
    pub file: Option<FileId>,
}

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
