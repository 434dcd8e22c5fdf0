//! Compiles proto/rasad/v1/rasad.proto without a system protoc: protox parses it into a
//! descriptor set, tonic-prost-build generates messages and the service, pbjson-build
//! generates proto3-JSON serde impls (for `rasad analyze` and `--json`), and the raw
//! descriptor set is kept for server reflection.

use prost::Message;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../../proto");
    let proto = root.join("rasad/v1/rasad.proto");
    println!("cargo:rerun-if-changed={}", proto.display());
    let out = PathBuf::from(std::env::var("OUT_DIR")?);

    let fds = protox::compile([&proto], [&root])?;
    let descriptor_path = out.join("rasad_descriptor.bin");
    let bytes = fds.encode_to_vec();
    std::fs::write(&descriptor_path, &bytes)?;

    tonic_prost_build::configure().build_client(true).build_server(true).compile_fds(fds)?;
    pbjson_build::Builder::new().register_descriptors(&bytes)?.build(&[".rasad.v1"])?;
    Ok(())
}
