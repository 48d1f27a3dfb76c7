//! Tests of `canon lift`/`canon lower` at function granularity, with core modules in WAT
//! playing the guest.

use super::canon::{CanonOptions, LiftedFunc, lower_host_func};
use super::memory::StringEncoding;
use super::val::Val;
use crate::{Engine, Extern, Instance, Module, Store};
use std::sync::Arc;
use wicker_environ::component::{ComponentTypes, InterfaceType};

/// A guest library: memory, a bump `realloc`, and a `post-return` call counter.
const LIB: &str = r#"(module
    (memory (export "mem") 1)
    (global $next (mut i32) (i32.const 1024))
    (global $posts (export "posts") (mut i32) (i32.const 0))
    (func $realloc (export "realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $new i32) (result i32)
        (local $p i32)
        (local.set $p (i32.and (i32.add (global.get $next) (i32.sub (local.get $align) (i32.const 1)))
                               (i32.sub (i32.const 0) (local.get $align))))
        (global.set $next (i32.add (local.get $p) (local.get $new)))
        (if (local.get $old) (then
            (memory.copy (local.get $p) (local.get $old)
                (select (local.get $old_size) (local.get $new) (i32.lt_u (local.get $old_size) (local.get $new))))))
        (local.get $p))
    (func (export "post") (param i32) (global.set $posts (i32.add (global.get $posts) (i32.const 1))))
    (func (export "concat") (param $pa i32) (param $la i32) (param $pb i32) (param $lb i32) (result i32)
        (local $dst i32) (local $ret i32)
        (local.set $dst (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (i32.add (local.get $la) (local.get $lb))))
        (memory.copy (local.get $dst) (local.get $pa) (local.get $la))
        (memory.copy (i32.add (local.get $dst) (local.get $la)) (local.get $pb) (local.get $lb))
        (local.set $ret (call $realloc (i32.const 0) (i32.const 0) (i32.const 4) (i32.const 8)))
        (i32.store (local.get $ret) (local.get $dst))
        (i32.store offset=4 (local.get $ret) (i32.add (local.get $la) (local.get $lb)))
        (local.get $ret))
    (func (export "sum17") (param $p i32) (result i32)
        (local $i i32) (local $s i32)
        (loop $l
            (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
            (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 17))))
        (local.get $s))
    (func (export "bad_ret") (param i32 i32 i32 i32) (result i32) (i32.const 65535)))"#;

fn setup() -> (Store<Vec<String>>, Instance) {
    let engine = Engine::default();
    let mut store = Store::new(&engine, Vec::new());
    let module = Module::new(&engine, LIB).unwrap();
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    (store, instance)
}

fn options(
    store: &mut Store<Vec<String>>,
    lib: Instance,
    encoding: StringEncoding,
) -> CanonOptions {
    CanonOptions {
        memory: lib.get_memory(&mut *store, "mem"),
        realloc: lib.get_func(&mut *store, "realloc"),
        post_return: lib.get_func(&mut *store, "post"),
        encoding,
    }
}

/// Lifts the library's export `name` as `func(a: string, b: string) -> string`.
fn lift_string_pair(store: &mut Store<Vec<String>>, lib: Instance, name: &str) -> LiftedFunc {
    let mut types = ComponentTypes::new();
    let params = vec![
        ("a".into(), InterfaceType::String),
        ("b".into(), InterfaceType::String),
    ];
    let ty = types.intern_func(params, Some(InterfaceType::String));
    let opts = options(store, lib, StringEncoding::Utf8);
    LiftedFunc::new(
        lib.get_func(&mut *store, name).unwrap(),
        ty,
        opts,
        &mut types,
    )
}

#[test]
fn lifted_function_with_strings_and_a_return_pointer() {
    let (mut store, lib) = setup();
    let concat = lift_string_pair(&mut store, lib, "concat");
    let out = concat
        .call(
            &mut store,
            &[Val::String("foo".into()), Val::String("bär".into())],
        )
        .unwrap();
    assert_eq!(out, Some(Val::String("foobär".into())));
    let posts = lib.get_global(&mut store, "posts").unwrap();
    assert_eq!(
        posts.get(&mut store).unwrap_i32(),
        1,
        "post-return ran once"
    );
    // Wrong arity and wrong types are errors.
    assert!(concat.call(&mut store, &[Val::String("x".into())]).is_err());
    assert!(
        concat
            .call(&mut store, &[Val::U8(1), Val::String("x".into())])
            .is_err()
    );
}

