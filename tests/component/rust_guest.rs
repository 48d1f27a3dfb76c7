//! A guest component compiled from Rust (`wasm32-wasip2` with `wit-bindgen`, in
//! `guests/`): every kind of value relayed through it to the host and back, guest-side
//! work on strings and lists, and a guest-defined resource.

use crate::engine;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use wicker::component::{Component, Linker, Resource, ResourceAny, ResourceTable, Val};
use wicker::{Engine, Store};

#[path = "../support/cargo_guest.rs"]
mod cargo_guest;

/// The guest's `.wasm`, compiled on first use into the test target's scratch directory.
pub(crate) fn guest() -> &'static Path {
    static WASM: OnceLock<PathBuf> = OnceLock::new();
    WASM.get_or_init(|| {
        let guests = Path::new(env!("CARGO_MANIFEST_DIR")).join("component/guests");
        cargo_guest::build(&guests, "wasm32-wasip2", "component-guests").join("roundtrip.wasm")
    })
}

const HOST: &str = "wicker-test:roundtrip/host";
const API: &str = "wicker-test:roundtrip/api";

/// What the host functions saw, and the host's files.
#[derive(Default)]
struct Seen {
    logs: Vec<String>,
    echoes: usize,
    files: ResourceTable,
    closed: Vec<String>,
}

/// A host file of the `files` interface.
struct HostFile {
    name: String,
    data: Vec<u8>,
}

fn instantiate(engine: &Engine) -> (Store<Seen>, wicker::component::Instance) {
    let component = Component::from_file(engine, guest()).expect("the guest compiles");
    let imports: Vec<&str> = component.imports().map(|(n, _)| n).collect();
    assert!(imports.contains(&HOST), "{imports:?}");
    let mut store = Store::new(engine, Seen::default());
    let mut linker: Linker<Seen> = Linker::new(engine);
    let mut host = linker.instance(HOST).unwrap();
    host.func_new("echo", |mut store, params, results| {
        store.data_mut().echoes += 1;
        results[0] = params[0].clone();
        Ok(())
    })
    .unwrap();
    host.func_wrap("echo-bytes", |_, (b,): (Vec<u8>,)| Ok((b,)))
        .unwrap();
    host.func_wrap("log", |mut store, (msg,): (String,)| {
        store.data_mut().logs.push(msg);
        Ok(())
    })
    .unwrap();
    let mut files = linker.instance("wicker-test:roundtrip/files").unwrap();
    files
        .resource::<HostFile>("file", |mut store, rep| {
            let seen = store.data_mut();
            let file = seen.files.delete(Resource::<HostFile>::new_own(rep))?;
            seen.closed.push(file.name);
            Ok(())
        })
        .unwrap();
    files
        .func_wrap("[constructor]file", |mut store, (name,): (String,)| {
            let file = HostFile {
                name,
                data: Vec::new(),
            };
            Ok((store.data_mut().files.push(file)?,))
        })
        .unwrap();
    files
        .func_wrap("[method]file.name", |store, (f,): (Resource<HostFile>,)| {
            Ok((store.data().files.get(&f)?.name.clone(),))
        })
        .unwrap();
    files
        .func_wrap(
            "[method]file.append",
            |mut store, (f, data): (Resource<HostFile>, Vec<u8>)| {
                store.data_mut().files.get_mut(&f)?.data.extend(data);
                Ok(())
            },
        )
        .unwrap();
    files
        .func_wrap("[method]file.size", |store, (f,): (Resource<HostFile>,)| {
            Ok((store.data().files.get(&f)?.data.len() as u64,))
        })
        .unwrap();
    files
        .func_wrap(
            "[static]file.concat",
            |mut store, (a, b): (Resource<HostFile>, Resource<HostFile>)| {
                let table = &mut store.data_mut().files;
                let (a, b) = (table.get(&a)?, table.get(&b)?);
                let file = HostFile {
                    name: format!("{}+{}", a.name, b.name),
                    data: [a.data.as_slice(), b.data.as_slice()].concat(),
                };
                Ok((table.push(file)?,))
            },
        )
        .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    (store, instance)
}

fn point(x: i32, label: &str) -> Val {
    Val::Record(vec![
        ("x".into(), Val::S32(x)),
        ("y".into(), Val::Float64(x as f64 / 3.0)),
        ("label".into(), Val::String(label.into())),
    ])
}

