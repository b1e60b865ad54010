//! The context of an instrument's page of a site ([`InstrumentPage`]).

use super::{ColumnView, Matrix, Nav};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentPage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nav: Option<Nav>,
    pub instrument: String,
    pub columns: Vec<ColumnView>,
    pub matrix: Matrix,
}
