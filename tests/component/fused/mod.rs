//! Fused component-to-component calls, against the host's path as the reference: every
//! fused kind of value with inputs that lifting must normalize or reject, on the way in and
//! on the way out; post-return; `realloc`; and the canonical ABI's enter and leave checks.
//! A trap's backtrace shows whether a call was fused (its adapter is a frame).

// Scalars, and the enter and leave checks.
mod scalars;
// Strings, lists of integers, records and tuples.
mod bytes;
// Variants, options and results of scalars.
mod variants;
// Lists of any element, results and parameters through memory.
mod memory;
// Strings between every pair of encodings.
mod strings;
// Owned and borrowed handles.
mod handles;

use wicker::component::{Component, Func, Instance, Linker, Val};
use wicker::{Config, Engine, Store};

fn engine(fused: bool) -> Engine {
    let mut config = Config::new();
    config.wasm_multi_memory(true).fused_adapters(fused);
    Engine::new(&config).unwrap()
}

fn compile(engine: &Engine, text: &str) -> Component {
    Component::new(engine, text).unwrap_or_else(|e| panic!("{e:#}\n{text}"))
}

/// Instantiates `callee` (as `b`), then `caller` with its import `i.f` linked to `b`'s
/// export `f`, in a fresh store: the store, `b`, and the caller's export `run`.
fn link(engine: &Engine, callee: &Component, caller: &Component) -> (Store<()>, Instance, Func) {
    let mut store = Store::new(engine, ());
    let mut linker = Linker::new(engine);
    let b = linker.instantiate(&mut store, callee).unwrap();
    let f = b.get_func(&mut store, "f").unwrap();
    linker.instance("i").unwrap().func("f", f).unwrap();
    let a = linker.instantiate(&mut store, caller).unwrap();
    let run = a.get_func(&mut store, "run").unwrap();
    (store, b, run)
}

/// Calls `run` with `args`; its one result.
fn call(store: &mut Store<()>, run: &Func, args: &[Val]) -> anyhow::Result<Val> {
    let mut result = [Val::Bool(false)];
    run.call(&mut *store, args, &mut result)
        .map(|()| result[0].clone())
}

/// The outcome of a call, in a form both paths agree on: a value, or the canonical ABI's
/// reason for failing (the two paths word their errors differently).
fn outcome(result: anyhow::Result<Val>) -> String {
    match result {
        Ok(v) => format!("{v:?}"),
        Err(e) => {
            let msg = format!("{e:#}");
            let reasons = [
                ("too long", "too long"),
                ("realloc return: result not aligned", "realloc unaligned"),
                (
                    "realloc return: beyond end of memory",
                    "realloc out of bounds",
                ),
                ("unaligned pointer", "unaligned"),
                ("out-of-bounds", "out of bounds"),
                ("out of bounds", "out of bounds"),
                ("invalid utf-8", "invalid utf-8"),
                ("invalid utf-16", "invalid utf-16"),
                ("invalid `char`", "invalid char"),
                ("invalid variant discriminant", "invalid discriminant"),
                ("cannot enter component instance", "cannot enter"),
                ("cannot leave component instance", "cannot leave"),
                ("unreachable", "unreachable"),
                ("unknown handle index", "unknown handle"),
                ("borrow handles still remain", "borrows remain"),
                ("while borrowed", "lent"),
            ];
            match reasons.iter().find(|(r, _)| msg.contains(r)) {
                Some((_, category)) => format!("error: {category}"),
                None => panic!("an unexpected error: {msg}"),
            }
        }
    }
}
