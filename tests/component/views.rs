//! `WasmStr` and `WasmList`: strings and lists lifted as views of guest memory, as results
//! of typed calls and as parameters of typed host functions.

use crate::model::LIBC;
use crate::{compile, engine, store_and_linker};
use wicker::component::{WasmList, WasmStr};

/// Exports returning "héllo" and the bytes 1..=5, in the given string encoding, and
/// `send`, which passes both to the host import `take`.
fn component(encoding: &str) -> String {
    let (text, units) = match encoding {
        "utf8" => (r#""h\c3\a9llo""#, 6),
        "utf16" => (r#""h\00\e9\00l\00l\00o\00""#, 5),
        _ => (r#""h\e9llo""#, 5),
    };
    format!(
        r#"(component
  (import "take" (func $take (param "s" string) (param "b" (list u8)) (result u32)))
  {LIBC}
  (core func $take' (canon lower (func $take) (memory (core memory $libc "mem"))
    string-encoding={encoding}))
  (core module $M
    (import "" "take" (func $take (param i32 i32 i32 i32) (result i32)))
    (import "" "mem" (memory 1))
    (data (memory 0) (i32.const 2000) {text})
    (data (memory 0) (i32.const 3000) "\01\02\03\04\05")
    (func (export "text") (result i32)
      (i32.store (i32.const 1000) (i32.const 2000))
      (i32.store (i32.const 1004) (i32.const {units}))
      (i32.const 1000))
    (func (export "bytes") (result i32)
      (i32.store (i32.const 1000) (i32.const 3000))
      (i32.store (i32.const 1004) (i32.const 5))
      (i32.const 1000))
    (func (export "send") (result i32)
      (call $take (i32.const 2000) (i32.const {units}) (i32.const 3000) (i32.const 5))))
  (core instance $m (instantiate $M (with "" (instance
    (export "take" (func $take')) (export "mem" (memory $libc "mem"))))))
  (func (export "text") (result string)
    (canon lift (core func $m "text") (memory (core memory $libc "mem"))
      string-encoding={encoding}))
  (func (export "bytes") (result (list u8))
    (canon lift (core func $m "bytes") (memory (core memory $libc "mem"))))
  (func (export "send") (result u32) (canon lift (core func $m "send"))))"#
    )
}

#[test]
fn views_of_results_and_of_host_function_arguments() {
    let engine = engine();
    for encoding in ["utf8", "utf16", "latin1+utf16"] {
        let component = compile(&engine, &component(encoding));
        let (mut store, mut linker) = store_and_linker(&engine, Vec::<String>::new());
        linker
            .root()
            .func_wrap("take", |mut store, (s, b): (WasmStr, WasmList<u8>)| {
                let text = s.to_str(&store)?.into_owned();
                let bytes = b.as_le_slice(&store).to_vec();
                let sum: u32 = b
                    .iter(&store)
                    .map(|x| x.map(u32::from))
                    .sum::<wicker::Result<u32>>()?;
                store.data_mut().push(format!("{text} {bytes:?}"));
                Ok((sum,))
            })
            .unwrap();
        let instance = linker.instantiate(&mut store, &component).unwrap();
        let text = instance
            .get_typed_func::<(), (WasmStr,)>(&mut store, "text")
            .unwrap();
        let (s,) = text.call(&mut store, ()).unwrap();
        assert_eq!(s.to_str(&store).unwrap(), "héllo", "{encoding}");
        let bytes = instance
            .get_typed_func::<(), (WasmList<u8>,)>(&mut store, "bytes")
            .unwrap();
        let (list,) = bytes.call(&mut store, ()).unwrap();
        assert_eq!(list.len(), 5);
        assert_eq!(list.as_le_slice(&store), [1, 2, 3, 4, 5]);
        assert_eq!(list.get(&store, 4).unwrap().unwrap(), 5);
        assert!(list.get(&store, 5).is_none());
        let send = instance
            .get_typed_func::<(), (u32,)>(&mut store, "send")
            .unwrap();
        assert_eq!(send.call(&mut store, ()).unwrap(), (15,));
        assert_eq!(store.data(), &["héllo [1, 2, 3, 4, 5]"], "{encoding}");
    }
}

#[test]
fn a_view_checks_what_it_lifts() {
    let engine = engine();
    // A string past the end of memory, and invalid UTF-8, fail when lifted.
    for (ptr, len, want) in [(65530, 10, "out-of-bounds"), (3000, 1, "invalid utf-8")] {
        let component = compile(
            &engine,
            &format!(
                r#"(component
  (core module $M (memory (export "mem") 1) (data (i32.const 3000) "\ff")
    (func (export "f") (result i32)
      (i32.store (i32.const 0) (i32.const {ptr})) (i32.store (i32.const 4) (i32.const {len}))
      (i32.const 0)))
  (core instance $m (instantiate $M))
  (func (export "f") (result string) (canon lift (core func $m "f") (memory (core memory $m "mem")))))"#
            ),
        );
        let (mut store, linker) = store_and_linker(&engine, ());
        let instance = linker.instantiate(&mut store, &component).unwrap();
        let f = instance
            .get_typed_func::<(), (WasmStr,)>(&mut store, "f")
            .unwrap();
        let err = f.call(&mut store, ()).unwrap_err();
        assert!(format!("{err:#}").contains(want), "{err:#}");
    }
    // A typed view of the wrong type is refused when it is made.
    let component = compile(&engine, &component("utf8"));
    let (mut store, mut linker) = store_and_linker(&engine, Vec::<String>::new());
    linker.define_unknown_imports_as_traps(&component).unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    assert!(
        instance
            .get_typed_func::<(), (WasmList<u32>,)>(&mut store, "bytes")
            .is_err()
    );
    assert!(
        instance
            .get_typed_func::<(), (WasmList<u8>,)>(&mut store, "text")
            .is_err()
    );
}
