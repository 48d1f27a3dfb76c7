//! Embedding code written for another runtime's API, ported by renaming: unknown imports
//! defined as traps, instance-pres shared among threads, sequential compilation.

use crate::{compile, engine, store_and_linker};

#[test]
fn unknown_component_imports_trap_when_called() {
    let engine = engine();
    let component = compile(
        &engine,
        r#"(component
  (import "log" (func $log (param "m" u32)))
  (import "wasi:cli/stdout@0.2.6" (instance $out
    (export "get" (func (result u32)))
    (export "stream" (type (sub resource)))))
  (alias export $out "get" (func $get))
  (core func $log' (canon lower (func $log)))
  (core func $get' (canon lower (func $get)))
  (core module $M
    (import "" "log" (func $log (param i32)))
    (import "" "get" (func $get (result i32)))
    (func (export "quiet") (result i32) (i32.const 7))
    (func (export "loud") (call $log (i32.const 1)))
    (func (export "ask") (result i32) (call $get)))
  (core instance $m (instantiate $M (with "" (instance
    (export "log" (func $log')) (export "get" (func $get'))))))
  (func (export "quiet") (result u32) (canon lift (core func $m "quiet")))
  (func (export "loud") (canon lift (core func $m "loud")))
  (func (export "ask") (result u32) (canon lift (core func $m "ask"))))"#,
    );
    let (mut store, mut linker) = store_and_linker(&engine, ());
    // A definition the linker has is kept.
    linker
        .instance("wasi:cli/stdout@0.2.6")
        .unwrap()
        .func_wrap("get", |_, (): ()| Ok((42u32,)))
        .unwrap();
    assert!(linker.instantiate(&mut store, &component).is_err());
    linker.define_unknown_imports_as_traps(&component).unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let quiet = instance
        .get_typed_func::<(), (u32,)>(&mut store, "quiet")
        .unwrap();
    assert_eq!(quiet.call(&mut store, ()).unwrap(), (7,));
    let ask = instance
        .get_typed_func::<(), (u32,)>(&mut store, "ask")
        .unwrap();
    assert_eq!(ask.call(&mut store, ()).unwrap(), (42,));
    let loud = instance
        .get_typed_func::<(), ()>(&mut store, "loud")
        .unwrap();
    let err = loud.call(&mut store, ()).unwrap_err();
    assert!(
        format!("{err:#}").contains("unknown import `log` has been called"),
        "{err:#}"
    );
}

#[test]
fn an_instance_pre_is_shared_among_threads() {
    let engine = engine();
    let component = compile(
        &engine,
        r#"(component
  (core module $M (func (export "f") (result i32) (i32.const 5)))
  (core instance $m (instantiate $M))
  (func (export "f") (result u32) (canon lift (core func $m "f"))))"#,
    );
    let (_, linker) = store_and_linker::<()>(&engine, ());
    let pre = linker.instantiate_pre(&component).unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let pre = pre.clone();
            let engine = engine.clone();
            std::thread::spawn(move || {
                let mut store = wicker::Store::new(&engine, ());
                let instance = pre.instantiate(&mut store).unwrap();
                let f = instance
                    .get_typed_func::<(), (u32,)>(&mut store, "f")
                    .unwrap();
                f.call(&mut store, ()).unwrap().0
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 5);
    }
}
