//! Builds the small C helper that provides `sigsetjmp`/`siglongjmp`, which Rust cannot call
//! soundly itself because `sigsetjmp` returns twice; and names this build of the code
//! generator, so that compiled artifacts (and compile-cache entries) of another build of
//! the same version are refused rather than run.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src/vm/helpers.c");
    cc::Build::new()
        .file("src/vm/helpers.c")
        .flag_if_supported("-U_FORTIFY_SOURCE")
        .compile("wicker-helpers");
    println!("cargo:rustc-env=WICKER_BUILD_ID={:016x}", build_id());
}

/// A hash of what decides the code an artifact holds: the sources of the translator, the
/// code generator's driver and the runtime (as far as this is a checkout of the workspace),
/// and the lock file with the versions of every dependency. A release from the registry,
/// which has only its own sources, is named by them and its version.
fn build_id() -> u64 {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut hasher = DefaultHasher::new();
    for dir in [
        manifest.join("src"),
        manifest.join("../environ/src"),
        manifest.join("../cranelift/src"),
    ] {
        if dir.is_dir() {
            println!("cargo:rerun-if-changed={}", dir.display());
            hash_tree(&dir, &dir, &mut hasher);
        }
    }
    let lock = manifest.join("../../Cargo.lock");
    if let Ok(bytes) = std::fs::read(&lock) {
        println!("cargo:rerun-if-changed={}", lock.display());
        bytes.hash(&mut hasher);
    }
    hasher.finish()
}

/// Hashes every `.rs` file under `dir`, in path order, with its path relative to `root`.
fn hash_tree(root: &Path, dir: &Path, hasher: &mut DefaultHasher) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return,
    };
    entries.sort();
    for path in entries {
        if path.is_dir() {
            hash_tree(root, &path, hasher);
        } else if path.extension().is_some_and(|e| e == "rs")
            && let Ok(bytes) = std::fs::read(&path)
        {
            path.strip_prefix(root).unwrap_or(&path).hash(hasher);
            bytes.hash(hasher);
        }
    }
}
