//! Integration tests of rasad-store, one binary (ripgrep style), one module per area.

mod common;
mod crash;
mod facts;
mod ingest;
mod search;
