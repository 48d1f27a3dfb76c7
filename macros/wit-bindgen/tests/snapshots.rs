//! Snapshot tests: every fixture world under `tests/fixtures/` generates bindings equal to
//! the checked-in `tests/snapshots/<fixture>.rs` (formatted). Set `WICKER_TEST_BLESS=1` to
//! write the snapshots instead.

use std::path::{Path, PathBuf};
use wit_parser::Resolve;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    out.sort();
    out
}

fn generate(path: &Path) -> String {
    let mut resolve = Resolve::default();
    let (pkg, _) = resolve
        .push_path(path)
        .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
    let world = resolve
        .select_world(&[pkg], None)
        .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
    let source = wicker_wit_bindgen::generate(&resolve, world, &Default::default())
        .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
    let file: syn::File = syn::parse_str(&source).unwrap_or_else(|e| {
        panic!(
            "{}: generated code does not parse: {e}\n{source}",
            path.display()
        )
    });
    prettyplease::unparse(&file)
}

#[test]
fn generated_bindings_match_the_snapshots() {
    let bless = std::env::var_os("WICKER_TEST_BLESS").is_some();
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let fixtures = fixtures();
    assert!(fixtures.len() >= 25, "expected the fixture corpus");
    let mut stale = Vec::new();
    for fixture in &fixtures {
        let stem = fixture.file_stem().unwrap().to_string_lossy().to_string();
        let snapshot = snapshots.join(format!("{stem}.rs"));
        let generated = generate(fixture);
        if bless {
            std::fs::create_dir_all(&snapshots).unwrap();
            std::fs::write(&snapshot, &generated).unwrap();
            continue;
        }
        match std::fs::read_to_string(&snapshot) {
            Ok(expected) if expected == generated => {}
            Ok(_) => stale.push(format!("{stem}: differs from its snapshot")),
            Err(_) => stale.push(format!("{stem}: no snapshot")),
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:#?}\nrerun with WICKER_TEST_BLESS=1 to update the snapshots"
    );
}

#[test]
fn generation_is_deterministic() {
    for fixture in fixtures() {
        assert_eq!(
            generate(&fixture),
            generate(&fixture),
            "{}",
            fixture.display()
        );
    }
}

/// The WASI 0.2 worlds vendored in `wit/` generate bindings that parse.
#[test]
fn wasi_worlds_generate() {
    let wit = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wit");
    let mut resolve = Resolve::default();
    let (pkg, _) = resolve.push_path(&wit).expect("the vendored WIT loads");
    for world in ["command", "command-imports"] {
        let id = resolve.select_world(&[pkg], Some(world)).unwrap();
        let source = wicker_wit_bindgen::generate(&resolve, id, &Default::default())
            .unwrap_or_else(|e| panic!("{world}: {e:#}"));
        syn::parse_str::<syn::File>(&source)
            .unwrap_or_else(|e| panic!("{world}: generated code does not parse: {e}"));
    }
}

/// A `with` key without a version names no single interface when the world has two
/// versions of it.
#[test]
fn a_bare_with_key_is_ambiguous_between_versions() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/two-versions.wit");
    let mut resolve = Resolve::default();
    let (pkg, _) = resolve.push_path(&path).unwrap();
    let world = resolve.select_world(&[pkg], None).unwrap();
    let opts = wicker_wit_bindgen::Opts {
        with: vec![("a:b/c".into(), "crate::c".into())],
        ..Default::default()
    };
    let err = wicker_wit_bindgen::generate(&resolve, world, &opts).unwrap_err();
    assert_eq!(
        err.to_string(),
        "`a:b/c` is ambiguous: the world has `a:b/c@1.0.0`, `a:b/c@2.0.0`; add `@version` to the key"
    );
    let opts = wicker_wit_bindgen::Opts {
        with: vec![("a:b/c@1.0.0".into(), "crate::c".into())],
        ..Default::default()
    };
    wicker_wit_bindgen::generate(&resolve, world, &opts).unwrap();
}
