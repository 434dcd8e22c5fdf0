//! The data directory: `LOCK` (one process at a time), `format_version`, `index/`.

use crate::error::{Result, StoreError};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The on-disk format this build writes and reads. Bump it when the schema or a stored
/// record changes incompatibly.
///
/// 2: article `text` and `hit` stored fields (the JSON no longer holds the text); claim
/// columns `c_group`, `c_source`, `c_upper`, `c_index` for estimates.
/// 3: `json` and `hit` stored as text (were bytes); `content_hash`, `cluster`, `c_group`
/// and `c_source` no longer indexed as terms (stored/column only); `band` terms are the
/// bands' top 32 bits.
pub const FORMAT_VERSION: u32 = 3;

const LOCK_FILE: &str = "LOCK";
const VERSION_FILE: &str = "format_version";
const INDEX_DIR: &str = "index";

/// A locked data directory. The lock is released when this is dropped (or the process dies:
/// it is an OS advisory lock, so a `kill -9` never leaves a stale lock behind).
#[derive(Debug)]
pub struct DataDir {
    root: PathBuf,
    _lock: File,
}

impl DataDir {
    /// Creates `root` if needed, takes the lock, writes or checks `format_version`.
    ///
    /// # Errors
    /// [`StoreError::Locked`] when another process holds it; [`StoreError::FormatVersion`]
    /// when the directory was written by an incompatible build.
    pub fn open(root: &Path) -> Result<Self> {
        std::fs::create_dir_all(root).map_err(|e| StoreError::io(root, e))?;
        let lock_path = root.join(LOCK_FILE);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| StoreError::io(&lock_path, e))?;
        // fs4's trait, named in full: std's inherent `File::try_lock` has another signature.
        let locked = fs4::fs_std::FileExt::try_lock_exclusive(&lock).map_err(|e| StoreError::io(&lock_path, e))?;
        if !locked {
            return Err(StoreError::Locked { path: lock_path });
        }
        let dir = Self { root: root.to_path_buf(), _lock: lock };
        dir.check_version()?;
        let index = dir.index_dir();
        std::fs::create_dir_all(&index).map_err(|e| StoreError::io(&index, e))?;
        Ok(dir)
    }

    /// Where the tantivy index lives.
    #[must_use]
    pub fn index_dir(&self) -> PathBuf {
        self.root.join(INDEX_DIR)
    }

    /// The data directory.
    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn check_version(&self) -> Result<()> {
        let path = self.root.join(VERSION_FILE);
        match std::fs::read_to_string(&path) {
            Ok(found) => {
                if found.trim().parse::<u32>().ok() == Some(FORMAT_VERSION) {
                    Ok(())
                } else {
                    Err(StoreError::FormatVersion { path, found: found.trim().to_owned(), expected: FORMAT_VERSION })
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // A fresh directory, or an index made by something else: refuse the latter.
                let index = self.index_dir();
                if index.join("meta.json").exists() {
                    return Err(StoreError::FormatVersion {
                        path,
                        found: "missing".to_owned(),
                        expected: FORMAT_VERSION,
                    });
                }
                write_durably(&self.root, VERSION_FILE, format!("{FORMAT_VERSION}\n").as_bytes())
            }
            Err(e) => Err(StoreError::io(path, e)),
        }
    }
}

/// Writes `name` in `dir` through a temp file, fsyncs it, renames it, fsyncs the directory.
fn write_durably(dir: &Path, name: &str, content: &[u8]) -> Result<()> {
    let tmp = dir.join(format!("{name}.tmp"));
    let path = dir.join(name);
    let mut f = File::create(&tmp).map_err(|e| StoreError::io(&tmp, e))?;
    f.write_all(content).and_then(|()| f.sync_all()).map_err(|e| StoreError::io(&tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| StoreError::io(&path, e))?;
    sync_dir(dir)
}

/// fsyncs a directory, so renames and new files in it survive a power loss.
///
/// # Errors
/// [`StoreError::Io`].
pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| StoreError::io(dir, e))
}
