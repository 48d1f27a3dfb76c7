//! Resources: host-defined ones with their state in a `ResourceTable`, guest-defined ones
//! reaching the host as `ResourceAny`, destructors, and handle tables per instance.

use crate::{compile, engine, store_and_linker};
use wicker::component::{Resource, ResourceAny, ResourceTable, Val};
use wicker::{Engine, Store};

/// A host resource: an open "file" with a name.
struct File {
    name: String,
}

#[derive(Default)]
struct Host {
    table: ResourceTable,
    closed: Vec<String>,
}

/// A guest that opens a file through the host, asks its name through a borrow, and drops
/// it, which runs the host destructor.
const FILES: &str = r#"(component
  (import "file" (type $file (sub resource)))
  (import "open" (func $open (param "name" string) (result (own $file))))
  (import "name" (func $name (param "f" (borrow $file)) (result string)))
  (core module $Libc
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (global.set $bump (i32.add (global.get $bump) (local.get 3)))
      (i32.sub (global.get $bump) (local.get 3))))
  (core instance $libc (instantiate $Libc))
  (core func $open' (canon lower (func $open) (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
  (core func $name' (canon lower (func $name) (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
  (core func $drop (canon resource.drop $file))
  (core module $M
    (import "" "open" (func $open (param i32 i32) (result i32)))
    (import "" "name" (func $name (param i32 i32)))
    (import "" "drop" (func $drop (param i32)))
    (func (export "run") (param $p i32) (param $len i32) (result i32)
      (local $h i32)
      (local.set $h (call $open (local.get $p) (local.get $len)))
      (call $name (local.get $h) (i32.const 16))
      (call $drop (local.get $h))
      (i32.const 16))
    (func (export "leak") (param $p i32) (param $len i32) (result i32)
      (call $open (local.get $p) (local.get $len))))
  (core instance $m (instantiate $M (with "" (instance
    (export "open" (func $open')) (export "name" (func $name')) (export "drop" (func $drop))))))
  (func (export "run") (param "name" string) (result string)
    (canon lift (core func $m "run") (memory (core memory $libc "mem")) (realloc (core func $libc "realloc"))))
  (func (export "leak") (param "name" string) (result (own $file))
    (canon lift (core func $m "leak") (memory (core memory $libc "mem")) (realloc (core func $libc "realloc")))))"#;

fn files(engine: &Engine) -> (Store<Host>, wicker::component::Instance) {
    let component = compile(engine, FILES);
    let (mut store, mut linker) = store_and_linker(engine, Host::default());
    let mut root = linker.root();
    root.resource::<File>("file", |mut store, rep| {
        let host = store.data_mut();
        let file = host.table.delete(Resource::<File>::new_own(rep))?;
        host.closed.push(file.name);
        Ok(())
    })
    .unwrap();
    root.func_wrap("open", |mut store, (name,): (String,)| {
        let r = store.data_mut().table.push(File { name })?;
        Ok((r,))
    })
    .unwrap();
    root.func_wrap("name", |store, (f,): (Resource<File>,)| {
        assert!(!f.owned(), "a borrow arrives as a borrow");
        Ok((store.data().table.get(&f)?.name.clone(),))
    })
    .unwrap();
    let instance = linker.instantiate(&mut store, &component).unwrap();
    (store, instance)
}

#[test]
fn host_resources_with_state_and_destructor() {
    let engine = engine();
    let (mut store, instance) = files(&engine);
    let run = instance
        .get_func(&mut store, "run")
        .unwrap()
        .typed::<(&str,), (String,)>()
        .unwrap();
    for name in ["a.txt", "☃.dat"] {
        let (got,) = run.call(&mut store, (name,)).unwrap();
        assert_eq!(got, name);
    }
    assert_eq!(store.data().closed, ["a.txt", "☃.dat"]);
    assert!(store.data().table.is_empty());
}

#[test]
fn host_resource_returned_to_the_host() {
    let engine = engine();
    let (mut store, instance) = files(&engine);
    let leak = instance
        .get_func(&mut store, "leak")
        .unwrap()
        .typed::<(&str,), (Resource<File>,)>()
        .unwrap();
    let (file,) = leak.call(&mut store, ("kept",)).unwrap();
    assert!(file.owned());
    assert_eq!(store.data().table.get(&file).unwrap().name, "kept");
    // The guest gave the handle away: its table no longer has it.
    let any = ResourceAny::try_from_resource(Resource::<File>::new_own(file.rep()));
    assert!(
        any.try_into_resource::<Host>().is_err(),
        "the type is checked"
    );
}

/// A guest-defined resource whose destructor adds the representation to a counter.
const COUNTER: &str = r#"(component
  (core module $D
    (global $sum (mut i32) (i32.const 0))
    (func (export "dtor") (param i32) (global.set $sum (i32.add (global.get $sum) (local.get 0))))
    (func (export "sum") (result i32) (global.get $sum)))
  (core instance $d (instantiate $D))
  (type $r' (resource (rep i32) (dtor (core func $d "dtor"))))
  (export $r "r" (type $r'))
  (core func $new (canon resource.new $r'))
  (core func $rep (canon resource.rep $r'))
  (core module $M
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "rep" (func $rep (param i32) (result i32)))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    (func (export "get") (param i32) (result i32) (local.get 0)))
  (core instance $m (instantiate $M (with "" (instance (export "new" (func $new)) (export "rep" (func $rep))))))
  (func (export "make") (param "rep" u32) (result (own $r)) (canon lift (core func $m "make")))
  (func (export "get") (param "r" (borrow $r)) (result u32) (canon lift (core func $m "get")))
  (func (export "sum") (result u32) (canon lift (core func $d "sum"))))"#;

#[test]
fn guest_resources_reach_the_host_and_drop_runs_the_destructor() {
    let engine = engine();
    let component = compile(&engine, COUNTER);
    let (mut store, linker) = store_and_linker(&engine, ());
    let a = linker.instantiate(&mut store, &component).unwrap();
    let b = linker.instantiate(&mut store, &component).unwrap();
    let make = a
        .get_func(&mut store, "make")
        .unwrap()
        .typed::<(u32,), (ResourceAny,)>()
        .unwrap();
    let get = a
        .get_func(&mut store, "get")
        .unwrap()
        .typed::<(&ResourceAny,), (u32,)>()
        .unwrap();
    let sum = a
        .get_func(&mut store, "sum")
        .unwrap()
        .typed::<(), (u32,)>()
        .unwrap();
    let (r,) = make.call(&mut store, (40,)).unwrap();
    assert!(r.owned());
    assert_eq!(r.ty(), a.get_resource("r").unwrap());
    assert_ne!(
        r.ty(),
        b.get_resource("r").unwrap(),
        "each instance has its own type"
    );
    // Lent back to its instance, a borrow is the representation itself.
    let (rep,) = get.call(&mut store, (&r,)).unwrap();
    assert_eq!(rep, 40);
    assert_eq!(sum.call(&mut store, ()).unwrap().0, 0);
    r.resource_drop(&mut store).unwrap();
    assert_eq!(sum.call(&mut store, ()).unwrap().0, 40);
    // A handle of `a`'s type is refused by `b`.
    let (r2,) = make.call(&mut store, (2,)).unwrap();
    let get_b = b.get_func(&mut store, "get").unwrap();
    let err = get_b
        .call(&mut store, &[Val::Resource(r2)], &mut [Val::U32(0)])
        .expect_err("wrong resource type");
    assert!(
        format!("{err:#}").contains("mismatched resource types"),
        "{err:#}"
    );
}
