//! Typed host functions (`func_wrap`) and typed views of exports (`TypedFunc`).

use crate::model::{ENCODINGS, Ty, echo_component};
use crate::{compile, engine, store_and_linker};
use wicker::component::{ComponentNamedList, Lift, Lower, Val};

/// Echoes `values` of Rust type `V` (standing for `ty`) through a typed host function and
/// a typed view of the export, in each encoding.
pub(crate) fn typed_echo<V>(ty: Ty, values: Vec<V>)
where
    V: Lift + Lower + Clone + PartialEq + std::fmt::Debug + Send + Sync + 'static,
    (V,): ComponentNamedList + Lift + Lower,
{
    let engine = engine();
    for encoding in ENCODINGS {
        let component = compile(&engine, &echo_component(&ty, encoding));
        let (mut store, mut linker) = store_and_linker(&engine, 0u32);
        linker
            .instance("host")
            .unwrap()
            .func_wrap("echo", |mut store, (v,): (V,)| {
                *store.data_mut() += 1;
                Ok((v,))
            })
            .unwrap();
        let instance = linker.instantiate(&mut store, &component).unwrap();
        let run = instance
            .get_func(&mut store, "run")
            .unwrap()
            .typed::<(V,), (V,)>()
            .unwrap();
        for v in &values {
            let (out,) = run.call(&mut store, (v.clone(),)).unwrap();
            assert_eq!(&out, v, "{ty:?} in {encoding}");
        }
        assert_eq!(*store.data() as usize, values.len());
    }
}

fn b(t: Ty) -> Box<Ty> {
    Box::new(t)
}

#[test]
fn primitives() {
    typed_echo(Ty::Bool, vec![true, false]);
    typed_echo(Ty::S8, vec![i8::MIN, -1, 0, i8::MAX]);
    typed_echo(Ty::U16, vec![0, 1, u16::MAX]);
    typed_echo(Ty::S32, vec![i32::MIN, 7]);
    typed_echo(Ty::U64, vec![u64::MAX, 3]);
    typed_echo(Ty::S64, vec![i64::MIN, -3]);
    typed_echo(Ty::F32, vec![1.5f32, -0.0, f32::INFINITY]);
    typed_echo(Ty::F64, vec![2.25f64, f64::MIN_POSITIVE]);
    typed_echo(Ty::Char, vec!['x', '☃', '\u{10ffff}']);
}

#[test]
fn strings_and_lists() {
    typed_echo(
        Ty::String,
        vec![String::new(), "plain".into(), "ÿ and ☃ and 🎉".into()],
    );
    typed_echo(
        Ty::List(b(Ty::U8)),
        vec![vec![], vec![1u8, 2, 3], vec![7; 70_000]],
    );
    typed_echo(
        Ty::List(b(Ty::String)),
        vec![vec!["a".to_string(), "☃".into()], vec![]],
    );
    typed_echo(
        Ty::List(b(Ty::List(b(Ty::U32)))),
        vec![vec![vec![1u32], vec![], vec![2, 3]]],
    );
}

#[test]
fn options_results_tuples() {
    typed_echo(Ty::Option(b(Ty::U32)), vec![None, Some(5u32)]);
    typed_echo(
        Ty::Option(b(Ty::String)),
        vec![None, Some("some".to_string())],
    );
    typed_echo(
        Ty::Result(Some(b(Ty::String)), Some(b(Ty::U8))),
        vec![Ok::<String, u8>("fine".into()), Err(4)],
    );
    typed_echo(
        Ty::Result(None, Some(b(Ty::String))),
        vec![Ok::<(), String>(()), Err("no".into())],
    );
    typed_echo(Ty::Result(None, None), vec![Ok::<(), ()>(()), Err(())]);
    typed_echo(
        Ty::Tuple(vec![Ty::U8, Ty::String, Ty::F32]),
        vec![(1u8, "one".to_string(), 1.0f32), (2, String::new(), -2.5)],
    );
    typed_echo(
        Ty::Option(b(Ty::Result(Some(b(Ty::F64)), Some(b(Ty::Char))))),
        vec![None, Some(Ok::<f64, char>(0.5)), Some(Err('e'))],
    );
}

