//! rasad-server: the gRPC edge of Rasad and the `rasad` command-line tool.
//!
//! - [`config`]     the one configuration struct (TOML file + `RASAD_*` env), validated.
//! - [`server`]     wiring: health, reflection, auth, TLS, metrics, graceful drain.
//! - [`service`]    the rasad.v1.Rasad RPCs.
//! - [`error`]      the one mapping from every error to a gRPC status.
//! - [`convert`]    domain and store types ⇄ protobuf.
//! - [`auth`]       bearer tokens, constant-time, reloadable.
//! - [`metrics`]    Prometheus names and recorders.
//! - [`logging`]    tracing setup (JSON off a terminal).
//! - [`client_cmd`] the CLI's client commands (ingest, search, facts, get, …).
//! - [`text_cmd`]   `rasad text …`: line-oriented views of the core.
//! - [`proto`]      generated rasad.v1 types, service traits and proto3-JSON impls.

pub mod auth;
pub mod client_cmd;
pub mod config;
pub mod convert;
pub mod error;
pub mod logging;
pub mod metrics;
pub mod pool;
pub mod server;
pub mod service;
pub mod text_cmd;

pub mod proto {
    //! Generated from proto/rasad/v1/rasad.proto.
    #![allow(clippy::all, clippy::pedantic, missing_docs, rust_2018_idioms)]
    tonic::include_proto!("rasad.v1");
    include!(concat!(env!("OUT_DIR"), "/rasad.v1.serde.rs"));

    /// The encoded descriptor set, for server reflection.
    pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rasad_descriptor.bin"));
}
