//! Instances: instantiation of a module and access to its exports.

use crate::Engine;
use crate::externals::{Extern, Global, Memory, Table};
use crate::func::{Func, TypedFunc, WasmParams, WasmResults};
use crate::module::Module;
use crate::store::{AsContextMut, GlobalData, InstanceData, StoreOpaque};
use crate::trap::Trap;
use crate::types::{ExternType, GlobalType, MemoryType, TableType};
use crate::vm::{self, FuncRefPtr, GlobalPtr, ValRaw};
use anyhow::{Context, Result, anyhow, bail};
use wicker_environ::{
    ConstExpr, ConstOp, DefinedFuncIndex, ElemItems, ElemMode, EntityIndex, FuncIndex,
};

/// An instantiated module.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

fn eval_const(expr: &ConstExpr, globals: &[GlobalPtr], funcs: &[FuncRefPtr]) -> Result<ValRaw> {
    let mut stack: Vec<ValRaw> = Vec::new();
    for op in &expr.ops {
        let v = match op {
            ConstOp::I32Const(v) => ValRaw::i32(*v),
            ConstOp::I64Const(v) => ValRaw::i64(*v),
            ConstOp::F32Const(v) => ValRaw::f32(*v),
            ConstOp::F64Const(v) => ValRaw::f64(*v),
            ConstOp::V128Const(v) => ValRaw::u128(*v),
            ConstOp::GlobalGet(g) => globals
                .get(g.as_u32() as usize)
                .ok_or_else(|| anyhow!("unknown global"))?
                .get(),
            ConstOp::RefNull(_) => ValRaw::reference(0),
            ConstOp::RefFunc(f) => ValRaw::reference(funcs[f.as_u32() as usize].to_raw()),
            ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                let (b, a) = (
                    stack.pop().unwrap_or_default().get_i32(),
                    stack.pop().unwrap_or_default().get_i32(),
                );
                ValRaw::i32(match op {
                    ConstOp::I32Add => a.wrapping_add(b),
                    ConstOp::I32Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                })
            }
            ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                let (b, a) = (
                    stack.pop().unwrap_or_default().get_i64(),
                    stack.pop().unwrap_or_default().get_i64(),
                );
                ValRaw::i64(match op {
                    ConstOp::I64Add => a.wrapping_add(b),
                    ConstOp::I64Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                })
            }
        };
        stack.push(v);
    }
    stack
        .pop()
        .ok_or_else(|| anyhow!("empty constant expression"))
}

fn check_import(
    s: &StoreOpaque,
    module: &Module,
    expected: ExternType,
    actual: &Extern,
    sig: Option<u32>,
) -> Result<()> {
    let ok = match (&expected, actual) {
        (ExternType::Func(_), Extern::Func(f)) => Some(s.funcs[f.index].sig) == sig,
        (ExternType::Global(e), Extern::Global(g)) => *e == s.globals[g.index].ty,
        (ExternType::Table(e), Extern::Table(t)) => {
            let (table, ty) = &s.tables[t.index];
            ty.element() == e.element()
                && ty.is_64() == e.is_64()
                && table.size() >= e.minimum()
                && match e.maximum() {
                    None => true,
                    Some(m) => ty.maximum().is_some_and(|a| a <= m),
                }
        }
        (ExternType::Memory(e), Extern::Memory(m)) => {
            let (mem, ty) = &s.memories[m.index];
            ty.page_size_log2() == e.page_size_log2()
                && ty.is_64() == e.is_64()
                && mem.pages() >= e.minimum()
                && match e.maximum() {
                    None => true,
                    Some(max) => ty.maximum().is_some_and(|a| a <= max),
                }
        }
        _ => false,
    };
    let _ = module;
    if !ok {
        let found = match actual {
            Extern::Func(f) => ExternType::Func(s.funcs[f.index].ty.clone()),
            Extern::Global(g) => ExternType::Global(s.globals[g.index].ty),
            Extern::Table(t) => ExternType::Table(s.tables[t.index].1),
            Extern::Memory(m) => ExternType::Memory(s.memories[m.index].1),
        };
        bail!("incompatible import type: expected {expected}, found {found}");
    }
    Ok(())
}