#[test]
fn dynamic_values_inside_typed_calls() {
    let rec = Ty::Record(vec![("x", Ty::U8), ("name", Ty::String)]);
    typed_echo(
        rec,
        vec![Val::Record(vec![
            ("x".into(), Val::U8(3)),
            ("name".into(), Val::String("three".into())),
        ])],
    );
}

#[test]
fn mistyped_host_function_is_a_clear_error() {
    let engine = engine();
    let component = compile(&engine, &echo_component(&Ty::String, "utf8"));
    let (mut store, mut linker) = store_and_linker(&engine, ());
    linker
        .instance("host")
        .unwrap()
        .func_wrap("echo", |_, (v,): (u32,)| Ok((v,)))
        .unwrap();
    let err = linker.instantiate(&mut store, &component).unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("host/echo"), "{msg}");
    assert!(msg.contains("expected `string`"), "{msg}");
    assert!(msg.contains("u32"), "{msg}");
}

#[test]
fn mistyped_typed_view_is_an_error() {
    let engine = engine();
    let component = compile(&engine, &echo_component(&Ty::String, "utf8"));
    let (mut store, mut linker) = store_and_linker(&engine, ());
    linker
        .instance("host")
        .unwrap()
        .func_new("echo", |_, p, r| {
            r[0] = p[0].clone();
            Ok(())
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let run = instance.get_func(&mut store, "run").unwrap();
    let err = run.typed::<(u32,), (u32,)>().err().expect("a type error");
    assert!(format!("{err:#}").contains("expected `string`"), "{err:#}");
    assert!(run.typed::<(String,), ()>().is_err());
    assert!(run.typed::<(String, String), (String,)>().is_err());
    run.typed::<(&str,), (String,)>()
        .expect("&str stands for string");
}

/// Passes a core `i32` as a `bool` to `take` and returns what `take` returned, and returns
/// a core `i32` as a `bool` from `get`.
const BOOLS: &str = r#"(component
  (import "take" (func $take (param "b" bool) (result bool)))
  (core func $take' (canon lower (func $take)))
  (core module $M
    (import "" "take" (func $take (param i32) (result i32)))
    (func (export "pass") (param i32) (result i32) (call $take (local.get 0)))
    (func (export "get") (param i32) (result i32) (local.get 0)))
  (core instance $m (instantiate $M (with "" (instance (export "take" (func $take'))))))
  (func (export "pass") (param "bits" u32) (result bool) (canon lift (core func $m "pass")))
  (func (export "get") (param "bits" u32) (result bool) (canon lift (core func $m "get"))))"#;

/// Core `i32`s passed as `bool`s: zero, and non-zero ones with and without a low byte.
const BITS: [u32; 9] = [0, 1, 2, 0xff, 0x100, 0x200, 0x1_0000, 0x8000_0000, u32::MAX];

/// A flat `bool` is any non-zero `i32` (the canonical ABI's `convert_int_to_bool`), for
/// typed lifting as for dynamic: typed lifting looked at the low byte only, so `0x100`
/// arrived as `false`.
#[test]
fn a_flat_bool_is_any_nonzero_i32() {
    let engine = engine();
    let component = compile(&engine, BOOLS);
    let (mut store, mut linker) = store_and_linker(&engine, Vec::new());
    linker
        .root()
        .func_wrap("take", |mut store, (b,): (bool,)| {
            store.data_mut().push(b);
            Ok((b,))
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let pass = instance.get_typed_func::<(u32,), (bool,)>(&mut store, "pass");
    let get = instance.get_typed_func::<(u32,), (bool,)>(&mut store, "get");
    let (pass, get) = (pass.unwrap(), get.unwrap());
    let dynamic = instance.get_func(&mut store, "get").unwrap();
    for bits in BITS {
        let want = bits != 0;
        assert_eq!(
            pass.call(&mut store, (bits,)).unwrap(),
            (want,),
            "{bits:#x}"
        );
        assert_eq!(
            store.data_mut().pop(),
            Some(want),
            "{bits:#x} passed to the host"
        );
        assert_eq!(get.call(&mut store, (bits,)).unwrap(), (want,), "{bits:#x}");
        let mut out = [Val::Bool(!want)];
        dynamic
            .call(&mut store, &[Val::U32(bits)], &mut out)
            .unwrap();
        assert_eq!(out[0], Val::Bool(want), "{bits:#x}, dynamic");
    }
}
