//! `Config::compile_progress`: what a compilation reports as it goes.

use std::sync::{Arc, Mutex};
use wicker::component::Component;
use wicker::{CompileProgress, Config, Engine, Module};

fn recording_engine() -> (Engine, Arc<Mutex<Vec<CompileProgress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut config = Config::new();
    let sink = seen.clone();
    config
        .wasm_multi_memory(true)
        .compile_progress(move |p| sink.lock().unwrap().push(p));
    (Engine::new(&config).unwrap(), seen)
}

fn funcs(n: usize) -> String {
    (0..n)
        .map(|i| format!("(func (result i32) i32.const {i})"))
        .collect()
}

/// The reports of one compilation: from 0 to `total`, never backwards, at most one per
/// percent.
fn check(reports: &[CompileProgress], total: usize) {
    assert_eq!(reports.first(), Some(&CompileProgress { done: 0, total }));
    assert_eq!(
        reports.last(),
        Some(&CompileProgress { done: total, total })
    );
    assert!(
        reports.windows(2).all(|w| w[0].done < w[1].done),
        "{reports:?}"
    );
    assert!(reports.iter().all(|p| p.total == total));
    assert!(reports.len() <= 102, "{} reports", reports.len());
}

#[test]
fn a_compilation_reports_its_functions_as_they_are_done() {
    let (engine, seen) = recording_engine();
    let module = Module::new(&engine, format!("(module {})", funcs(750))).unwrap();
    check(&seen.lock().unwrap(), 750);
    // A component counts the functions of all its core modules.
    seen.lock().unwrap().clear();
    let text = format!(
        "(component (core module {}) (core module {}))",
        funcs(30),
        funcs(12)
    );
    Component::new(&engine, text).unwrap();
    check(&seen.lock().unwrap(), 42);
    // Loading an artifact compiles nothing, and reports nothing.
    seen.lock().unwrap().clear();
    let bytes = module.serialize().unwrap();
    // SAFETY: written by this engine just above.
    unsafe { Module::deserialize(&engine, &bytes) }.unwrap();
    assert!(seen.lock().unwrap().is_empty());
}
