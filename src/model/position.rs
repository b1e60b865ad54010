//! Where a value was read: the positions the model's values carry, so that
//! a check made after loading (a dangling reference, a term the vocabulary
//! lacks) can point at the line. Diagnostics draw them (`diag`); the model
//! only holds them.

use serde::Serialize;

/// A source file of the run: its place in `diag::SourceMap`.
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
