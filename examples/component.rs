//! Embedding a component: host functions, typed and dynamic calls.
//!
//! Run it with:
//!
//!     cargo run -p wicker-tests --example component
//!
//! The guest (`examples/plugin.wat`) is a component that exports
//! `process: func(text: string) -> stats` and imports `example:plugin/host.log`. The host
//! implements `log`, calls `process` once with dynamic values and once through a typed
//! view, and prints what the guest logged and returned.

use wicker::component::{Component, Linker, Val};
use wicker::{Engine, Store};

fn main() -> wicker::Result<()> {
    // 1. Compile the component once; it could be instantiated any number of times.
    let engine = Engine::default();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/plugin.wat");
    let component = Component::from_file(&engine, path)?;
    for (name, kind) in component.imports() {
        println!("imports {kind} `{name}`");
    }

    // 2. The host side of the world: `log` records each message in the store's data.
    let mut linker: Linker<Vec<String>> = Linker::new(&engine);
    linker
        .instance("example:plugin/host")?
        .func_wrap("log", |mut store, (msg,): (String,)| {
            store.data_mut().push(msg);
            Ok(())
        })?;

    // 3. Instantiate in a store whose data is the log.
    let mut store = Store::new(&engine, Vec::new());
    let instance = linker.instantiate(&mut store, &component)?;

    // 4. A dynamic call: arguments and results are `Val`s, checked against the types.
    let process = instance
        .get_func(&mut store, "process")
        .expect("the plugin exports `process`");
    let mut result = [Val::Bool(false)];
    process.call(
        &mut store,
        &[Val::String("hello from the host".into())],
        &mut result,
    )?;
    println!("process(\"hello from the host\") = {:?}", result[0]);

    // 5. A typed call: the record comes back as a `Val`, the string argument is a `&str`.
    let typed = instance.get_typed_func::<(&str,), (Val,)>(&mut store, "process")?;
    let (stats,) = typed.call(&mut store, ("components are values all the way down",))?;
    if let Val::Record(fields) = &stats {
        for (name, value) in fields {
            println!("  {name}: {value:?}");
        }
    }

    // 6. What the guest logged through the host.
    for line in store.data() {
        println!("guest logged: {line}");
    }
    Ok(())
}
