//! lexgap: checks national laws on trafficking in persons and smuggling of
//! migrants against the international standards.
//!
//! The pipeline runs one way: [`load`] turns YAML into a validated [`model`]
//! (or a list of [`diag::Diagnostic`]s), [`check`] turns the model into
//! findings without any I/O, and [`cli`] presents them. See ARCHITECTURE.md.

pub mod bundle;
pub mod check;
pub mod classify;
pub mod cli;
pub mod diag;
pub mod diff;
pub mod i18n;
pub mod load;
pub mod model;
pub mod project;
pub mod render;
pub mod schema;