impl Instance {
    /// Instantiates `module` with `imports`, given in the order of the module's imports.
    pub fn new(
        mut store: impl AsContextMut,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance> {
        let s = &mut store.as_context_mut().0.opaque;
        Instance::new_in(s, module, imports)
    }

    pub(crate) fn new_in(
        s: &mut StoreOpaque,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance> {
        if !Engine::same(module.engine(), &s.engine) {
            bail!("the module was compiled for another engine than the store's");
        }
        let info = module.info();
        if imports.len() != info.imports.len() {
            bail!(
                "expected {} imports, found {}",
                info.imports.len(),
                imports.len()
            );
        }
        let index = s.instances.len();
        let mut vmi = vm::Instance::new(module.clone(), s);
        let mut func_refs = Vec::with_capacity(info.functions.len());
        let mut memories = Vec::new();
        let mut tables = Vec::new();
        let mut globals = Vec::new();
        let mut global_ptrs = Vec::new();
        let (mut nf, mut ng) = (0u32, 0u32);
        for (import, item) in info.imports.iter().zip(imports) {
            s.check(item.store_id())?;
            let sig = match import.index {
                EntityIndex::Function(f) => Some(module.func_sig(f)),
                _ => None,
            };
            check_import(s, module, module.entity_type(import.index), item, sig).with_context(
                || {
                    format!(
                        "incompatible import type for `{}::{}`",
                        import.module, import.field
                    )
                },
            )?;
            match item {
                Extern::Func(f) => {
                    let fr = s.funcs[f.index].func_ref;
                    vmi.set_imported_func(FuncIndex::from_u32(nf), fr);
                    func_refs.push(fr);
                    nf += 1;
                }
                Extern::Table(t) => {
                    vmi.push_table(s, t.index);
                    tables.push(t.index);
                }
                Extern::Memory(m) => {
                    vmi.push_memory(s, m.index);
                    memories.push(m.index);
                }
                Extern::Global(g) => {
                    let ptr = s.globals[g.index].ptr;
                    vmi.set_imported_global(wicker_environ::GlobalIndex::from_u32(ng), ptr);
                    global_ptrs.push(ptr);
                    globals.push(g.index);
                    ng += 1;
                }
            }
        }
        for def in 0..info.num_defined_funcs() {
            let fr = vmi.init_defined_func(DefinedFuncIndex::from_u32(def));
            func_refs.push(fr);
        }
        for (_, mem) in info
            .memories
            .iter()
            .skip(info.num_imported_memories as usize)
        {
            let m = Memory::new_in(s, MemoryType::from_wasm(mem))?;
            vmi.push_memory(s, m.index);
            memories.push(m.index);
        }
        let mut new_globals = Vec::new();
        for (def, init) in info.global_inits.iter() {
            let value = eval_const(init, &global_ptrs, &func_refs)?;
            let ptr = vmi.defined_global_ptr(def);
            ptr.set(value);
            global_ptrs.push(ptr);
            let ty = GlobalType::from_wasm(&info.globals[info.global_index(def)]);
            // Registered in the store only once the instance (which holds the storage) is.
            globals.push(s.globals.len() + new_globals.len());
            new_globals.push(GlobalData { ptr, ty });
        }
        for (i, table) in info.tables.iter().skip(info.num_imported_tables as usize) {
            let def = info.defined_table_index(i).expect("defined table");
            let init = match &info.table_inits[def] {
                Some(e) => eval_const(e, &global_ptrs, &func_refs)?.get_reference(),
                None => 0,
            };
            let t = Table::new_in(s, TableType::from_wasm(table), init)?;
            vmi.push_table(s, t.index);
            tables.push(t.index);
        }
        let eval_items = |items: &ElemItems| -> Result<Vec<u64>> {
            match items {
                ElemItems::Functions(f) => Ok(f
                    .iter()
                    .map(|f| func_refs[f.as_u32() as usize].to_raw())
                    .collect()),
                ElemItems::Exprs(e) => e
                    .iter()
                    .map(|e| Ok(eval_const(e, &global_ptrs, &func_refs)?.get_reference()))
                    .collect(),
            }
        };
        let mut active = Vec::new();
        for seg in info.elems.values() {
            let items = eval_items(&seg.items)?;
            match &seg.mode {
                ElemMode::Passive => {
                    vmi.passive_elems.push(items);
                    continue;
                }
                ElemMode::Active { table, offset } => {
                    let value = eval_const(offset, &global_ptrs, &func_refs)?;
                    let offset = if info.tables[*table].table64 {
                        value.get_i64() as u64
                    } else {
                        u64::from(value.get_i32() as u32)
                    };
                    active.push((*table, offset, items));
                }
                ElemMode::Declared => {}
            }
            vmi.passive_elems.push(Vec::new());
        }
        vmi.dropped_data = info.data.values().map(|d| d.active.is_some()).collect();
        let mut data_inits = Vec::new();
        for (i, seg) in info.data.iter() {
            if let Some((mem, offset)) = &seg.active {
                let value = eval_const(offset, &global_ptrs, &func_refs)?;
                let offset = if info.memories[*mem].memory64 {
                    value.get_i64() as u64
                } else {
                    u64::from(value.get_i32() as u32)
                };
                data_inits.push((*mem, offset, i.as_u32()));
            }
        }
        s.globals.extend(new_globals);
        s.instance_by_vmctx
            .insert(vmi.vmctx() as usize as u64, index);
        s.instances.push(InstanceData {
            vm: vmi,
            func_refs,
            memories,
            tables,
            globals,
        });
        let instance = Instance { store: s.id, index };

        // Segments are applied in order; a failure traps, keeping the earlier writes.
        for (table, offset, items) in active {
            let t = s.instances[index].tables[table.as_u32() as usize];
            let elems = s.tables[t].0.elements_mut();
            let range = usize::try_from(offset)
                .ok()
                .and_then(|start| Some(start..start.checked_add(items.len())?));
            let dst = range
                .and_then(|range| elems.get_mut(range))
                .ok_or(Trap::TableOutOfBounds)?;
            dst.copy_from_slice(&items);
        }
        for (mem, offset, data) in data_inits {
            let m = s.instances[index].memories[mem.as_u32() as usize];
            let bytes = module.data_bytes(data);
            let mem = s.memories[m].0.data_mut();
            // A 64-bit offset may lie anywhere: no sum here may wrap.
            let range = usize::try_from(offset)
                .ok()
                .and_then(|start| Some(start..start.checked_add(bytes.len())?));
            let dst = range
                .and_then(|range| mem.get_mut(range))
                .ok_or(Trap::MemoryOutOfBounds)?;
            dst.copy_from_slice(bytes);
        }
        if let Some(start) = info.start {
            let fr = s.instances[index].func_refs[start.as_u32() as usize];
            let f = s.func_from_ptr(fr);
            Func::call_raw(s, f, &mut [])?;
        }
        Ok(instance)
    }

    /// The export `name`, if there is one.
    pub fn get_export(&self, mut store: impl AsContextMut, name: &str) -> Option<Extern> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store).ok()?;
        let module = s.instances[self.index].vm.module().clone();
        let (_, index) = module.info().exports.iter().find(|(n, _)| n == name)?;
        Some(self.extern_of(s, *index))
    }

