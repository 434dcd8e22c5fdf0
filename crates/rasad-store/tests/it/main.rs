//! Integration tests of rasad-store, one binary (ripgrep style), one module per area.

mod common;
mod crash;
mod entities;
mod facts;
mod ingest;
mod recall;
mod search;
mod seeds;
