//! Linking components to each other in one store, through the linker, and the errors of
//! missing or mistyped imports.

use crate::model::LIBC;
use crate::{compile, engine, store_and_linker};
use wicker::component::{Component, Val};

/// Exports an instance `ns:text/greet@0.2.12` whose `greet(name) -> string` answers
/// `"hello, " + name`, working in `encoding` internally.
pub(crate) fn greeter(encoding: &str) -> String {
    format!(
        r#"(component
  {LIBC}
  (core module $M
    (import "libc" "mem" (memory 1))
    (import "libc" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
    (func (export "greet") (param $p i32) (param $len i32) (result i32)
      (local $out i32) (local $unit i32) (local $prefix i32)
      ;; The prefix "hello, " in this encoding's code units.
      (local.set $unit (i32.const {unit}))
      (local.set $prefix (i32.mul (i32.const 7) (local.get $unit)))
      (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 2)
        (i32.add (local.get $prefix) (i32.mul (local.get $len) (local.get $unit)))))
      (memory.copy (local.get $out) (i32.const 900) (local.get $prefix))
      (memory.copy (i32.add (local.get $out) (local.get $prefix)) (local.get $p)
        (i32.mul (local.get $len) (local.get $unit)))
      (i32.store (i32.const 0) (local.get $out))
      (i32.store (i32.const 4) (i32.add (i32.const 7) (local.get $len)))
      (i32.const 0))
    (data (i32.const 900) "{prefix}"))
  (core instance $m (instantiate $M (with "libc" (instance $libc))))
  (func $greet (param "name" string) (result string)
    (canon lift (core func $m "greet") (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc")) string-encoding={encoding}))
  (instance $api (export "greet" (func $greet)))
  (export "ns:text/greet@0.2.12" (instance $api)))"#,
        unit = if encoding == "utf16" { 2 } else { 1 },
        prefix = if encoding == "utf16" {
            "h\\00e\\00l\\00l\\00o\\00,\\00 \\00"
        } else {
            "hello, "
        },
    )
}

/// Imports `ns:text/greet@0.2.6` and exports `run(name)`, which greets through it.
pub(crate) fn user() -> String {
    format!(
        r#"(component
  (import "ns:text/greet@0.2.6" (instance $greet
    (export "greet" (func (param "name" string) (result string)))))
  (alias export $greet "greet" (func $g))
  {LIBC}
  (core func $g' (canon lower (func $g) (memory (core memory $libc "mem"))
    (realloc (core func $libc "realloc")) string-encoding=latin1+utf16))
  (core module $M
    (import "" "g" (func $g (param i32 i32 i32)))
    (func (export "run") (param i32 i32) (result i32)
      (call $g (local.get 0) (local.get 1) (i32.const 16))
      (i32.const 16)))
  (core instance $m (instantiate $M (with "" (instance (export "g" (func $g'))))))
  (func (export "run") (param "name" string) (result string)
    (canon lift (core func $m "run") (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc")) string-encoding=latin1+utf16)))"#
    )
}

/// Links `greeter` to `user` in a fresh store and greets each of `names` through `user`.
pub(crate) fn greet_through(
    engine: &wicker::Engine,
    greeter: &Component,
    user: &Component,
    names: &[&str],
) -> Vec<Val> {
    let (mut store, mut linker) = store_and_linker(engine, ());
    let g = linker.instantiate(&mut store, greeter).unwrap();
    let api = g.get_instance("ns:text/greet@0.2.12").unwrap();
    // A newer compatible version serves the user's 0.2.6 import.
    linker
        .root()
        .instance_exports("ns:text/greet@0.2.12", &api)
        .unwrap();
    let u = linker.instantiate(&mut store, user).unwrap();
    let run = u.get_func(&mut store, "run").unwrap();
    names
        .iter()
        .map(|name| {
            let mut out = [Val::Bool(false)];
            run.call(&mut store, &[Val::String((*name).into())], &mut out)
                .unwrap();
            out[0].clone()
        })
        .collect()
}

#[test]
fn a_component_imports_another_instance() {
    let engine = engine();
    for encoding in ["utf8", "utf16"] {
        let greeter = compile(&engine, &greeter(encoding));
        let user = compile(&engine, &user());
        let names = ["world", "Zoë", "☃"];
        let out = greet_through(&engine, &greeter, &user, &names);
        for (name, out) in names.iter().zip(out) {
            assert_eq!(out, Val::String(format!("hello, {name}")), "{encoding}");
        }
    }
}

#[test]
fn incompatible_versions_do_not_link() {
    let engine = engine();
    let greeter = compile(&engine, &greeter("utf8"));
    let user = compile(&engine, &user());
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let g = linker.instantiate(&mut store, &greeter).unwrap();
    let api = g.get_instance("ns:text/greet@0.2.12").unwrap();
    linker
        .root()
        .instance_exports("ns:text/greet@0.3.0", &api)
        .unwrap();
    let err = linker.instantiate(&mut store, &user).unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("ns:text/greet@0.2.6"), "{msg}");
    assert!(msg.contains("not found"), "{msg}");
}

#[test]
fn missing_and_mistyped_imports() {
    let engine = engine();
    let user = compile(&engine, &user());
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let err = linker.instantiate(&mut store, &user).unwrap_err();
    assert!(
        format!("{err:#}").contains("instance `ns:text/greet@0.2.6`"),
        "{err:#}"
    );
    // The instance exists but lacks the function.
    linker.instance("ns:text/greet@0.2.6").unwrap();
    let err = linker.instantiate(&mut store, &user).unwrap_err();
    assert!(
        format!("{err:#}").contains("missing function `greet`"),
        "{err:#}"
    );
    // The function has the wrong type.
    linker
        .instance("ns:text/greet@0.2.6")
        .unwrap()
        .func_wrap("greet", |_, (n,): (u32,)| Ok((n,)))
        .unwrap();
    let err = linker.instantiate(&mut store, &user).unwrap_err();
    let msg = format!("{err:#}");
    assert!(
        msg.contains("greet") && msg.contains("expected `string`"),
        "{msg}"
    );
}

#[test]
fn the_example_plugin() {
    let engine = engine();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/plugin.wat");
    let component = wicker::component::Component::from_file(&engine, path).unwrap();
    let (mut store, mut linker) = store_and_linker(&engine, Vec::<String>::new());
    linker
        .instance("example:plugin/host")
        .unwrap()
        .func_wrap("log", |mut store, (msg,): (String,)| {
            store.data_mut().push(msg);
            Ok(())
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let process = instance
        .get_typed_func::<(&str,), (Val,)>(&mut store, "process")
        .unwrap();
    for _ in 0..3 {
        let (stats,) = process.call(&mut store, ("  two words ",)).unwrap();
        assert_eq!(
            stats,
            Val::Record(vec![
                ("words".into(), Val::U32(2)),
                ("shout".into(), Val::String("  TWO WORDS ".into())),
            ])
        );
    }
    assert_eq!(store.data().len(), 3);
}

/// Defines a resource and exports it with functions to make and consume handles, in an
/// instance `ns:res/api`; `taken` counts the representations consumed.
pub(crate) const DEFINER: &str = r#"(component
  (type $r' (resource (rep i32)))
  (core func $new (canon resource.new $r'))
  (core func $rep (canon resource.rep $r'))
  (core func $drop (canon resource.drop $r'))
  (core module $M
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "rep" (func $rep (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (global $taken (mut i32) (i32.const 0))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    (func (export "take") (param $h i32)
      (global.set $taken (i32.add (global.get $taken) (call $rep (local.get $h))))
      (call $drop (local.get $h)))
    (func (export "taken") (result i32) (global.get $taken)))
  (core instance $m (instantiate $M (with "" (instance
    (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop))))))
  (func $make (param "rep" u32) (result (own $r')) (canon lift (core func $m "make")))
  (func $take (param "r" (own $r')) (canon lift (core func $m "take")))
  (func $taken (result u32) (canon lift (core func $m "taken")))
  (instance $api (export "r" (type $r')) (export "make" (func $make)) (export "take" (func $take))
    (export "taken" (func $taken)))
  (export "ns:res/api" (instance $api)))"#;

/// Imports `ns:res/api` and passes a handle from `make` to `take`.
const CONSUMER: &str = r#"(component
  (import "ns:res/api" (instance $api
    (export "r" (type $r (sub resource)))
    (export "make" (func (param "rep" u32) (result (own $r))))
    (export "take" (func (param "r" (own $r))))))
  (core func $make (canon lower (func $api "make")))
  (core func $take (canon lower (func $api "take")))
  (core module $M
    (import "" "make" (func $make (param i32) (result i32)))
    (import "" "take" (func $take (param i32)))
    (func (export "run") (param i32) (call $take (call $make (local.get 0)))))
  (core instance $m (instantiate $M (with "" (instance
    (export "make" (func $make)) (export "take" (func $take))))))
  (func (export "run") (param "rep" u32) (canon lift (core func $m "run"))))"#;

/// Like `CONSUMER`, but it lowers a function using the resource type before it aliases
/// the type itself (as toolchains emit them).
const CONSUMER_ALIAS_LATE: &str = r#"(component
  (import "ns:res/api" (instance $api
    (export "r" (type $r (sub resource)))
    (export "make" (func (param "rep" u32) (result (own $r))))
    (export "take" (func (param "r" (own $r))))))
  (core func $make (canon lower (func $api "make")))
  (alias export $api "r" (type $r))
  (core func $drop (canon resource.drop $r))
  (core func $take (canon lower (func $api "take")))
  (core module $M
    (import "" "make" (func $make (param i32) (result i32)))
    (import "" "take" (func $take (param i32)))
    (import "" "drop" (func $drop (param i32)))
    (func (export "run") (param i32)
      (call $take (call $make (local.get 0)))
      (call $drop (call $make (i32.const 100)))))
  (core instance $m (instantiate $M (with "" (instance
    (export "make" (func $make)) (export "take" (func $take)) (export "drop" (func $drop))))))
  (func (export "run") (param "rep" u32) (canon lift (core func $m "run"))))"#;

#[test]
fn a_resource_used_before_its_alias() {
    let engine = engine();
    let definer = compile(&engine, DEFINER);
    let consumer = compile(&engine, CONSUMER_ALIAS_LATE);
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let d = linker.instantiate(&mut store, &definer).unwrap();
    let api = d.get_instance("ns:res/api").unwrap();
    linker.root().instance_exports("ns:res/api", &api).unwrap();
    let c = linker.instantiate(&mut store, &consumer).unwrap();
    let run = c.get_typed_func::<(u32,), ()>(&mut store, "run").unwrap();
    run.call(&mut store, (9,)).unwrap();
    let taken = api.get_func(&mut store, "taken").unwrap();
    let mut out = [Val::Bool(false)];
    taken.call(&mut store, &[], &mut out).unwrap();
    assert_eq!(
        out[0],
        Val::U32(9),
        "the dropped handle never reached `take`"
    );
}

#[test]
fn resources_cross_between_components() {
    let engine = engine();
    let definer = compile(&engine, DEFINER);
    let consumer = compile(&engine, CONSUMER);
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let d = linker.instantiate(&mut store, &definer).unwrap();
    let api = d.get_instance("ns:res/api").unwrap();
    linker.root().instance_exports("ns:res/api", &api).unwrap();
    let c = linker.instantiate(&mut store, &consumer).unwrap();
    let run = c.get_typed_func::<(u32,), ()>(&mut store, "run").unwrap();
    run.call(&mut store, (5,)).unwrap();
    run.call(&mut store, (7,)).unwrap();
    let taken = api.get_func(&mut store, "taken").unwrap();
    let mut out = [Val::Bool(false)];
    taken.call(&mut store, &[], &mut out).unwrap();
    assert_eq!(out[0], Val::U32(12));
}

#[test]
fn a_component_is_shared_across_threads() {
    let engine = engine();
    let component = compile(&engine, DEFINER);
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let component = component.clone();
            let engine = engine.clone();
            std::thread::spawn(move || {
                let (mut store, linker) = store_and_linker(&engine, ());
                let d = linker.instantiate(&mut store, &component).unwrap();
                let api = d.get_instance("ns:res/api").unwrap();
                let make = api
                    .get_typed_func::<(u32,), (wicker::component::ResourceAny,)>(&mut store, "make")
                    .unwrap();
                let take = api
                    .get_typed_func::<(wicker::component::ResourceAny,), ()>(&mut store, "take")
                    .unwrap();
                for n in 0..100 {
                    let (r,) = make.call(&mut store, (n + i,)).unwrap();
                    take.call(&mut store, (r,)).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

#[test]
fn another_components_export_of_the_wrong_type_does_not_link() {
    let engine = engine();
    // `greet` takes a `u32` here, where the user imports it taking a `string`.
    let wrong = compile(
        &engine,
        r#"(component
  (core module $M (func (export "f") (param i32) (result i32) (local.get 0)))
  (core instance $m (instantiate $M))
  (func $greet (param "name" u32) (result u32) (canon lift (core func $m "f")))
  (instance $api (export "greet" (func $greet)))
  (export "ns:text/greet@0.2.12" (instance $api)))"#,
    );
    let user = compile(&engine, &user());
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let w = linker.instantiate(&mut store, &wrong).unwrap();
    let api = w.get_instance("ns:text/greet@0.2.12").unwrap();
    linker
        .root()
        .instance_exports("ns:text/greet@0.2.12", &api)
        .unwrap();
    let err = linker.instantiate(&mut store, &user).unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("greet"), "{msg}");
    assert!(
        msg.contains("expected `func(name: string) -> string`"),
        "{msg}"
    );
    assert!(msg.contains("found `func(name: u32) -> u32`"), "{msg}");
}

#[test]
fn resource_types_declared_equal_must_be_equal() {
    // Regression: a component declaring `(type $b (eq $a))` for two imported resource
    // types linked against an instance whose `a` and `b` were distinct types.
    struct A;
    struct B;
    let engine = engine();
    let component = compile(
        &engine,
        r#"(component
  (import "host" (instance $host
    (export "a" (type $a (sub resource)))
    (export "b" (type (eq $a)))))
  (import "a" (type $ra (sub resource)))
  (import "b" (type (eq $ra))))"#,
    );
    // Distinct types under the two names, in an instance and at the root: refused.
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let mut host = linker.instance("host").unwrap();
    host.resource::<A>("a", |_, _| Ok(())).unwrap();
    host.resource::<B>("b", |_, _| Ok(())).unwrap();
    let mut root = linker.root();
    root.resource::<A>("a", |_, _| Ok(())).unwrap();
    root.resource::<A>("b", |_, _| Ok(())).unwrap();
    let err = linker
        .instantiate(&mut store, &component)
        .expect_err("`b` is not `a`");
    assert!(
        format!("{err:#}").contains("mismatched resource types"),
        "{err:#}"
    );
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let mut host = linker.instance("host").unwrap();
    host.resource::<A>("a", |_, _| Ok(())).unwrap();
    host.resource::<A>("b", |_, _| Ok(())).unwrap();
    let mut root = linker.root();
    root.resource::<A>("a", |_, _| Ok(())).unwrap();
    root.resource::<B>("b", |_, _| Ok(())).unwrap();
    let err = linker
        .instantiate(&mut store, &component)
        .expect_err("`b` is not `a` at the root");
    assert!(
        format!("{err:#}").contains("mismatched resource types"),
        "{err:#}"
    );
    // The same type under both names, or only under the first: linked.
    for define_b in [true, false] {
        let (mut store, mut linker) = store_and_linker(&engine, ());
        let mut host = linker.instance("host").unwrap();
        host.resource::<A>("a", |_, _| Ok(())).unwrap();
        if define_b {
            host.resource::<A>("b", |_, _| Ok(())).unwrap();
        }
        let mut root = linker.root();
        root.resource::<A>("a", |_, _| Ok(())).unwrap();
        root.resource::<A>("b", |_, _| Ok(())).unwrap();
        linker.instantiate(&mut store, &component).unwrap();
    }
}
