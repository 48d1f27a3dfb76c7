//! One hostile guest per trap of the Canonical ABI: each returns or passes bad data, and
//! the call fails with the trap's message instead of reading outside the guest or
//! producing a wrong value.

use crate::{compile, engine, store_and_linker};
use wicker::component::Val;

/// A component whose export `f` has type `(func (result {result}))` and whose core
/// function `f` runs `body`, with a memory and a trivial `realloc` of its own.
fn returns(result: &str, body: &str) -> String {
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 256))
    (func (export "f") (result i32) {body}))
  (core instance $m (instantiate $M))
  (func (export "f") (result {result})
    (canon lift (core func $m "f") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")))))"#
    )
}

/// The same, returning one flat `i32` without memory.
fn returns_flat(result: &str, value: &str) -> String {
    format!(
        r#"(component
  (core module $M (func (export "f") (result i32) {value}))
  (core instance $m (instantiate $M))
  (func (export "f") (result {result}) (canon lift (core func $m "f"))))"#
    )
}

/// Calls `f` of `text` with `args` and checks it fails with a message containing `want`.
fn expect_trap(text: &str, args: &[Val], want: &str) {
    let engine = engine();
    let component = compile(&engine, text);
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let f = instance.get_func(&mut store, "f").unwrap();
    let mut out = vec![Val::Bool(false); f.result_count().unwrap()];
    let err = f
        .call(&mut store, args, &mut out)
        .expect_err("the call must trap");
    let msg = format!("{err:#}");
    assert!(msg.contains(want), "expected `{want}`, got: {msg}");
}

/// Stores `(ptr, len)` at 0 and returns 0: a string or list result.
fn pair(ptr: i64, len: i64) -> String {
    format!(
        "(i32.store (i32.const 0) (i32.const {ptr})) (i32.store (i32.const 4) (i32.const {len})) (i32.const 0)"
    )
}

#[test]
fn string_out_of_bounds() {
    expect_trap(&returns("string", &pair(65530, 10)), &[], "out-of-bounds");
    expect_trap(
        &returns("string", &pair(0xffff_fff0, 0x20)),
        &[],
        "out-of-bounds",
    );
}

#[test]
fn list_out_of_bounds() {
    expect_trap(
        &returns("(list u64)", &pair(65528, 2)),
        &[],
        "out-of-bounds",
    );
    // A length whose byte size overflows 32 bits.
    expect_trap(
        &returns("(list u64)", &pair(0, 0x2000_0001)),
        &[],
        "out-of-bounds",
    );
}

#[test]
fn misaligned_list_and_return_pointer() {
    expect_trap(
        &returns("(list u32)", &pair(2, 1)),
        &[],
        "unaligned pointer",
    );
    // The results themselves at a misaligned address.
    expect_trap(
        &returns("(tuple u64 u64)", "(i32.const 4)"),
        &[],
        "unaligned pointer",
    );
    expect_trap(
        &returns("(tuple u64 u64)", "(i32.const 65528)"),
        &[],
        "out of bounds",
    );
}

#[test]
fn invalid_utf8() {
    let body = format!(
        "(i32.store8 (i32.const 16) (i32.const 0xc0)) (i32.store8 (i32.const 17) (i32.const 0x80)) {}",
        pair(16, 2)
    );
    expect_trap(&returns("string", &body), &[], "invalid utf-8");
}

#[test]
fn invalid_utf16() {
    // A lone high surrogate.
    let text = format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    (func (export "f") (result i32)
      (i32.store16 (i32.const 16) (i32.const 0xd800)) {}))
  (core instance $m (instantiate $M))
  (func (export "f") (result string)
    (canon lift (core func $m "f") (memory (core memory $m "mem")) string-encoding=utf16)))"#,
        pair(16, 1)
    );
    expect_trap(&text, &[], "invalid utf-16");
}

#[test]
fn invalid_char() {
    expect_trap(
        &returns_flat("char", "(i32.const 0xd800)"),
        &[],
        "invalid `char`",
    );
    expect_trap(
        &returns_flat("char", "(i32.const 0x110000)"),
        &[],
        "invalid `char`",
    );
}

