use wicker::{Engine, Linker, Module, Store};
use wicker_wasi::{WasiCtx, WasiCtxBuilder};

use crate::harness::{FUNCTIONS, Probe};

#[test]
fn all_46_functions_link_with_their_witx_signatures() {
    assert_eq!(FUNCTIONS.len(), 46);
    // Instantiating the probe checks every import's type against the linker's definition.
    let mut probe = Probe::new();
    assert_eq!(probe.call("sched_yield", &[]), 0);
}

#[test]
fn a_wrong_signature_does_not_link() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32) (result i32))))"#,
    )
    .unwrap();
    let mut linker = Linker::new(&engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |cx: &mut WasiCtx| cx).unwrap();
    let mut store = Store::new(&engine, WasiCtxBuilder::new().build());
    assert!(linker.instantiate(&mut store, &module).is_err());
}

#[test]
fn the_context_can_be_a_field_of_the_store_data() {
    struct State {
        calls: u32,
        wasi: WasiCtx,
    }
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
             (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
             (import "host" "count" (func $count))
             (memory (export "memory") 1)
             (func (export "_start") (result i32)
               call $count
               (call $sizes (i32.const 0) (i32.const 4))))"#,
    )
    .unwrap();
    let mut linker: Linker<State> = Linker::new(&engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |s| &mut s.wasi).unwrap();
    linker
        .func_wrap("host", "count", |mut c: wicker::Caller<'_, State>| {
            c.data_mut().calls += 1;
        })
        .unwrap();
    let wasi = WasiCtxBuilder::new().args(["a", "b"]).build();
    let mut store = Store::new(&engine, State { calls: 0, wasi });
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance
        .get_typed_func::<(), i32>(&mut store, "_start")
        .unwrap();
    assert_eq!(start.call(&mut store, ()).unwrap(), 0);
    assert_eq!(store.data().calls, 1);
    let memory = instance.get_memory(&mut store, "memory").unwrap();
    assert_eq!(memory.data_mut(&mut store)[..4], 2u32.to_le_bytes());
}

#[test]
fn a_caller_without_memory_gets_an_error_not_a_panic() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
             (import "wasi_snapshot_preview1" "clock_time_get" (func $now (param i32 i64 i32) (result i32)))
             (import "wasi_snapshot_preview1" "sched_yield" (func $yield (result i32)))
             (func (export "yield") (result i32) call $yield)
             (func (export "now") (result i32) (call $now (i32.const 0) (i64.const 0) (i32.const 0))))"#,
    )
    .unwrap();
    let mut linker = Linker::new(&engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |cx: &mut WasiCtx| cx).unwrap();
    let mut store = Store::new(&engine, WasiCtxBuilder::new().build());
    let instance = linker.instantiate(&mut store, &module).unwrap();
    // A function that takes no pointer works without memory...
    let yield_ = instance
        .get_typed_func::<(), i32>(&mut store, "yield")
        .unwrap();
    assert_eq!(yield_.call(&mut store, ()).unwrap(), 0);
    // ...one that writes its result through a pointer fails the call.
    let now = instance
        .get_typed_func::<(), i32>(&mut store, "now")
        .unwrap();
    let err = now.call(&mut store, ()).unwrap_err();
    assert!(format!("{err:?}").contains("memory"), "{err:?}");
}
