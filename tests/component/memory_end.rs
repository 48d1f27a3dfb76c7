//! Values that end exactly at the end of a 4 GiB memory (`ptr + len == 2^32`), lifted and
//! lowered by the typed and the dynamic paths. Regression: the sum of a guest pointer and
//! length was taken in 32 bits after a 64-bit bounds check, so these passed the check and
//! then panicked the host when the slice was built.

use crate::{compile, engine, store_and_linker};
use wicker::component::{ComponentType, Lift, Lower, Val};

/// The last address of a 4 GiB memory plus one, as the guest's `i32`.
const END: i64 = 1 << 32;

/// A component with a 65536-page memory whose `realloc` places every allocation so that
/// it ends at 2^32, exporting `name: func(...)` over the core function `body`.
fn at_the_end(exports: &str, funcs: &str) -> String {
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 65536)
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (i32.sub (i32.const 0) (local.get 3)))
    {funcs})
  (core instance $m (instantiate $M))
  {exports})"#
    )
}

fn lift(name: &str, ty: &str) -> String {
    format!(
        r#"(func (export "{name}") {ty}
    (canon lift (core func $m "{name}") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc"))))"#
    )
}

/// Core functions returning "hello" (bytes 2^32-5 .. 2^32) as a string or list, and the
/// tuple (7, 9) stored in the last 8 bytes.
fn returning() -> String {
    let (hello, pair) = (END - 5, END - 8);
    let store_hello = format!(
        "(i32.store (i32.const {hello}) (i32.const 0x6c6c6568)) \
         (i32.store8 (i32.const {}) (i32.const 0x6f))",
        END - 1
    );
    let funcs = format!(
        r#"(func (export "str") (result i32) {store_hello}
      (i32.store (i32.const 0) (i32.const {hello})) (i32.store (i32.const 4) (i32.const 5))
      (i32.const 0))
    (func (export "bytes") (result i32) {store_hello}
      (i32.store (i32.const 0) (i32.const {hello})) (i32.store (i32.const 4) (i32.const 5))
      (i32.const 0))
    (func (export "too-long") (result i32) {store_hello}
      (i32.store (i32.const 0) (i32.const {hello})) (i32.store (i32.const 4) (i32.const 6))
      (i32.const 0))
    (func (export "pair") (result i32)
      (i32.store (i32.const {pair}) (i32.const 7))
      (i32.store (i32.const {}) (i32.const 9))
      (i32.const {pair}))"#,
        END - 4
    );
    let exports = [
        lift("str", "(result string)"),
        lift("bytes", "(result (list u8))"),
        lift("too-long", "(result (list u8))"),
        lift("pair", "(result (tuple u32 u32))"),
        r#"(type $pair (record (field "a" u32) (field "b" u32)))
  (export $pair-type "pair-record" (type $pair))
  (func (export "record") (result $pair-type)
    (canon lift (core func $m "pair") (memory (core memory $m "mem"))))"#
            .to_string(),
    ]
    .join("\n  ");
    at_the_end(&exports, &funcs)
}

#[derive(ComponentType, Lift, Lower, Debug, PartialEq)]
#[component(record)]
struct Pair {
    a: u32,
    b: u32,
}

