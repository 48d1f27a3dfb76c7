use wicker::{
    Caller, Engine, Extern, ExternRef, Func, FuncType, Global, GlobalType, Instance, Linker,
    Module, Mutability, Ref, RefType, Store, Table, TableType, Val, ValType,
};

#[test]
fn host_function_reads_guest_memory() {
    let engine = Engine::default();
    let mut linker = Linker::<String>::new(&engine);
    linker
        .func_wrap(
            "env",
            "print",
            |mut caller: Caller<'_, String>, ptr: i32, len: i32| -> anyhow::Result<()> {
                let mem = caller
                    .get_export("memory")
                    .and_then(Extern::into_memory)
                    .unwrap();
                let bytes = mem.data(&caller)[ptr as usize..(ptr + len) as usize].to_vec();
                caller.data_mut().push_str(std::str::from_utf8(&bytes)?);
                Ok(())
            },
        )
        .unwrap();
    let module = Module::new(
        &engine,
        r#"(module
            (import "env" "print" (func $print (param i32 i32)))
            (memory (export "memory") 1)
            (data (i32.const 16) "hello, world")
            (func (export "main") i32.const 16 i32.const 12 call $print))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, String::new());
    let instance = linker.instantiate(&mut store, &module).unwrap();
    instance
        .get_typed_func::<(), ()>(&mut store, "main")
        .unwrap()
        .call(&mut store, ())
        .unwrap();
    assert_eq!(store.data(), "hello, world");
}

#[test]
fn multi_value_both_ways() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let swap = Func::wrap(&mut store, |a: i32, b: i64, c: f64| (c, b, a));
    let module = Module::new(
        &engine,
        r#"(module
            (import "" "swap" (func $swap (param i32 i64 f64) (result f64 i64 i32)))
            (func (export "run") (result f64 i64 i32)
                i32.const 1 i64.const 2 f64.const 3.5 call $swap))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[swap.into()]).unwrap();
    let run = instance
        .get_typed_func::<(), (f64, i64, i32)>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), (3.5, 2, 1));
    let mut out = [Val::I32(0), Val::I32(0), Val::I32(0)];
    instance
        .get_func(&mut store, "run")
        .unwrap()
        .call(&mut store, &[], &mut out)
        .unwrap();
    assert_eq!(out[0].unwrap_f64(), 3.5);
}

#[test]
fn dynamic_host_function_and_type_checks() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let ty = FuncType::new([ValType::I32], [ValType::I32]);
    let double = Func::new(&mut store, ty, |_, params, results| {
        results[0] = Val::I32(params[0].unwrap_i32() * 2);
        Ok(())
    });
    let mut out = [Val::I32(0)];
    double.call(&mut store, &[Val::I32(21)], &mut out).unwrap();
    assert_eq!(out[0].unwrap_i32(), 42);
    assert!(double.call(&mut store, &[Val::I64(1)], &mut out).is_err());
    assert!(double.call(&mut store, &[], &mut out).is_err());
    assert!(double.typed::<i64, i32>(&store).is_err());
    let bad = Func::new(
        &mut store,
        FuncType::new([], [ValType::I32]),
        |_, _, results| {
            results[0] = Val::I64(1);
            Ok(())
        },
    );
    assert!(bad.call(&mut store, &[], &mut out).is_err());
}

#[test]
fn import_type_mismatch_is_an_error() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let f = Func::wrap(&mut store, |_: i64| {});
    let module = Module::new(&engine, r#"(module (import "m" "f" (func (param i32))))"#).unwrap();
    let err = Instance::new(&mut store, &module, &[f.into()]).unwrap_err();
    assert!(
        format!("{err:#}").contains("incompatible import type for `m::f`"),
        "{err:#}"
    );
    let linker = Linker::<()>::new(&engine);
    let err = linker.instantiate(&mut store, &module).unwrap_err();
    assert!(err.to_string().contains("unknown import: `m::f`"), "{err}");
}

#[test]
fn globals_shared_between_host_and_guest() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let g = Global::new(
        &mut store,
        GlobalType::new(ValType::I64, Mutability::Var),
        Val::I64(5),
    )
    .unwrap();
    let module = Module::new(
        &engine,
        r#"(module (import "" "g" (global $g (mut i64)))
            (global (export "c") f32 (f32.const 1.5))
            (func (export "bump") global.get $g i64.const 1 i64.add global.set $g))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[g.into()]).unwrap();
    instance
        .get_typed_func::<(), ()>(&mut store, "bump")
        .unwrap()
        .call(&mut store, ())
        .unwrap();
    assert_eq!(g.get(&mut store).unwrap_i64(), 6);
    g.set(&mut store, Val::I64(41)).unwrap();
    instance
        .get_typed_func::<(), ()>(&mut store, "bump")
        .unwrap()
        .call(&mut store, ())
        .unwrap();
    assert_eq!(g.get(&mut store).unwrap_i64(), 42);
    let c = instance.get_global(&mut store, "c").unwrap();
    assert_eq!(c.get(&mut store).unwrap_f32(), 1.5);
    assert!(c.set(&mut store, Val::F32(0)).is_err());
}

