//! Developer tool: runs the core pipeline over files and prints each Document as one
//! JSON line (serde, camelCase), close enough to the proto JSON for `shared/eval/score.py`.
//! The product's own command is `rasad analyze` (rasad-server).

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        match rasad_core::analyze(&rasad_core::Input { bytes: &bytes, ..Default::default() }) {
            Ok(doc) => println!("{}", serde_json::to_string(&doc).unwrap_or_default()),
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
    }
}