#[test]
fn many_parameters_travel_through_memory() {
    let (mut store, lib) = setup();
    let mut types = ComponentTypes::new();
    let params = (0..17)
        .map(|i| (format!("p{i}"), InterfaceType::U32))
        .collect();
    let ty = types.intern_func(params, Some(InterfaceType::U32));
    let mut opts = options(&mut store, lib, StringEncoding::Utf8);
    opts.post_return = None;
    let sum = LiftedFunc::new(
        lib.get_func(&mut store, "sum17").unwrap(),
        ty,
        opts,
        &mut types,
    );
    let args: Vec<Val> = (1..=17).map(Val::U32).collect();
    assert_eq!(sum.call(&mut store, &args).unwrap(), Some(Val::U32(153)));
}

#[test]
fn a_bad_return_pointer_traps() {
    let (mut store, lib) = setup();
    let bad = lift_string_pair(&mut store, lib, "bad_ret");
    let err = bad
        .call(
            &mut store,
            &[Val::String("a".into()), Val::String("b".into())],
        )
        .unwrap_err();
    assert!(err.to_string().contains("unaligned pointer"), "{err}");
}

/// A guest that calls the host's `greet(name: string) -> string` through a lowered import.
const APP: &str = r#"(module
    (import "lib" "mem" (memory 1))
    (import "host" "greet" (func $greet (param i32 i32 i32)))
    (data (i32.const 16) "wörld")
    (func (export "run") (result i32)
        (call $greet (i32.const 16) (i32.const 6) (i32.const 64))
        (i32.const 64)))"#;

fn run_app(encoding: StringEncoding) -> (Vec<u8>, u32, Vec<String>) {
    let (mut store, lib) = setup();
    let mut types = ComponentTypes::new();
    let ty = types.intern_func(
        vec![("name".into(), InterfaceType::String)],
        Some(InterfaceType::String),
    );
    let tuple = types.intern_tuple(vec![InterfaceType::String]);
    let types = Arc::new(types);
    let opts = options(&mut store, lib, encoding);
    let greet = lower_host_func(
        &mut store,
        types,
        ty,
        tuple,
        CanonOptions {
            post_return: None,
            ..opts
        },
        |log: &mut Vec<String>, args| {
            let Val::String(name) = &args[0] else {
                anyhow::bail!("expected a string")
            };
            log.push(name.clone());
            Ok(Some(Val::String(format!("hello, {name} ∑"))))
        },
    );
    let engine = store.engine().clone();
    let module = Module::new(&engine, APP).unwrap();
    let mem = lib.get_memory(&mut store, "mem").unwrap();
    let app = Instance::new(
        &mut store,
        &module,
        &[Extern::Memory(mem), Extern::Func(greet)],
    )
    .unwrap();
    let ret = app
        .get_typed_func::<(), i32>(&mut store, "run")
        .unwrap()
        .call(&mut store, ())
        .unwrap() as usize;
    let data = mem.data(&store);
    let ptr = u32::from_le_bytes(data[ret..ret + 4].try_into().unwrap());
    let len = u32::from_le_bytes(data[ret + 4..ret + 8].try_into().unwrap());
    let log = store.data().clone();
    let bytes = mem.data(&store).to_vec();
    (bytes[ptr as usize..].to_vec(), len, log)
}

#[test]
fn lowered_host_function_in_utf8() {
    let (bytes, len, log) = run_app(StringEncoding::Utf8);
    assert_eq!(log, ["wörld"]);
    let expected = "hello, wörld ∑";
    assert_eq!(len as usize, expected.len());
    assert_eq!(&bytes[..expected.len()], expected.as_bytes());
}

#[test]
fn lowered_host_function_in_utf16() {
    // The guest's data is UTF-8 bytes; read as UTF-16 they are 3 code units, so pass
    // what they decode to and compare the result's encoding.
    let (bytes, len, _) = run_app(StringEncoding::Utf16);
    let expected: Vec<u16> = "hello, ".encode_utf16().collect();
    let units: Vec<u16> = bytes[..2 * len as usize]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    assert_eq!(&units[..expected.len()], &expected[..]);
    assert_eq!(*units.last().unwrap(), 0x2211, "ends with ∑ in UTF-16");
}