fn everything(seed: u32) -> Val {
    let s = |t: &str| Val::String(t.into());
    Val::Record(vec![
        ("b".into(), Val::Bool(seed.is_multiple_of(2))),
        ("i8v".into(), Val::S8(-(seed as i8))),
        ("u8v".into(), Val::U8(seed as u8)),
        ("i16v".into(), Val::S16(i16::MIN + seed as i16)),
        ("u16v".into(), Val::U16(u16::MAX - seed as u16)),
        ("i32v".into(), Val::S32(-7 * seed as i32)),
        ("u32v".into(), Val::U32(seed * 1000)),
        ("i64v".into(), Val::S64(i64::MIN + i64::from(seed))),
        ("u64v".into(), Val::U64(u64::MAX / (u64::from(seed) + 1))),
        ("f32v".into(), Val::Float32(seed as f32 * 0.5)),
        ("f64v".into(), Val::Float64(-(seed as f64) * 0.25)),
        (
            "c".into(),
            Val::Char(['☃', 'x', '\u{10ffff}'][seed as usize % 3]),
        ),
        ("s".into(), s(&"ÿ☃ ".repeat(seed as usize))),
        (
            "bytes".into(),
            Val::List((0..seed * 3).map(|i| Val::U8(i as u8)).collect()),
        ),
        (
            "strings".into(),
            Val::List((0..seed).map(|i| s(&format!("#{i}"))).collect()),
        ),
        ("pt".into(), point(seed as i32, "p")),
        ("tup".into(), Val::Tuple(vec![Val::U8(3), s("three")])),
        (
            "shape".into(),
            match seed % 4 {
                0 => Val::Variant("none".into(), None),
                1 => Val::Variant("small".into(), Some(Box::new(Val::U8(9)))),
                2 => Val::Variant("text".into(), Some(Box::new(s("words")))),
                _ => Val::Variant("pt".into(), Some(Box::new(point(-1, "q")))),
            },
        ),
        (
            "color".into(),
            Val::Enum(["red", "green", "blue"][seed as usize % 3].into()),
        ),
        (
            "opt".into(),
            Val::Option((seed % 2 == 1).then(|| Box::new(s("some")))),
        ),
        (
            "res".into(),
            Val::Result(if seed.is_multiple_of(2) {
                Ok(Some(Box::new(Val::U32(seed))))
            } else {
                Err(Some(Box::new(s("bad"))))
            }),
        ),
        (
            "perms".into(),
            Val::Flags(
                ["read", "write", "exec"]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| seed >> i & 1 == 1)
                    .map(|(_, n)| n.to_string())
                    .collect(),
            ),
        ),
        (
            "nested".into(),
            Val::List(vec![
                Val::Option(None),
                Val::Option(Some(Box::new(point(seed as i32, "n")))),
            ]),
        ),
    ])
}

#[test]
fn every_kind_of_value_through_a_rust_guest() {
    let engine = engine();
    let (mut store, instance) = instantiate(&engine);
    let api = instance.get_instance(API).expect("the api instance");
    let relay = api.get_func(&mut store, "relay").unwrap();
    for seed in 0..8 {
        let v = everything(seed);
        let mut out = [Val::Bool(false)];
        relay
            .call(&mut store, std::slice::from_ref(&v), &mut out)
            .unwrap();
        assert_eq!(out[0], v, "seed {seed}");
    }
    let seen = store.data();
    assert_eq!(seen.echoes, 8);
    assert_eq!(seen.logs.len(), 8);
    assert!(seen.logs.iter().all(|l| l == "relaying"));
}

#[test]
fn large_byte_lists_and_guest_work() {
    let engine = engine();
    let (mut store, instance) = instantiate(&engine);
    let api = instance.get_instance(API).unwrap();
    let relay = api
        .get_func(&mut store, "relay-bytes")
        .unwrap()
        .typed::<(&[u8],), (Vec<u8>,)>()
        .unwrap();
    let big: Vec<u8> = (0..3 << 20).map(|i: u32| (i * 7) as u8).collect();
    let (back,) = relay.call(&mut store, (&big,)).unwrap();
    assert!(back == big);

    let shout = api
        .get_func(&mut store, "shout")
        .unwrap()
        .typed::<(&str,), (String,)>()
        .unwrap();
    let (s,) = shout.call(&mut store, ("grüße, ☃ world",)).unwrap();
    assert_eq!(s, "GRÜSSE, ☃ WORLD");

    let sum = api
        .get_func(&mut store, "sum")
        .unwrap()
        .typed::<(&[u32],), (u64,)>()
        .unwrap();
    let nums: Vec<u32> = (0..100_000).collect();
    assert_eq!(sum.call(&mut store, (&nums,)).unwrap().0, 4_999_950_000);
}

