//! `bindgen!` end to end: host bindings generated from the Rust guest's WIT world, run
//! against that guest.

use crate::engine;
use crate::rust_guest::guest;
use wicker::Store;
use wicker::component::{Component, Linker};

wicker::component::bindgen!({
    path: "component/guests/wit",
    world: "roundtrip",
});

use exports::wicker_test::roundtrip::api;
use wicker_test::roundtrip::types::{Color, Everything, Perms, Point, Shape};

/// The host side of the world.
#[derive(Default)]
struct MyHost {
    logs: Vec<String>,
    echoed: usize,
}

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

    let counter = api.counter();
    let a = counter.call_constructor(&mut store, 10).unwrap();
    assert_eq!(counter.call_incr(&mut store, &a).unwrap(), 11);
    a.resource_drop(&mut store).unwrap();
    assert_eq!(api.call_dropped(&mut store).unwrap(), 1);
    let _: &api::Guest = api;
}
