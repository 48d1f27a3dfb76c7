//! Typed functions taking borrowed parameters, created once and called with borrows of
//! any lifetime, as embedders port them from Wasmtime.

use crate::model::LIBC;
use crate::{compile, engine, store_and_linker};
use wicker::component::TypedFunc;

fn component() -> String {
    format!(
        r#"(component
  {LIBC}
  (core module $M (func (export "len") (param i32 i32) (result i32) (local.get 1)))
  (core instance $m (instantiate $M))
  (func (export "len") (param "s" string) (result u32)
    (canon lift (core func $m "len") (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc")))))"#
    )
}

/// Holds a typed function for the whole run, like a benchmark harness does.
struct Harness {
    len: TypedFunc<(&'static str,), (u32,)>,
}

#[test]
fn a_typed_function_is_called_with_borrows_made_after_it() {
    let engine = engine();
    let component = compile(&engine, &component());
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let len = instance
        .get_typed_func::<(&str,), (u32,)>(&mut store, "len")
        .unwrap();
    let mut run = |n: usize| {
        // A string that lives shorter than `len`.
        let s = "x".repeat(n);
        len.call(&mut store, (&s,)).unwrap().0
    };
    assert_eq!(run(3), 3);
    assert_eq!(run(10), 10);

    let harness = Harness {
        len: instance.get_typed_func(&mut store, "len").unwrap(),
    };
    for n in [0, 5, 100] {
        let s = "y".repeat(n);
        assert_eq!(harness.len.call(&mut store, (&s,)).unwrap().0, n as u32);
    }
}
