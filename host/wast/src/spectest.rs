//! The `spectest` module that spec scripts import from: printing functions that do nothing,
//! constant globals, a table (and one with 64-bit indices) and a memory.

use anyhow::Result;
use wicker::{
    Caller, Global, GlobalType, Linker, Memory, MemoryType, Mutability, Ref, RefType, Store, Table,
    TableType, Val, ValType,
};

/// The module name the scripts import from.
const MODULE: &str = "spectest";

/// Defines every `spectest` item in `linker`, creating the globals, table and memory in
/// `store`.
pub(crate) fn define(linker: &mut Linker<()>, store: &mut Store<()>) -> Result<()> {
    linker.func_wrap(MODULE, "print", |_: Caller<'_, ()>| {})?;
    linker.func_wrap(MODULE, "print_i32", |_: Caller<'_, ()>, _: i32| {})?;
    linker.func_wrap(MODULE, "print_i64", |_: Caller<'_, ()>, _: i64| {})?;
    linker.func_wrap(MODULE, "print_f32", |_: Caller<'_, ()>, _: f32| {})?;
    linker.func_wrap(MODULE, "print_f64", |_: Caller<'_, ()>, _: f64| {})?;
    linker.func_wrap(
        MODULE,
        "print_i32_f32",
        |_: Caller<'_, ()>, _: i32, _: f32| {},
    )?;
    linker.func_wrap(
        MODULE,
        "print_f64_f64",
        |_: Caller<'_, ()>, _: f64, _: f64| {},
    )?;

    let globals = [
        ("global_i32", ValType::I32, Val::I32(666)),
        ("global_i64", ValType::I64, Val::I64(666)),
        ("global_f32", ValType::F32, Val::F32(666.6f32.to_bits())),
        ("global_f64", ValType::F64, Val::F64(666.6f64.to_bits())),
    ];
    for (name, ty, value) in globals {
        let global = Global::new(&mut *store, GlobalType::new(ty, Mutability::Const), value)?;
        linker.define(&*store, MODULE, name, global)?;
    }

    let table_ty = TableType::new(RefType::FUNCREF, 10, Some(20));
    let table = Table::new(&mut *store, table_ty, Ref::Func(None))?;
    linker.define(&*store, MODULE, "table", table)?;
    let table64_ty = TableType::new64(RefType::FUNCREF, 10, Some(20));
    let table64 = Table::new(&mut *store, table64_ty, Ref::Func(None))?;
    linker.define(&*store, MODULE, "table64", table64)?;

    let memory = Memory::new(&mut *store, MemoryType::new(1, Some(2)))?;
    linker.define(&*store, MODULE, "memory", memory)?;
    Ok(())
}