    fn extern_of(&self, s: &mut StoreOpaque, index: EntityIndex) -> Extern {
        let data = &s.instances[self.index];
        match index {
            EntityIndex::Function(f) => {
                let fr = data.func_refs[f.as_u32() as usize];
                Extern::Func(Func {
                    store: s.id,
                    index: s.func_from_ptr(fr),
                })
            }
            EntityIndex::Memory(m) => Extern::Memory(Memory {
                store: s.id,
                index: data.memories[m.as_u32() as usize],
            }),
            EntityIndex::Table(t) => Extern::Table(Table {
                store: s.id,
                index: data.tables[t.as_u32() as usize],
            }),
            EntityIndex::Global(g) => Extern::Global(Global {
                store: s.id,
                index: data.globals[g.as_u32() as usize],
            }),
        }
    }

    /// Every export, in order.
    pub fn exports(&self, mut store: impl AsContextMut) -> Vec<(String, Extern)> {
        let s = &mut store.as_context_mut().0.opaque;
        if s.check(self.store).is_err() {
            return Vec::new();
        }
        let module = s.instances[self.index].vm.module().clone();
        module
            .info()
            .exports
            .iter()
            .map(|(n, i)| (n.clone(), self.extern_of(s, *i)))
            .collect()
    }

    /// The exported function `name`.
    pub fn get_func(&self, store: impl AsContextMut, name: &str) -> Option<Func> {
        self.get_export(store, name)?.into_func()
    }

    /// The exported function `name`, typed.
    pub fn get_typed_func<Params: WasmParams, Results: WasmResults>(
        &self,
        mut store: impl AsContextMut,
        name: &str,
    ) -> Result<TypedFunc<Params, Results>> {
        let f = self
            .get_func(&mut store, name)
            .ok_or_else(|| anyhow!("failed to find function export `{name}`"))?;
        f.typed(&store)
            .with_context(|| format!("failed to convert function `{name}` to the given type"))
    }

    /// The exported memory `name`.
    pub fn get_memory(&self, store: impl AsContextMut, name: &str) -> Option<Memory> {
        self.get_export(store, name)?.into_memory()
    }

    /// The exported table `name`.
    pub fn get_table(&self, store: impl AsContextMut, name: &str) -> Option<Table> {
        self.get_export(store, name)?.into_table()
    }

    /// The exported global `name`.
    pub fn get_global(&self, store: impl AsContextMut, name: &str) -> Option<Global> {
        self.get_export(store, name)?.into_global()
    }
}
