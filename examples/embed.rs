//! Embedding wicker: host functions, guest memory, fuel and traps.
//!
//! Run it with:
//!
//!     cargo run -p wicker-tests --example embed
//!
//! The guest below is a tiny "plugin" that transforms text: the host writes a string into
//! the guest's memory, calls the guest's `shout` export, and the guest calls back into the
//! host (`host.log`) with the result. Then the example shows how a runaway guest is
//! stopped by fuel, and what a trap looks like.

use wicker::{Caller, Config, Engine, Extern, Linker, Module, Store, Trap};

const PLUGIN: &str = r#"(module
  (import "host" "log" (func $log (param i32 i32)))
  (memory (export "memory") 1)
  ;; Upper-cases the ASCII letters of the `len` bytes at `ptr`, in place, then logs them.
  (func (export "shout") (param $ptr i32) (param $len i32)
    (local $i i32) (local $c i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
      (local.set $c (i32.load8_u (i32.add (local.get $ptr) (local.get $i))))
      (if (i32.and (i32.ge_u (local.get $c) (i32.const 97)) (i32.le_u (local.get $c) (i32.const 122)))
        (then (i32.store8 (i32.add (local.get $ptr) (local.get $i)) (i32.sub (local.get $c) (i32.const 32)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (call $log (local.get $ptr) (local.get $len)))
  ;; Never returns.
  (func (export "spin") (loop $l (br $l)))
  ;; Divides by zero.
  (func $fail (export "fail") (result i32) (i32.div_u (i32.const 1) (i32.const 0))))"#;

fn main() -> wicker::Result<()> {
    // 1. An engine that counts fuel, so that a guest's work can be bounded.
    let mut config = Config::new();
    config.consume_fuel(true);
    let engine = Engine::new(&config)?;
    let module = Module::new(&engine, PLUGIN)?;

    // 2. The host side: `host.log` reads the guest's memory and records the text in the
    //    store's data (a Vec<String> here).
    let mut linker = Linker::<Vec<String>>::new(&engine);
    linker.func_wrap(
        "host",
        "log",
        |mut caller: Caller<'_, Vec<String>>, ptr: i32, len: i32| -> wicker::Result<()> {
            let memory = caller
                .get_export("memory")
                .and_then(Extern::into_memory)
                .expect("the plugin exports its memory");
            let bytes = memory
                .data(&caller)
                .get(ptr as usize..(ptr + len) as usize)
                .unwrap_or_default()
                .to_vec();
            caller.data_mut().push(String::from_utf8(bytes)?);
            Ok(())
        },
    )?;

    // 3. One store per plugin instance, with a fuel budget.
    let mut store = Store::new(&engine, Vec::new());
    store.set_fuel(1_000_000)?;
    let instance = linker.instantiate(&mut store, &module)?;

    // 4. Pass a string: write it into guest memory, then call the export with its address.
    let memory = instance
        .get_memory(&mut store, "memory")
        .expect("exported memory");
    let text = b"hello from the host";
    memory.write(&mut store, 64, text)?;
    let shout = instance.get_typed_func::<(i32, i32), ()>(&mut store, "shout")?;
    shout.call(&mut store, (64, text.len() as i32))?;
    println!("the guest logged: {:?}", store.data());
    println!("fuel left: {}", store.get_fuel()?);

    // 5. A runaway guest stops when its fuel runs out.
    let spin = instance.get_typed_func::<(), ()>(&mut store, "spin")?;
    let err = spin.call(&mut store, ()).unwrap_err();
    println!(
        "spin stopped: {}",
        err.downcast_ref::<Trap>().expect("a trap")
    );

    // 6. A trap carries its wasm backtrace.
    store.set_fuel(1_000)?;
    let fail = instance.get_typed_func::<(), i32>(&mut store, "fail")?;
    let err = fail.call(&mut store, ()).unwrap_err();
    println!("fail trapped:\n{err:?}");
    Ok(())
}