#[test]
fn a_guest_defined_resource() {
    let engine = engine();
    let (mut store, instance) = instantiate(&engine);
    let api = instance.get_instance(API).unwrap();
    let new = api
        .get_func(&mut store, "[constructor]counter")
        .unwrap()
        .typed::<(u32,), (ResourceAny,)>()
        .unwrap();
    let incr = api
        .get_func(&mut store, "[method]counter.incr")
        .unwrap()
        .typed::<(&ResourceAny,), (u32,)>()
        .unwrap();
    let add = api
        .get_func(&mut store, "[method]counter.add-from")
        .unwrap()
        .typed::<(&ResourceAny, &ResourceAny), ()>()
        .unwrap();
    let dropped = api
        .get_func(&mut store, "dropped")
        .unwrap()
        .typed::<(), (u32,)>()
        .unwrap();
    let (a,) = new.call(&mut store, (5,)).unwrap();
    let (b,) = new.call(&mut store, (10,)).unwrap();
    assert_eq!(incr.call(&mut store, (&a,)).unwrap().0, 6);
    add.call(&mut store, (&a, &b)).unwrap();
    assert_eq!(incr.call(&mut store, (&a,)).unwrap().0, 17);
    assert_eq!(dropped.call(&mut store, ()).unwrap().0, 0);
    a.resource_drop(&mut store).unwrap();
    assert_eq!(dropped.call(&mut store, ()).unwrap().0, 1);
    b.resource_drop(&mut store).unwrap();
    assert_eq!(dropped.call(&mut store, ()).unwrap().0, 2);
}

#[test]
fn host_resources_used_by_a_rust_guest() {
    let engine = engine();
    let (mut store, instance) = instantiate(&engine);
    let api = instance.get_instance(API).unwrap();
    let use_files = api
        .get_typed_func::<(&str, &[u8]), ((String, u64),)>(&mut store, "use-files")
        .unwrap();
    let ((name, size),) = use_files.call(&mut store, ("notes", b"abc")).unwrap();
    assert_eq!((name.as_str(), size), ("notes+other", 6));
    // All three files were dropped by the guest, so the host closed them.
    let seen = store.data();
    assert_eq!(seen.closed.len(), 3, "{:?}", seen.closed);
    assert!(seen.files.is_empty());
}

/// The `kernels` export: `v128` code inside the core module (written with the `simd128`
/// intrinsics), plain lists and numbers outside.
#[test]
fn simd_kernels_as_component_exports() {
    let engine = engine();
    let (mut store, instance) = instantiate(&engine);
    let kernels = instance
        .get_instance("wicker-test:roundtrip/kernels")
        .expect("the kernels instance");
    let dot = kernels
        .get_func(&mut store, "dot")
        .unwrap()
        .typed::<(&[f32], &[f32]), (f32,)>()
        .unwrap();
    // Small integers: every partial sum is exact, so the lane order cannot matter.
    let a: Vec<f32> = (0..1003).map(|i| (i % 17) as f32).collect();
    let b: Vec<f32> = (0..1001).map(|i| (i % 5) as f32 - 2.0).collect();
    let expected: f32 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
    assert_eq!(dot.call(&mut store, (&a, &b)).unwrap().0, expected);
    assert_eq!(dot.call(&mut store, (&[], &b)).unwrap().0, 0.0);

    let count = kernels
        .get_func(&mut store, "count-byte")
        .unwrap()
        .typed::<(&[u8], u8), (u32,)>()
        .unwrap();
    let haystack: Vec<u8> = (0..100_007u32).map(|i| (i * 31 % 251) as u8).collect();
    for needle in [0u8, 7, 250, 255] {
        let expected = haystack.iter().filter(|b| **b == needle).count() as u32;
        let (n,) = count.call(&mut store, (&haystack, needle)).unwrap();
        assert_eq!(n, expected, "needle {needle}");
    }

    // The guest really uses SIMD: without it, it does not load.
    let mut config = wicker::Config::new();
    config.wasm_simd(false).wasm_relaxed_simd(false);
    let no_simd = Engine::new(&config).unwrap();
    let err = Component::from_file(&no_simd, guest()).unwrap_err();
    assert!(format!("{err:?}").contains("SIMD"), "{err:?}");
}
