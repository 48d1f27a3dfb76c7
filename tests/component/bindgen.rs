//! `bindgen!` end to end: host bindings generated from the Rust guest's WIT world, run
//! against that guest.

use crate::engine;
use crate::rust_guest::guest;
use wicker::Store;
use wicker::component::{Component, Linker};

wicker::component::bindgen!({
    path: "component/guests/wit",
    world: "roundtrip",
    // The host's files are `FileData` values in its resource table.
    with: { "wicker-test:roundtrip/files/file": crate::bindgen::FileData },
});

use exports::wicker_test::roundtrip::api;
use wicker_test::roundtrip::types::{Color, Everything, Perms, Point, Shape};

/// The host side of the world.
#[derive(Default)]
struct MyHost {
    logs: Vec<String>,
    echoed: usize,
    files: wicker::component::ResourceTable,
    closed: Vec<String>,
}

/// A file of the `files` interface, kept in the host's table.
pub struct FileData {
    name: String,
    data: Vec<u8>,
}

use wicker::component::Resource;

impl wicker_test::roundtrip::files::HostFile for MyHost {
    fn new(&mut self, name: String) -> Resource<FileData> {
        let file = FileData {
            name,
            data: Vec::new(),
        };
        self.files.push(file).expect("table has room")
    }

    fn name(&mut self, self_: Resource<FileData>) -> String {
        self.files.get(&self_).expect("a live file").name.clone()
    }

    fn append(&mut self, self_: Resource<FileData>, data: Vec<u8>) {
        self.files
            .get_mut(&self_)
            .expect("a live file")
            .data
            .extend(data);
    }

    fn size(&mut self, self_: Resource<FileData>) -> u64 {
        self.files.get(&self_).expect("a live file").data.len() as u64
    }

    fn concat(&mut self, a: Resource<FileData>, b: Resource<FileData>) -> Resource<FileData> {
        let (a, b) = (
            self.files.get(&a).expect("a live file"),
            self.files.get(&b).expect("a live file"),
        );
        let joined = FileData {
            name: format!("{}+{}", a.name, b.name),
            data: [a.data.as_slice(), b.data.as_slice()].concat(),
        };
        self.files.push(joined).expect("table has room")
    }

    fn drop(&mut self, rep: Resource<FileData>) -> wicker::Result<()> {
        let f = self.files.delete(rep)?;
        self.closed.push(f.name);
        Ok(())
    }
}

impl wicker_test::roundtrip::files::Host for MyHost {}

impl wicker_test::roundtrip::host::Host for MyHost {
    fn echo(&mut self, e: Everything) -> Everything {
        self.echoed += 1;
        e
    }

    fn echo_bytes(&mut self, b: Vec<u8>) -> Vec<u8> {
        b
    }

    fn log(&mut self, msg: String) {
        self.logs.push(msg);
    }
}

fn everything(n: u32) -> Everything {
    Everything {
        b: n.is_multiple_of(2),
        i8v: -(n as i8),
        u8v: n as u8,
        i16v: i16::MIN,
        u16v: u16::MAX,
        i32v: -7,
        u32v: n,
        i64v: i64::MIN + 1,
        u64v: u64::MAX,
        f32v: 0.5,
        f64v: -2.25,
        c: '☃',
        s: "ÿ and ☃".repeat(n as usize),
        bytes: vec![1, 2, 3],
        strings: vec!["a".into(), "bc".into()],
        pt: Point {
            x: 3,
            y: 4.5,
            label: "p".into(),
        },
        tup: (9, "nine".into()),
        shape: match n % 4 {
            0 => Shape::None,
            1 => Shape::Small(7),
            2 => Shape::Text("t".into()),
            _ => Shape::Pt(Point {
                x: -1,
                y: 0.0,
                label: "q".into(),
            }),
        },
        color: Color::Blue,
        opt: Some("some".into()),
        res: if n.is_multiple_of(2) {
            Ok(n)
        } else {
            Err("bad".into())
        },
        perms: Perms {
            read: true,
            write: false,
            exec: n % 2 == 1,
        },
        nested: vec![
            None,
            Some(Point {
                x: 1,
                y: 1.0,
                label: "n".into(),
            }),
        ],
    }
}

