//! Integration tests of rasad-store, one binary (ripgrep style), one module per area.

mod common;
mod ingest;