#[test]
fn tables_hold_host_and_guest_functions() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let table = Table::new(
        &mut store,
        TableType::new(RefType::FUNCREF, 2, None),
        Ref::Func(None),
    )
    .unwrap();
    let seven = Func::wrap(&mut store, || 7i32);
    table.set(&mut store, 0, seven.into()).unwrap();
    let module = Module::new(
        &engine,
        r#"(module (import "" "t" (table 2 funcref))
            (func $eight (result i32) i32.const 8)
            (elem (i32.const 1) $eight)
            (func (export "call") (param i32) (result i32) local.get 0 call_indirect (result i32)))"#,
    )
    .unwrap();
    let instance = Instance::new(&mut store, &module, &[table.into()]).unwrap();
    let call = instance
        .get_typed_func::<i32, i32>(&mut store, "call")
        .unwrap();
    assert_eq!(call.call(&mut store, 0).unwrap(), 7);
    assert_eq!(call.call(&mut store, 1).unwrap(), 8);
    let Some(Ref::Func(Some(eight))) = table.get(&mut store, 1) else {
        panic!("expected a function")
    };
    assert_eq!(
        eight
            .typed::<(), i32>(&store)
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        8
    );
    assert_eq!(table.grow(&mut store, 3, Ref::Func(None)).unwrap(), 2);
    assert_eq!(table.size(&store), 5);
}

#[test]
fn externrefs_round_trip() {
    let engine = Engine::default();
    let (mut store, instance) = super::instantiate(
        &engine,
        r#"(module (table $t 1 externref)
            (func (export "put") (param externref) i32.const 0 local.get 0 table.set $t)
            (func (export "get") (result externref) i32.const 0 table.get $t))"#,
    );
    let r = ExternRef::new(&mut store, String::from("host value")).unwrap();
    instance
        .get_typed_func::<Option<ExternRef>, ()>(&mut store, "put")
        .unwrap()
        .call(&mut store, Some(r))
        .unwrap();
    let back = instance
        .get_typed_func::<(), Option<ExternRef>>(&mut store, "get")
        .unwrap()
        .call(&mut store, ())
        .unwrap();
    let back = back.unwrap();
    assert_eq!(
        back.data(&store).unwrap().downcast_ref::<String>().unwrap(),
        "host value"
    );
}

#[test]
fn objects_of_another_store_are_refused() {
    let engine = Engine::default();
    let mut a = Store::new(&engine, ());
    let mut b = Store::new(&engine, ());
    let f = Func::wrap(&mut a, || {});
    assert!(f.call(&mut b, &[], &mut []).is_err());
    let module = Module::new(&engine, r#"(module (import "" "f" (func)))"#).unwrap();
    assert!(Instance::new(&mut b, &module, &[f.into()]).is_err());
}

#[test]
fn instance_pre_instantiates_many_times() {
    let engine = Engine::default();
    let mut linker = Linker::<u32>::new(&engine);
    linker
        .func_wrap("host", "tick", |mut c: Caller<'_, u32>| *c.data_mut() += 1)
        .unwrap();
    let module = Module::new(
        &engine,
        r#"(module (import "host" "tick" (func $t)) (func $s call $t) (start $s))"#,
    )
    .unwrap();
    let pre = linker.instantiate_pre(&module).unwrap();
    let mut store = Store::new(&engine, 0);
    for _ in 0..10 {
        pre.instantiate(&mut store).unwrap();
    }
    assert_eq!(*store.data(), 10);
}

#[test]
fn linker_registers_instances_by_name() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let mut linker = Linker::new(&engine);
    let lib = Module::new(
        &engine,
        r#"(module (func (export "five") (result i32) i32.const 5) (memory (export "mem") 1))"#,
    )
    .unwrap();
    linker.module(&mut store, "lib", &lib).unwrap();
    let app = Module::new(
        &engine,
        r#"(module (import "lib" "five" (func $five (result i32))) (import "lib" "mem" (memory 1))
            (func (export "run") (result i32) call $five i32.const 1 i32.add))"#,
    )
    .unwrap();
    let instance = linker.instantiate(&mut store, &app).unwrap();
    assert_eq!(
        instance
            .get_typed_func::<(), i32>(&mut store, "run")
            .unwrap()
            .call(&mut store, ())
            .unwrap(),
        6
    );
    assert!(linker.get(&mut store, "lib", "five").is_some());
    let one = Func::wrap(&mut store, || 1i32);
    assert!(linker.define(&store, "lib", "five", one).is_err());
}