#[test]
fn generated_bindings_run_the_rust_guest() {
    let engine = engine();
    let component = Component::from_file(&engine, guest()).unwrap();
    let mut linker: Linker<MyHost> = Linker::new(&engine);
    Roundtrip::add_to_linker(&mut linker, |h| h).unwrap();
    let mut store = Store::new(&engine, MyHost::default());
    let bindings = Roundtrip::instantiate(&mut store, &component, &linker).unwrap();
    let api = bindings.wicker_test_roundtrip_api();
    for n in 0..6 {
        let e = everything(n);
        assert_eq!(api.call_relay(&mut store, &e).unwrap(), e);
    }
    assert_eq!(store.data().echoed, 6);
    assert_eq!(store.data().logs.len(), 6);

    let bytes: Vec<u8> = (0..100_000).map(|i: u32| i as u8).collect();
    assert_eq!(api.call_relay_bytes(&mut store, &bytes).unwrap(), bytes);
    assert_eq!(api.call_shout(&mut store, "abc ☃").unwrap(), "ABC ☃");
    assert_eq!(api.call_sum(&mut store, &[1, 2, 3]).unwrap(), 6);

    let (name, size) = api.call_use_files(&mut store, "log", b"12345").unwrap();
    assert_eq!((name.as_str(), size), ("log+other", 10));
    assert_eq!(store.data().closed.len(), 3);

    let counter = api.counter();
    let a = counter.call_constructor(&mut store, 10).unwrap();
    assert_eq!(counter.call_incr(&mut store, &a).unwrap(), 11);
    a.resource_drop(&mut store).unwrap();
    assert_eq!(api.call_dropped(&mut store).unwrap(), 1);
    let _: &api::Guest = api;
}

/// `trappable_error_type`: the host's `open` returns a Rust error, which becomes the WIT
/// `error-code` or a trap.
mod errors {
    wicker::component::bindgen!({
        path: "../macros/wit-bindgen/tests/fixtures/errors.wit",
        trappable_error_type: { "fixtures:errors/fs/error-code": crate::bindgen::FsError },
    });
}

/// The host's error type for `fixtures:errors/fs`.
#[derive(Debug)]
pub enum FsError {
    Denied,
    Missing,
    /// Not a WIT error: the guest must not continue.
    Corrupt(String),
}

#[derive(Default)]
struct Fs {
    removed: Vec<String>,
}

impl errors::fixtures::errors::fs::Host for Fs {
    fn convert_error_code(
        &mut self,
        err: FsError,
    ) -> wicker::Result<errors::fixtures::errors::fs::ErrorCode> {
        use errors::fixtures::errors::fs::ErrorCode;
        match err {
            FsError::Denied => Ok(ErrorCode::Denied),
            FsError::Missing => Ok(ErrorCode::NotFound),
            FsError::Corrupt(why) => Err(anyhow::anyhow!("filesystem corrupt: {why}")),
        }
    }

    fn open(&mut self, path: String) -> Result<u32, FsError> {
        match path.as_str() {
            "secret" => Err(FsError::Denied),
            "broken" => Err(FsError::Corrupt("bad sector".into())),
            p if p.starts_with("file") => Ok(p.len() as u32),
            _ => Err(FsError::Missing),
        }
    }

    fn remove(&mut self, path: String) -> Result<(), FsError> {
        self.removed.push(path);
        Ok(())
    }
}

/// A guest returning what `open` gave: the value, or minus one minus the error's case.
fn errors_guest() -> String {
    format!(
        r#"(component
  (import "fixtures:errors/fs" (instance $fs
    (type $ec' (enum "denied" "not-found"))
    (export "error-code" (type $ec (eq $ec')))
    (export "open" (func (param "path" string) (result (result u32 (error $ec)))))
    (export "remove" (func (param "path" string) (result (result (error $ec)))))))
  (alias export $fs "open" (func $open))
  {libc}
  (core func $open' (canon lower (func $open) (memory (core memory $libc "mem"))))
  (core module $M
    (import "" "open" (func $open (param i32 i32 i32)))
    (import "libc" "mem" (memory 1))
    (func (export "try-open") (param i32 i32) (result i32)
      (call $open (local.get 0) (local.get 1) (i32.const 16))
      (if (result i32) (i32.load8_u (i32.const 16))
        (then (i32.sub (i32.const -1) (i32.load8_u (i32.const 20))))
        (else (i32.load (i32.const 20))))))
  (core instance $m (instantiate $M
    (with "" (instance (export "open" (func $open'))))
    (with "libc" (instance $libc))))
  (func (export "try-open") (param "path" string) (result s32)
    (canon lift (core func $m "try-open") (memory (core memory $libc "mem"))
      (realloc (core func $libc "realloc")))))"#,
        libc = crate::model::LIBC
    )
}

#[test]
fn trappable_error_types_become_wit_errors_or_traps() {
    let engine = engine();
    let component = Component::new(&engine, errors_guest()).unwrap();
    let mut linker: Linker<Fs> = Linker::new(&engine);
    errors::Errors::add_to_linker(&mut linker, |h| h).unwrap();
    let mut store = Store::new(&engine, Fs::default());
    let guest = errors::Errors::instantiate(&mut store, &component, &linker).unwrap();
    assert_eq!(guest.call_try_open(&mut store, "file.txt").unwrap(), 8);
    assert_eq!(guest.call_try_open(&mut store, "secret").unwrap(), -1);
    assert_eq!(guest.call_try_open(&mut store, "nowhere").unwrap(), -2);
    let err = guest.call_try_open(&mut store, "broken").unwrap_err();
    assert!(
        format!("{err:#}").contains("filesystem corrupt: bad sector"),
        "{err:#}"
    );
    assert!(store.data().removed.is_empty());
}
