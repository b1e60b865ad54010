//! Shared by the benchmarks: the synthetic corpus.

pub mod corpus;