#[test]
fn module_imports_and_exports_are_described() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (import "a" "b" (func (param i32))) (memory (export "m") 1 2) (global (export "g") (mut f64) (f64.const 0)))"#,
    )
    .unwrap();
    let imports: Vec<_> = module
        .imports()
        .map(|i| (i.module().to_string(), i.name().to_string()))
        .collect();
    assert_eq!(imports, [("a".to_string(), "b".to_string())]);
    let exports: Vec<_> = module.exports().map(|e| e.name().to_string()).collect();
    assert_eq!(exports, ["m", "g"]);
    assert!(matches!(
        module.get_export("g"),
        Some(wicker::ExternType::Global(_))
    ));
}

#[test]
fn host_functions_borrow_memory_and_state_together() {
    let engine = Engine::default();
    let mut linker = Linker::<Vec<u8>>::new(&engine);
    linker
        .func_wrap(
            "env",
            "take",
            |mut caller: Caller<'_, Vec<u8>>, ptr: i32, len: i32| {
                let mem = caller
                    .get_export("memory")
                    .and_then(Extern::into_memory)
                    .unwrap();
                let (bytes, state) = mem.data_and_store_mut(&mut caller);
                state.extend_from_slice(&bytes[ptr as usize..(ptr + len) as usize]);
                bytes[ptr as usize] = b'!';
            },
        )
        .unwrap();
    let module = Module::new(
        &engine,
        r#"(module (import "env" "take" (func $take (param i32 i32)))
            (memory (export "memory") 1) (data (i32.const 8) "abc")
            (func (export "run") (result i32) i32.const 8 i32.const 3 call $take i32.const 8 i32.load8_u))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, Vec::new());
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let run = instance
        .get_typed_func::<(), i32>(&mut store, "run")
        .unwrap();
    assert_eq!(run.call(&mut store, ()).unwrap(), i32::from(b'!'));
    assert_eq!(store.data(), b"abc");
}

#[test]
fn tables_refuse_references_of_the_wrong_type() {
    let engine = Engine::default();
    let mut store = Store::new(&engine, ());
    let funcs = Table::new(
        &mut store,
        TableType::new(RefType::FUNCREF, 1, None),
        Ref::Func(None),
    )
    .unwrap();
    let host = ExternRef::new(&mut store, 5u32).unwrap();
    assert!(funcs.set(&mut store, 0, Ref::Extern(Some(host))).is_err());
    assert!(funcs.grow(&mut store, 1, Ref::Extern(Some(host))).is_err());
    assert!(
        Table::new(
            &mut store,
            TableType::new(RefType::FUNCREF, 1, None),
            Ref::Extern(None)
        )
        .is_err()
    );
    assert_eq!(funcs.size(&store), 1);
}

#[test]
fn unknown_imports_are_defined_as_traps() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module
          (import "env" "known" (func $known (result i32)))
          (import "env" "missing" (func $missing (param i32) (result i64)))
          (func (export "ok") (result i32) call $known)
          (func (export "bad") (result i64) (call $missing (i32.const 1))))"#,
    )
    .unwrap();
    let mut linker = Linker::<()>::new(&engine);
    linker.func_wrap("env", "known", || 3).unwrap();
    let mut store = Store::new(&engine, ());
    assert!(linker.instantiate(&mut store, &module).is_err());
    linker.define_unknown_imports_as_traps(&module).unwrap();
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let ok = instance
        .get_typed_func::<(), i32>(&mut store, "ok")
        .unwrap();
    assert_eq!(ok.call(&mut store, ()).unwrap(), 3);
    let bad = instance
        .get_typed_func::<(), i64>(&mut store, "bad")
        .unwrap();
    let err = bad.call(&mut store, ()).unwrap_err();
    assert!(
        format!("{err:#}").contains("unknown import `env::missing` has been called"),
        "{err:#}"
    );
}

#[test]
fn an_instance_pre_is_cloned_and_shared_among_threads() {
    let mut config = wicker::Config::new();
    // Compiling on the calling thread only gives the same module.
    config.parallel_compilation(false);
    let engine = Engine::new(&config).unwrap();
    let module = Module::new(
        &engine,
        r#"(module (import "env" "base" (func $b (result i32)))
          (func (export "f") (result i32) (i32.add (call $b) (i32.const 1))))"#,
    )
    .unwrap();
    let mut linker = Linker::<u32>::new(&engine);
    linker
        .func_wrap("env", "base", |c: Caller<'_, u32>| *c.data() as i32)
        .unwrap();
    let pre = linker.instantiate_pre(&module).unwrap();
    let handles: Vec<_> = (0..4u32)
        .map(|i| {
            let (pre, engine) = (pre.clone(), engine.clone());
            std::thread::spawn(move || {
                let mut store = Store::new(&engine, i * 10);
                let instance = pre.instantiate(&mut store).unwrap();
                let f = instance.get_typed_func::<(), i32>(&mut store, "f").unwrap();
                f.call(&mut store, ()).unwrap()
            })
        })
        .collect();
    let results: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(results, [1, 11, 21, 31]);
}
