//! Values of every interface type go host -> guest -> host -> guest -> host through an
//! echo component, in each string encoding, and come back equal.

use crate::model::{ENCODINGS, Ty, echo_component, same};
use crate::{compile, engine, store_and_linker};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wicker::component::Val;

fn b(t: Ty) -> Box<Ty> {
    Box::new(t)
}

/// One type of each kind, and compositions of them.
fn types() -> Vec<Ty> {
    let point = Ty::Record(vec![("x", Ty::S32), ("y", Ty::F64), ("label", Ty::String)]);
    vec![
        Ty::Bool,
        Ty::S8,
        Ty::U8,
        Ty::S16,
        Ty::U16,
        Ty::S32,
        Ty::U32,
        Ty::S64,
        Ty::U64,
        Ty::F32,
        Ty::F64,
        Ty::Char,
        Ty::String,
        Ty::List(b(Ty::U8)),
        Ty::List(b(Ty::String)),
        Ty::List(b(Ty::List(b(Ty::U16)))),
        point.clone(),
        Ty::Tuple(vec![Ty::U8, Ty::String, Ty::F32]),
        Ty::Variant(vec![
            ("none", None),
            ("small", Some(Ty::U8)),
            ("float", Some(Ty::F32)),
            ("big", Some(Ty::U64)),
            ("text", Some(Ty::String)),
        ]),
        Ty::Enum(vec!["red", "green", "blue"]),
        Ty::Option(b(Ty::String)),
        Ty::Option(b(Ty::F64)),
        Ty::Result(Some(b(Ty::U32)), Some(b(Ty::String))),
        Ty::Result(None, Some(b(Ty::U8))),
        Ty::Result(Some(b(Ty::String)), None),
        Ty::Result(None, None),
        Ty::Flags(vec!["read".into(), "write".into(), "exec".into()]),
        Ty::Flags((0..32).map(|i| format!("f{i}")).collect()),
        Ty::List(b(point.clone())),
        Ty::Option(b(Ty::Result(
            Some(b(point.clone())),
            Some(b(Ty::List(b(Ty::Char)))),
        ))),
        // Seventeen flat values: passed through memory rather than as core parameters.
        Ty::Tuple((0..17).map(|_| Ty::U32).collect()),
        Ty::Record(vec![
            ("a", Ty::String),
            ("b", Ty::String),
            ("c", Ty::String),
            ("d", Ty::String),
            ("e", Ty::String),
            ("f", Ty::String),
            ("g", Ty::String),
            ("h", Ty::String),
            ("i", Ty::U8),
        ]),
    ]
}

/// Round-trips `values` of `ty` through an echo component in `encoding`.
fn roundtrip(ty: &Ty, encoding: &str, values: &[Val]) {
    let engine = engine();
    let text = echo_component(ty, encoding);
    let component = compile(&engine, &text);
    let (mut store, mut linker) = store_and_linker(&engine, ());
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    linker
        .instance("host")
        .unwrap()
        .func_new("echo", move |_, params, results| {
            counter.fetch_add(1, Ordering::Relaxed);
            results[0] = params[0].clone();
            Ok(())
        })
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let run = instance.get_func(&mut store, "run").expect("export `run`");
    for v in values {
        let mut out = [Val::Bool(false)];
        run.call(&mut store, std::slice::from_ref(v), &mut out)
            .unwrap_or_else(|e| panic!("{ty:?} in {encoding}, value {v:?}: {e:#}"));
        assert!(
            same(v, &out[0]),
            "{ty:?} in {encoding}: sent {v:?}, got {:?}",
            out[0]
        );
    }
    assert_eq!(calls.load(Ordering::Relaxed), values.len());
}

#[test]
fn every_type_in_every_encoding() {
    for ty in types() {
        let mut seed = 7;
        let values: Vec<Val> = (0..12).map(|_| ty.sample(&mut seed)).collect();
        for encoding in ENCODINGS {
            roundtrip(&ty, encoding, &values);
        }
    }
}

#[test]
fn large_lists() {
    let bytes: Vec<Val> = (0..4 << 20).map(|i| Val::U8(i as u8)).collect();
    roundtrip(&Ty::List(b(Ty::U8)), "utf8", &[Val::List(bytes)]);
    let strings: Vec<Val> = (0..20_000)
        .map(|i| Val::String(format!("entry {i} ☃")))
        .collect();
    for encoding in ENCODINGS {
        roundtrip(
            &Ty::List(b(Ty::String)),
            encoding,
            &[Val::List(strings.clone())],
        );
    }
    let long = "ÿ".repeat(1 << 20) + "☃";
    for encoding in ENCODINGS {
        roundtrip(&Ty::String, encoding, &[Val::String(long.clone())]);
    }
}

#[test]
fn deeply_nested_types() {
    let mut option = Ty::U32;
    let mut value = Val::U32(42);
    for _ in 0..40 {
        option = Ty::Option(b(option));
        value = Val::Option(Some(Box::new(value)));
    }
    roundtrip(&option, "utf8", &[value, Val::Option(None)]);

    let mut list = Ty::String;
    let mut value = Val::String("deep".into());
    for _ in 0..30 {
        list = Ty::List(b(list));
        value = Val::List(vec![value.clone(), value]);
        if let Val::List(items) = &mut value {
            items.truncate(1 + (items.len() % 2));
        }
    }
    roundtrip(&list, "utf16", &[value]);

    let mut record = Ty::U8;
    let mut value = Val::U8(1);
    for _ in 0..20 {
        record = Ty::Record(vec![("inner", record), ("tag", Ty::String)]);
        value = Val::Record(vec![
            ("inner".into(), value),
            ("tag".into(), Val::String("t".into())),
        ]);
    }
    roundtrip(&record, "latin1+utf16", &[value]);
}

/// Values of every type go host -> component B -> component A -> host and back, with A and
/// B in every pair of string encodings: B's import `host.echo` is A's export `run`.
#[test]
fn every_type_between_two_components() {
    let engine = engine();
    for ty in types() {
        let mut seed = 11;
        let values: Vec<Val> = (0..4).map(|_| ty.sample(&mut seed)).collect();
        for inner in ENCODINGS {
            let a = compile(&engine, &echo_component(&ty, inner));
            for outer in ENCODINGS {
                let b = compile(&engine, &echo_component(&ty, outer));
                let (mut store, mut linker) = store_and_linker(&engine, ());
                linker
                    .instance("host")
                    .unwrap()
                    .func_new("echo", |_, params, results| {
                        results[0] = params[0].clone();
                        Ok(())
                    })
                    .unwrap();
                let first = linker.instantiate(&mut store, &a).unwrap();
                let run_a = first.get_func(&mut store, "run").unwrap();
                let mut linker = wicker::component::Linker::new(&engine);
                linker
                    .instance("host")
                    .unwrap()
                    .func("echo", run_a)
                    .unwrap();
                let second = linker.instantiate(&mut store, &b).unwrap();
                let run = second.get_func(&mut store, "run").unwrap();
                for v in &values {
                    let mut out = [Val::Bool(false)];
                    run.call(&mut store, std::slice::from_ref(v), &mut out)
                        .unwrap_or_else(|e| panic!("{ty:?} {inner}/{outer}: {e:#}"));
                    assert!(
                        same(v, &out[0]),
                        "{ty:?} {inner}/{outer}: {v:?} -> {:?}",
                        out[0]
                    );
                }
            }
        }
    }
}
