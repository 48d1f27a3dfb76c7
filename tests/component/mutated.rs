//! Hostile binaries: components with bytes flipped are rejected with an error, or compile
//! and then instantiate or fail cleanly; nothing panics.

use crate::model::{Ty, echo_component};
use crate::{engine, store_and_linker};
use wicker::component::Component;

fn next(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *seed >> 11
}

#[test]
fn mutated_components_never_panic() {
    let engine = engine();
    let example = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/plugin.wat"
    ))
    .unwrap();
    let sources = [
        wat::parse_bytes(&example).unwrap().into_owned(),
        wat::parse_str(echo_component(
            &Ty::Record(vec![("a", Ty::String), ("b", Ty::List(Box::new(Ty::U8)))]),
            "utf16",
        ))
        .unwrap(),
        wat::parse_str(super::linking::DEFINER).unwrap(),
    ];
    let mut seed = 1;
    let (mut compiled, mut rejected) = (0, 0);
    for source in &sources {
        for _ in 0..400 {
            let mut bytes = source.clone();
            for _ in 0..1 + next(&mut seed) % 3 {
                let at = (next(&mut seed) as usize) % bytes.len();
                bytes[at] = next(&mut seed) as u8;
            }
            match Component::from_binary(&engine, &bytes) {
                Ok(component) => {
                    compiled += 1;
                    // Without imports it may not instantiate; it must fail cleanly.
                    let (mut store, linker) = store_and_linker(&engine, ());
                    let _ = linker.instantiate(&mut store, &component);
                }
                Err(_) => rejected += 1,
            }
        }
    }
    assert!(rejected > 0 && compiled + rejected == 1200);
}

#[test]
fn a_component_whose_core_function_is_invalid_is_refused() {
    // The component's own validation leaves function bodies to the compiler, which
    // validates every body of every core module, used or not.
    let engine = engine();
    for module in [
        "(core module $M (func (export \"f\") (result i32) i64.const 1))",
        "(core module $M (func (result i32) i32.add))",
        "(core module $M) (core module $N (func unreachable drop i32.const 1 br 7))",
    ] {
        let text = format!("(component {module})");
        let err = Component::new(&engine, &text).expect_err("an invalid function body");
        let msg = format!("{err:#}");
        assert!(
            msg.contains("type mismatch") || msg.contains("unknown label"),
            "{module}: {msg}"
        );
    }
}