#[test]
fn invalid_discriminants() {
    let enum_text = r#"(component
  (type $e' (enum "a" "b"))
  (export $e "e" (type $e'))
  (core module $M (func (export "f") (result i32) (i32.const 2)))
  (core instance $m (instantiate $M))
  (func (export "f") (result $e) (canon lift (core func $m "f"))))"#;
    expect_trap(enum_text, &[], "invalid variant discriminant");
    expect_trap(
        &returns(
            "(option u8)",
            "(i32.store8 (i32.const 0) (i32.const 2)) (i32.const 0)",
        ),
        &[],
        "invalid variant discriminant",
    );
    expect_trap(
        &returns(
            "(result u8 (error u8))",
            "(i32.store8 (i32.const 0) (i32.const 9)) (i32.const 0)",
        ),
        &[],
        "invalid variant discriminant",
    );
}

#[test]
fn unknown_flag_bits_are_ignored() {
    // The Canonical ABI reads only the bits of the declared flags.
    let text = r#"(component
  (type $f' (flags "a" "b"))
  (export $f "fl" (type $f'))
  (core module $M (func (export "f") (result i32) (i32.const 0xfffffffd)))
  (core instance $m (instantiate $M))
  (func (export "f") (result $f) (canon lift (core func $m "f"))))"#;
    let engine = engine();
    let component = compile(&engine, text);
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let mut out = [Val::Bool(false)];
    instance
        .get_func(&mut store, "f")
        .unwrap()
        .call(&mut store, &[], &mut out)
        .unwrap();
    assert_eq!(out[0], Val::Flags(vec!["a".into()]));
}

/// A component whose export `f` takes a `(list u8)`, with `realloc` returning `ret`.
fn bad_realloc(ret: &str) -> String {
    format!(
        r#"(component
  (core module $M
    (memory (export "mem") 1)
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) {ret})
    (func (export "f") (param i32 i32)))
  (core instance $m (instantiate $M))
  (func (export "f") (param "x" (list u32))
    (canon lift (core func $m "f") (memory (core memory $m "mem"))
      (realloc (core func $m "realloc")))))"#
    )
}

#[test]
fn realloc_returning_a_bad_pointer() {
    let list = Val::List(vec![Val::U32(1), Val::U32(2)]);
    expect_trap(
        &bad_realloc("(i32.const 65532)"),
        std::slice::from_ref(&list),
        "beyond end of memory",
    );
    expect_trap(
        &bad_realloc("(i32.const 2)"),
        std::slice::from_ref(&list),
        "not aligned",
    );
    expect_trap(&bad_realloc("unreachable"), &[list], "unreachable");
}

/// A component defining resource `r`, with exports that misuse handles.
const HANDLES: &str = r#"(component
  (type $r' (resource (rep i32)))
  (export $r "r" (type $r'))
  (core func $new (canon resource.new $r'))
  (core func $drop (canon resource.drop $r'))
  (core func $rep (canon resource.rep $r'))
  (core module $M
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (import "" "rep" (func $rep (param i32) (result i32)))
    (func (export "rep-of-unknown") (result i32) (call $rep (i32.const 7)))
    (func (export "drop-twice") (result i32)
      (local $h i32)
      (local.set $h (call $new (i32.const 1)))
      (call $drop (local.get $h))
      (call $drop (local.get $h))
      (i32.const 0))
    (func (export "return-dropped") (result i32)
      (local $h i32)
      (local.set $h (call $new (i32.const 1)))
      (call $drop (local.get $h))
      (local.get $h))
    (func (export "keep-borrow") (param i32))
    (func (export "drop-borrow") (param i32) (call $drop (local.get 0))))
  (core instance $m (instantiate $M (with "" (instance
    (export "new" (func $new)) (export "drop" (func $drop)) (export "rep" (func $rep))))))
  (func (export "rep-of-unknown") (result u32) (canon lift (core func $m "rep-of-unknown")))
  (func (export "drop-twice") (result u32) (canon lift (core func $m "drop-twice")))
  (func (export "return-dropped") (result (own $r)) (canon lift (core func $m "return-dropped")))
  (func (export "make") (result (own $r)) (canon lift (core func $m "return-dropped")))
  (func (export "keep-borrow") (param "x" (borrow $r)) (canon lift (core func $m "keep-borrow")))
  (func (export "drop-borrow") (param "x" (borrow $r)) (canon lift (core func $m "drop-borrow"))))"#;

fn call_handles(name: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
    let engine = engine();
    let component = compile(&engine, HANDLES);
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let f = instance.get_func(&mut store, name).unwrap();
    let mut out = vec![Val::Bool(false); f.result_count().unwrap()];
    f.call(&mut store, args, &mut out)?;
    Ok(out)
}

#[test]
fn invalid_and_dropped_handles() {
    let msg = |r: anyhow::Result<Vec<Val>>| format!("{:#}", r.expect_err("must trap"));
    assert!(msg(call_handles("rep-of-unknown", &[])).contains("unknown handle index 7"));
    assert!(msg(call_handles("drop-twice", &[])).contains("unknown handle index 1"));
    assert!(msg(call_handles("return-dropped", &[])).contains("unknown handle index 1"));
}

/// A host resource type for the borrow tests.
struct Thing;

/// A component importing the host resource `thing`, with exports that take a borrow and
/// either drop it or keep it.
const BORROWS: &str = r#"(component
  (import "thing" (type $t (sub resource)))
  (core func $drop (canon resource.drop $t))
  (core module $M
    (import "" "drop" (func $drop (param i32)))
    (func (export "keep") (param i32))
    (func (export "drop") (param i32) (call $drop (local.get 0))))
  (core instance $m (instantiate $M (with "" (instance (export "drop" (func $drop))))))
  (func (export "keep") (param "x" (borrow $t)) (canon lift (core func $m "keep")))
  (func (export "drop") (param "x" (borrow $t)) (canon lift (core func $m "drop"))))"#;

#[test]
fn borrow_not_dropped_before_the_call_ends() {
    use wicker::component::{Resource, ResourceAny};
    let engine = engine();
    let component = compile(&engine, BORROWS);
    let (mut store, mut linker) = store_and_linker(&engine, ());
    linker
        .root()
        .resource::<Thing>("thing", |_, _| Ok(()))
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let borrow = || {
        Val::Resource(ResourceAny::try_from_resource(
            Resource::<Thing>::new_borrow(3),
        ))
    };
    instance
        .get_func(&mut store, "drop")
        .unwrap()
        .call(&mut store, &[borrow()], &mut [])
        .expect("a borrow dropped in time");
    let err = instance
        .get_func(&mut store, "keep")
        .unwrap()
        .call(&mut store, &[borrow()], &mut [])
        .expect_err("must trap");
    assert!(
        format!("{err:#}").contains("borrow handles still remain at the end of the call"),
        "{err:#}"
    );
}

/// A component whose export `f` calls the host import `callback`; `g` has a post-return
/// function that records its argument (read back by `seen`), and `h` one that calls out.
const REENTER: &str = r#"(component
  (import "callback" (func $cb))
  (core func $cb' (canon lower (func $cb)))
  (core module $M
    (import "" "cb" (func $cb))
    (global $seen (mut i32) (i32.const 0))
    (func (export "f") (call $cb))
    (func (export "g") (result i32) (i32.const 41))
    (func (export "g-post") (param i32) (global.set $seen (i32.add (local.get 0) (i32.const 1))))
    (func (export "seen") (result i32) (global.get $seen))
    (func (export "h-post") (param i32) (call $cb)))
  (core instance $m (instantiate $M (with "" (instance (export "cb" (func $cb'))))))
  (func (export "f") (canon lift (core func $m "f")))
  (func (export "g") (result u32) (canon lift (core func $m "g") (post-return (core func $m "g-post"))))
  (func (export "seen") (result u32) (canon lift (core func $m "seen")))
  (func (export "h") (result u32) (canon lift (core func $m "g") (post-return (core func $m "h-post")))))"#;

#[test]
fn reentering_an_instance() {
    use std::sync::{Arc, Mutex};
    let engine = engine();
    let component = compile(&engine, REENTER);
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let slot: Arc<Mutex<Option<wicker::component::Func>>> = Arc::default();
    let target = slot.clone();
    linker
        .root()
        .func_new("callback", move |mut store, _, _| {
            let f = target.lock().unwrap().clone().expect("set");
            f.call(&mut store, &[], &mut [])
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let f = instance.get_func(&mut store, "f").unwrap();
    *slot.lock().unwrap() = Some(f.clone());
    let err = f.call(&mut store, &[], &mut []).expect_err("must trap");
    assert!(
        format!("{err:#}").contains("cannot enter component instance"),
        "{err:#}"
    );
}

#[test]
fn post_return_runs_before_the_call_returns_and_may_not_call_out() {
    let engine = engine();
    let component = compile(&engine, REENTER);
    let (mut store, mut linker) = store_and_linker(&engine, ());
    linker
        .root()
        .func_new("callback", |_, _, _| Ok(()))
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let g = instance.get_func(&mut store, "g").unwrap();
    let seen = instance.get_func(&mut store, "seen").unwrap();
    let mut out = [Val::Bool(false)];
    g.call(&mut store, &[], &mut out).unwrap();
    assert_eq!(out[0], Val::U32(41));
    // The post-return function received the core result.
    seen.call(&mut store, &[], &mut out).unwrap();
    assert_eq!(out[0], Val::U32(42));
    let err = instance
        .get_func(&mut store, "h")
        .unwrap()
        .call(&mut store, &[], &mut out)
        .expect_err("a post-return function may not call out");
    assert!(
        format!("{err:#}").contains("cannot leave component instance"),
        "{err:#}"
    );
}

#[test]
fn a_trap_poisons_the_instance() {
    let engine = engine();
    let text = returns_flat("char", "(i32.const 0xd800)");
    let component = compile(&engine, &text);
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let f = instance.get_func(&mut store, "f").unwrap();
    let mut out = [Val::Bool(false)];
    assert!(f.call(&mut store, &[], &mut out).is_err());
    let err = f.call(&mut store, &[], &mut out).expect_err("poisoned");
    assert!(
        format!("{err:#}").contains("cannot enter component instance"),
        "{err:#}"
    );
}

/// A guest that creates `n` handles and keeps them.
const HOARDER: &str = r#"(component
  (type $r' (resource (rep i32)))
  (core func $new (canon resource.new $r'))
  (core module $M
    (import "" "new" (func $new (param i32) (result i32)))
    (func (export "hoard") (param $n i32)
      (loop $l
        (if (local.get $n) (then
          (drop (call $new (local.get $n)))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $l))))))
  (core instance $m (instantiate $M (with "" (instance (export "new" (func $new))))))
  (func (export "hoard") (param "n" u32) (canon lift (core func $m "hoard"))))"#;

#[test]
fn a_guest_cannot_grow_its_handle_table_without_end() {
    let mut config = wicker::Config::new();
    config.max_component_handles(100);
    let engine = wicker::Engine::new(&config).unwrap();
    let component = compile(&engine, HOARDER);
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let hoard = instance
        .get_typed_func::<(u32,), ()>(&mut store, "hoard")
        .unwrap();
    hoard.call(&mut store, (100,)).unwrap();
    let err = hoard.call(&mut store, (1,)).expect_err("the table is full");
    assert!(format!("{err:#}").contains("no free slots"), "{err:#}");
    // The default limit (1 Mi handles) stops a guest hoarding without end, too.
    let engine = crate::engine();
    let component = compile(&engine, HOARDER);
    let (mut store, linker) = store_and_linker(&engine, ());
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let hoard = instance
        .get_typed_func::<(u32,), ()>(&mut store, "hoard")
        .unwrap();
    let err = hoard
        .call(&mut store, (u32::MAX,))
        .expect_err("the table fills");
    assert!(format!("{err:#}").contains("no free slots"), "{err:#}");
}

/// A component whose `realloc` calls the import `callback` (or drops a handle) before it
/// allocates: `take` receives a string (the host lowers it through `realloc`), and `ask`
/// calls the import `get`, whose string result is lowered back through `realloc`.
const LEAVING_REALLOC: &str = r#"(component
  (import "callback" (func $cb))
  (import "get" (func $get (result string)))
  (type $r' (resource (rep i32)))
  (core func $new (canon resource.new $r'))
  (core func $drop (canon resource.drop $r'))
  (core func $cb' (canon lower (func $cb)))
  (core module $R
    (import "" "cb" (func $cb))
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    (memory (export "mem") 1)
    (global $mode (mut i32) (i32.const 0))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (if (i32.eq (global.get $mode) (i32.const 1)) (then (call $cb)))
      (if (i32.eq (global.get $mode) (i32.const 2))
        (then (call $drop (call $new (i32.const 7)))))
      (i32.const 256))
    (func (export "set-mode") (param i32) (global.set $mode (local.get 0))))
  (core instance $r (instantiate $R (with "" (instance
    (export "cb" (func $cb')) (export "new" (func $new)) (export "drop" (func $drop))))))
  (core func $get' (canon lower (func $get) (memory (core memory $r "mem"))
    (realloc (core func $r "realloc"))))
  (core module $M
    (import "" "get" (func $get (param i32)))
    (func (export "take") (param i32 i32))
    (func (export "ask") (call $get (i32.const 64))))
  (core instance $m (instantiate $M (with "" (instance (export "get" (func $get'))))))
  (func (export "set-mode") (param "m" u32) (canon lift (core func $r "set-mode")))
  (func (export "take") (param "s" string) (canon lift (core func $m "take")
    (memory (core memory $r "mem")) (realloc (core func $r "realloc"))))
  (func (export "ask") (canon lift (core func $m "ask"))))"#;

#[test]
fn realloc_may_not_leave_the_instance() {
    // Regression: a guest's `realloc` could call imports (or `resource.drop`) while the
    // host was in the middle of lowering values into it.
    let engine = engine();
    let component = compile(&engine, LEAVING_REALLOC);
    for (mode, call) in [
        (1, "take"),
        (2, "take"),
        (1, "ask"),
        (2, "ask"),
        (0, "both"),
    ] {
        let (mut store, mut linker) = store_and_linker(&engine, ());
        linker
            .root()
            .func_new("callback", |_, _, _| Ok(()))
            .unwrap();
        linker
            .root()
            .func_wrap("get", |_, (): ()| Ok(("from the host".to_string(),)))
            .unwrap();
        let instance = linker.instantiate(&mut store, &component).unwrap();
        let set_mode = instance
            .get_typed_func::<(u32,), ()>(&mut store, "set-mode")
            .unwrap();
        set_mode.call(&mut store, (mode,)).unwrap();
        let take = instance
            .get_typed_func::<(&str,), ()>(&mut store, "take")
            .unwrap();
        let ask = instance
            .get_typed_func::<(), ()>(&mut store, "ask")
            .unwrap();
        if call == "both" {
            // A `realloc` that stays inside works both ways.
            take.call(&mut store, ("to the guest",)).unwrap();
            ask.call(&mut store, ()).unwrap();
            continue;
        }
        let err = match call {
            "take" => take.call(&mut store, ("to the guest",)),
            _ => ask.call(&mut store, ()),
        }
        .expect_err("realloc may not leave the instance");
        assert!(
            format!("{err:#}").contains("cannot leave component instance"),
            "mode {mode}, {call}: {err:#}"
        );
    }
}

#[test]
fn a_start_function_may_not_reenter_its_instance() {
    // Regression: a component that lowered one of its own lifted functions and called it
    // from a core start function during instantiation was not trapped.
    let engine = engine();
    let component = compile(
        &engine,
        r#"(component
  (core module $A (func (export "f")))
  (core instance $a (instantiate $A))
  (func $f (canon lift (core func $a "f")))
  (core func $f' (canon lower (func $f)))
  (core module $B (import "" "f" (func $f)) (start $f))
  (core instance $b (instantiate $B (with "" (instance (export "f" (func $f'))))))
  (export "f" (func $f)))"#,
    );
    let (mut store, linker) = store_and_linker(&engine, ());
    let err = linker
        .instantiate(&mut store, &component)
        .expect_err("the start function re-enters the instance");
    assert!(
        format!("{err:#}").contains("cannot enter component instance"),
        "{err:#}"
    );
}
