//! Compiled components stored and loaded: `Component::serialize`,
//! `Engine::precompile_component`, `Component::deserialize` and `deserialize_file`, and the
//! refusal of artifacts that do not fit or are damaged.

use crate::linking::{greet_through, greeter, user};
use crate::{compile, engine};
use wicker::component::{Component, Val};
use wicker::{Config, Engine, Module, Precompiled};

/// Links a greeter to a user, both made by `load` from their text, and greets three names.
fn greet(engine: &Engine, load: &dyn Fn(&str) -> Component) -> Vec<Val> {
    let greeter = load(&greeter("utf16"));
    let user = load(&user());
    greet_through(engine, &greeter, &user, &["world", "Zoë", "☃"])
}

#[test]
fn serialized_components_link_and_run_as_the_originals() {
    let engine = engine();
    let expected = greet(&engine, &|text| compile(&engine, text));
    assert_eq!(expected[1], Val::String("hello, Zoë".into()));
    let loaded = greet(&engine, &|text| {
        let bytes = compile(&engine, text).serialize().unwrap();
        assert_eq!(
            Engine::detect_precompiled(&bytes),
            Some(Precompiled::Component)
        );
        assert_eq!(engine.precompile_component(text.as_bytes()).unwrap(), bytes);
        // SAFETY: the bytes were written by this engine just above.
        let component = unsafe { Component::deserialize(&engine, &bytes) }.unwrap();
        // Nothing is lost: the loaded component serializes to the same bytes.
        assert_eq!(component.serialize().unwrap(), bytes);
        component
    });
    assert_eq!(loaded, expected);
}

#[test]
fn a_component_loads_from_a_file() {
    let engine = engine();
    let dir = std::env::temp_dir().join(format!("wicker-component-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let expected = greet(&engine, &|text| compile(&engine, text));
    let n = std::cell::Cell::new(0);
    let loaded = greet(&engine, &|text| {
        n.set(n.get() + 1);
        let path = dir.join(format!("c{}.cwasm", n.get()));
        std::fs::write(&path, engine.precompile_component(text.as_bytes()).unwrap()).unwrap();
        // SAFETY: the file was written by this engine just above and is not changed.
        unsafe { Component::deserialize_file(&engine, &path) }.unwrap()
    });
    assert_eq!(loaded, expected);
    std::fs::remove_dir_all(&dir).unwrap();
}

fn load_error(engine: &Engine, bytes: &[u8]) -> String {
    // SAFETY: the bytes are refused before any code is mapped, which is what is tested.
    match unsafe { Component::deserialize(engine, bytes) } {
        Ok(_) => panic!("an altered artifact was loaded"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn a_component_artifact_that_does_not_fit_is_refused() {
    let engine = engine();
    let bytes = engine.precompile_component(user().as_bytes()).unwrap();
    // Another configuration.
    let mut config = Config::new();
    config.wasm_multi_memory(true).explicit_bounds_checks(true);
    let err = load_error(&Engine::new(&config).unwrap(), &bytes);
    assert!(err.contains("explicit-bounds-checks"), "{err}");
    // A module's artifact is not a component's, nor the other way round.
    let module = engine.precompile_module(b"(module)").unwrap();
    let err = load_error(&engine, &module);
    assert!(err.contains("a compiled module, not a component"), "{err}");
    // SAFETY: refused before anything is mapped.
    let err = unsafe { Module::deserialize(&engine, &bytes) }.unwrap_err();
    assert!(
        format!("{err:#}").contains("a compiled component, not a module"),
        "{err:#}"
    );
    // Cut short anywhere, or with any byte changed.
    for len in 0..bytes.len() {
        let err = load_error(&engine, &bytes[..len]);
        assert!(
            err.contains("truncated") || err.contains("not a compiled wicker artifact"),
            "{len}: {err}"
        );
    }
    for at in 0..bytes.len() {
        let mut altered = bytes.clone();
        altered[at] ^= 0x01;
        load_error(&engine, &altered);
    }
}