#[test]
fn lifting_a_value_that_ends_at_the_end_of_memory() {
    let engine = engine();
    let component = compile(&engine, &returning());
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();

    let bytes = instance
        .get_typed_func::<(), (Vec<u8>,)>(&mut store, "bytes")
        .unwrap();
    assert_eq!(bytes.call(&mut store, ()).unwrap().0, b"hello");
    let string = instance
        .get_typed_func::<(), (String,)>(&mut store, "str")
        .unwrap();
    assert_eq!(string.call(&mut store, ()).unwrap().0, "hello");
    let pair = instance
        .get_typed_func::<(), ((u32, u32),)>(&mut store, "pair")
        .unwrap();
    assert_eq!(pair.call(&mut store, ()).unwrap().0, (7, 9));
    let record = instance
        .get_typed_func::<(), (Pair,)>(&mut store, "record")
        .unwrap();
    assert_eq!(record.call(&mut store, ()).unwrap().0, Pair { a: 7, b: 9 });

    // The dynamic path.
    let mut out = [Val::Bool(false)];
    for (name, want) in [
        ("str", Val::String("hello".into())),
        (
            "bytes",
            Val::List(b"hello".iter().map(|&b| Val::U8(b)).collect()),
        ),
        ("pair", Val::Tuple(vec![Val::U32(7), Val::U32(9)])),
    ] {
        let f = instance.get_func(&mut store, name).unwrap();
        f.call(&mut store, &[], &mut out).unwrap();
        assert_eq!(out[0], want, "{name}");
    }

    // One byte further is out of bounds, typed and dynamic.
    let too_long = instance
        .get_typed_func::<(), (Vec<u8>,)>(&mut store, "too-long")
        .unwrap();
    let err = too_long.call(&mut store, ()).unwrap_err();
    assert!(format!("{err:#}").contains("out-of-bounds"), "{err:#}");
    // A trap poisons the instance: the dynamic call goes to a fresh one.
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let f = instance.get_func(&mut store, "too-long").unwrap();
    let err = f.call(&mut store, &[], &mut out).unwrap_err();
    assert!(format!("{err:#}").contains("out-of-bounds"), "{err:#}");
}

/// Core functions that take what the host lowers (through the `realloc` that places it at
/// the end of memory) and return where it was put, and for the list of pairs, its first
/// field read back.
fn taking() -> String {
    let funcs = r#"(func (export "take-str") (param i32 i32) (result i32) (local.get 0))
    (func (export "take-bytes") (param i32 i32) (result i32) (local.get 0))
    (func (export "take-pairs") (param i32 i32) (result i32) (i32.load (local.get 0)))"#;
    let exports = [
        lift("take-str", "(param \"s\" string) (result u32)"),
        lift("take-bytes", "(param \"b\" (list u8)) (result u32)"),
        lift(
            "take-pairs",
            "(param \"p\" (list (tuple u32 u32))) (result u32)",
        ),
    ]
    .join("\n  ");
    at_the_end(&exports, funcs)
}

#[test]
fn lowering_a_value_that_ends_at_the_end_of_memory() {
    let engine = engine();
    let component = compile(&engine, &taking());
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let at = (END - 5) as u32;

    let take_str = instance
        .get_typed_func::<(&str,), (u32,)>(&mut store, "take-str")
        .unwrap();
    assert_eq!(take_str.call(&mut store, ("hello",)).unwrap().0, at);
    let take_bytes = instance
        .get_typed_func::<(&[u8],), (u32,)>(&mut store, "take-bytes")
        .unwrap();
    assert_eq!(take_bytes.call(&mut store, (b"hello",)).unwrap().0, at);
    let take_pairs = instance
        .get_typed_func::<(Vec<(u32, u32)>,), (u32,)>(&mut store, "take-pairs")
        .unwrap();
    assert_eq!(take_pairs.call(&mut store, (vec![(7, 9)],)).unwrap().0, 7);

    let mut out = [Val::Bool(false)];
    for (name, arg, want) in [
        ("take-str", Val::String("hello".into()), Val::U32(at)),
        (
            "take-bytes",
            Val::List(b"hello".iter().map(|&b| Val::U8(b)).collect()),
            Val::U32(at),
        ),
        (
            "take-pairs",
            Val::List(vec![Val::Tuple(vec![Val::U32(7), Val::U32(9)])]),
            Val::U32(7),
        ),
    ] {
        let f = instance.get_func(&mut store, name).unwrap();
        f.call(&mut store, &[arg], &mut out).unwrap();
        assert_eq!(out[0], want, "{name}");
    }
}
