//! Memories, tables, globals, calls and references.

use super::{FuncTranslator, return_area_offset, uses_return_area, value_type, wasm_signature};
use crate::compiler::trap_code;
use cranelift_codegen::ir::{
    self, Endianness, ExtFuncData, ExternalName, InstBuilder, MemFlagsData, StackSlotData,
    StackSlotKind, UserExternalName, condcodes::IntCC, types::*,
};
use wasmparser::MemArg;
use wicker_environ::{
    Builtin, DataIndex, ElemIndex, FuncIndex, GlobalIndex, MemoryIndex, TableIndex, Trap,
    TypeIndex, VAL_RAW_SIZE, VMOffsets, definition, func_ref,
};

/// How a load widens its value.
#[derive(Copy, Clone)]
pub(crate) enum LoadKind {
    Plain,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
}

pub(crate) fn heap_flags() -> MemFlagsData {
    MemFlagsData::new()
        .with_endianness(Endianness::Little)
        .with_trap_code(Some(trap_code(Trap::MemoryOutOfBounds)))
}

impl FuncTranslator<'_, '_> {
    pub(crate) fn memory_def(&mut self, memory: MemoryIndex) -> ir::Value {
        let off = self.offsets.memory(memory) as i32;
        self.load_vmctx(self.vmctx, off)
    }

    /// Pops an address operand and returns the native address of the access and an
    /// immediate offset to add, after checking the bounds when guard pages don't.
    pub(crate) fn heap_addr(&mut self, memarg: &MemArg, size: u32) -> (ir::Value, i32) {
        let index = self.pop();
        let memory = match memarg.target {
            wasmparser::MemArgTarget::Memory(m) => MemoryIndex::from_u32(m),
            wasmparser::MemArgTarget::Array(_) => MemoryIndex::from_u32(0),
        };
        let def = self.memory_def(memory);
        let index = self.address(index);
        // A memory never moves (its reservation is fixed), so its base is loop-invariant.
        let base = self.b.ins().load(
            I64,
            MemFlagsData::trusted().with_readonly().with_can_move(),
            def,
            definition::BASE,
        );
        if self.compiler.options.explicit_bounds_checks
            || !self.module.memories[memory].guard_pages_suffice()
        {
            let length = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), def, definition::LENGTH);
            let end = if self.module.memories[memory].memory64 {
                // A 64-bit address plus the offset may pass 2^64: out of bounds too.
                let oob = trap_code(Trap::MemoryOutOfBounds);
                let offset = self.b.ins().iconst(I64, memarg.offset as i64);
                let start = self.b.ins().uadd_overflow_trap(index, offset, oob);
                let size = self.b.ins().iconst(I64, i64::from(size));
                self.b.ins().uadd_overflow_trap(start, size, oob)
            } else {
                self.b
                    .ins()
                    .iadd_imm_s(index, (memarg.offset + u64::from(size)) as i64)
            };
            let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, length);
            self.trap_if(oob, Trap::MemoryOutOfBounds);
        }
        let addr = self.b.ins().iadd(base, index);
        if let Ok(off) = i32::try_from(memarg.offset) {
            (addr, off)
        } else {
            (self.b.ins().iadd_imm_s(addr, memarg.offset as i64), 0)
        }
    }

    pub(crate) fn op_load(&mut self, memarg: &MemArg, ty: ir::Type, kind: LoadKind) {
        let size = match kind {
            LoadKind::Plain => ty.bytes(),
            LoadKind::S8 | LoadKind::U8 => 1,
            LoadKind::S16 | LoadKind::U16 => 2,
            LoadKind::S32 | LoadKind::U32 => 4,
        };
        let (addr, off) = self.heap_addr(memarg, size);
        let f = heap_flags();
        let ins = self.b.ins();
        let v = match kind {
            LoadKind::Plain => ins.load(ty, f, addr, off),
            LoadKind::S8 => ins.sload8(ty, f, addr, off),
            LoadKind::U8 => ins.uload8(ty, f, addr, off),
            LoadKind::S16 => ins.sload16(ty, f, addr, off),
            LoadKind::U16 => ins.uload16(ty, f, addr, off),
            LoadKind::S32 => ins.sload32(f, addr, off),
            LoadKind::U32 => ins.uload32(f, addr, off),
        };
        self.push(v);
    }

    /// Stores the top value, narrowed to `size` bytes when smaller than its type.
    pub(crate) fn op_store(&mut self, memarg: &MemArg, size: u32) {
        let value = self.pop();
        let (addr, off) = self.heap_addr(memarg, size);
        let ty = self.b.func.dfg.value_type(value);
        let f = heap_flags();
        let ins = self.b.ins();
        if size == ty.bytes() {
            ins.store(f, value, addr, off);
        } else {
            match size {
                1 => ins.istore8(f, value, addr, off),
                2 => ins.istore16(f, value, addr, off),
                _ => ins.istore32(f, value, addr, off),
            };
        }
    }

    /// The grow builtins return `-2` when the store's limiter failed and a trap is pending.
    fn trap_if_grow_failed(&mut self, old: ir::Value) {
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, old, -2);
        self.trap_if_pending(failed);
    }

    pub(crate) fn op_memory_size(&mut self, memory: u32) {
        let index = MemoryIndex::from_u32(memory);
        let log2 = self.module.memories[index].page_size_log2;
        let def = self.memory_def(index);
        let length = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), def, definition::LENGTH);
        let pages = self.b.ins().ushr_imm_u(length, i64::from(log2));
        let pages = self.narrow_to_index_type(index, pages);
        self.push(pages);
    }

    /// An address or length operand (an `i32`, or an `i64` of a 64-bit memory) as 64 bits.
    pub(crate) fn address(&mut self, v: ir::Value) -> ir::Value {
        if self.b.func.dfg.value_type(v) == I64 {
            v
        } else {
            self.b.ins().uextend(I64, v)
        }
    }

    /// A 64-bit count as the index type of `memory`: `i64` for a 64-bit memory, else `i32`.
    fn narrow_to_index_type(&mut self, memory: MemoryIndex, v: ir::Value) -> ir::Value {
        if self.module.memories[memory].memory64 {
            v
        } else {
            self.b.ins().ireduce(I32, v)
        }
    }

    pub(crate) fn op_memory_grow(&mut self, memory: u32) {
        let delta = self.pop();
        let delta = self.address(delta);
        let mem = self.b.ins().iconst(I32, i64::from(memory));
        let old = self
            .call_builtin(Builtin::MemoryGrow, &[mem, delta])
            .unwrap();
        self.trap_if_grow_failed(old);
        let old = self.narrow_to_index_type(MemoryIndex::from_u32(memory), old);
        self.push(old);
    }

    pub(crate) fn op_memory_fill(&mut self, memory: u32) {
        let (dst, val, len) = self.pop3();
        let mem = self.b.ins().iconst(I32, i64::from(memory));
        let dst = self.address(dst);
        let len = self.address(len);
        let status = self
            .call_builtin(Builtin::MemoryFill, &[mem, dst, val, len])
            .unwrap();
        self.trap_if_pending(status);
    }

    pub(crate) fn op_memory_init(&mut self, memory: u32, data: u32) {
        let (dst, src, len) = self.pop3();
        let mem = self.b.ins().iconst(I32, i64::from(memory));
        let data = self
            .b
            .ins()
            .iconst(I32, i64::from(DataIndex::from_u32(data).as_u32()));
        let dst = self.address(dst);
        let status = self
            .call_builtin(Builtin::MemoryInit, &[mem, data, dst, src, len])
            .unwrap();
        self.trap_if_pending(status);
    }

    pub(crate) fn op_data_drop(&mut self, data: u32) {
        let data = self.b.ins().iconst(I32, i64::from(data));
        self.call_builtin(Builtin::DataDrop, &[data]);
    }

    // ----- globals -----

    /// The address of a global's value: a base and an offset.
    fn global_addr(&mut self, global: u32) -> (ir::Value, i32) {
        let index = GlobalIndex::from_u32(global);
        match self.module.defined_global_index(index) {
            Some(def) => (self.vmctx, self.offsets.defined_global(def) as i32),
            None => {
                let off = self.offsets.imported_global(index) as i32;
                (self.load_vmctx(self.vmctx, off), 0)
            }
        }
    }

    pub(crate) fn op_global_get(&mut self, global: u32) {
        let ty = value_type(self.module.globals[GlobalIndex::from_u32(global)].ty);
        let (base, off) = self.global_addr(global);
        let v = self.b.ins().load(ty, MemFlagsData::trusted(), base, off);
        self.push(v);
    }

    pub(crate) fn op_global_set(&mut self, global: u32) {
        let v = self.pop();
        let (base, off) = self.global_addr(global);
        self.b.ins().store(MemFlagsData::trusted(), v, base, off);
    }

    // ----- tables -----

    fn table_def(&mut self, table: u32) -> ir::Value {
        let off = self.offsets.table(TableIndex::from_u32(table)) as i32;
        self.load_vmctx(self.vmctx, off)
    }

    /// The address of element `index` of a table, after a bounds check.
    fn table_elem_addr(&mut self, table: u32, index: ir::Value) -> ir::Value {
        let def = self.table_def(table);
        let len = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), def, definition::LENGTH);
        let index = self.address(index);
        let oob = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, len);
        self.trap_if(oob, Trap::TableOutOfBounds);
        // Unlike a memory's, a table's storage moves when it grows (during any call or
        // `table.grow`), so its base must be reloaded at every access.
        let base = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), def, definition::BASE);
        let scaled = self.b.ins().ishl_imm_u(index, 3);
        self.b.ins().iadd(base, scaled)
    }

    pub(crate) fn op_table_get(&mut self, table: u32) {
        let index = self.pop();
        let addr = self.table_elem_addr(table, index);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        self.push(v);
    }

    pub(crate) fn op_table_set(&mut self, table: u32) {
        let (index, value) = self.pop2();
        let addr = self.table_elem_addr(table, index);
        self.b.ins().store(MemFlagsData::trusted(), value, addr, 0);
    }

    pub(crate) fn op_table_size(&mut self, table: u32) {
        let def = self.table_def(table);
        let len = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), def, definition::LENGTH);
        let len = self.narrow_to_table_index_type(table, len);
        self.push(len);
    }

    /// A 64-bit count as the index type of `table`: `i64` for a 64-bit table, else `i32`.
    fn narrow_to_table_index_type(&mut self, table: u32, v: ir::Value) -> ir::Value {
        if self.module.tables[TableIndex::from_u32(table)].table64 {
            v
        } else {
            self.b.ins().ireduce(I32, v)
        }
    }

    pub(crate) fn op_table_grow(&mut self, table: u32) {
        let (init, delta) = self.pop2();
        let t = self.b.ins().iconst(I32, i64::from(table));
        let delta = self.address(delta);
        let old = self
            .call_builtin(Builtin::TableGrow, &[t, delta, init])
            .unwrap();
        self.trap_if_grow_failed(old);
        let old = self.narrow_to_table_index_type(table, old);
        self.push(old);
    }

    pub(crate) fn op_table_fill(&mut self, table: u32) {
        let (dst, val, len) = self.pop3();
        let t = self.b.ins().iconst(I32, i64::from(table));
        let dst = self.address(dst);
        let len = self.address(len);
        let status = self
            .call_builtin(Builtin::TableFill, &[t, dst, val, len])
            .unwrap();
        self.trap_if_pending(status);
    }

    pub(crate) fn op_table_copy(&mut self, dst_table: u32, src_table: u32) {
        let (dst, src, len) = self.pop3();
        let dt = self.b.ins().iconst(I32, i64::from(dst_table));
        let st = self.b.ins().iconst(I32, i64::from(src_table));
        let dst = self.address(dst);
        let src = self.address(src);
        let len = self.address(len);
        let status = self
            .call_builtin(Builtin::TableCopy, &[dt, dst, st, src, len])
            .unwrap();
        self.trap_if_pending(status);
    }

    pub(crate) fn op_table_init(&mut self, table: u32, elem: u32) {
        let (dst, src, len) = self.pop3();
        let t = self.b.ins().iconst(I32, i64::from(table));
        let e = self
            .b
            .ins()
            .iconst(I32, i64::from(ElemIndex::from_u32(elem).as_u32()));
        let dst = self.address(dst);
        let status = self
            .call_builtin(Builtin::TableInit, &[t, e, dst, src, len])
            .unwrap();
        self.trap_if_pending(status);
    }

    pub(crate) fn op_elem_drop(&mut self, elem: u32) {
        let e = self.b.ins().iconst(I32, i64::from(elem));
        self.call_builtin(Builtin::ElemDrop, &[e]);
    }

    // ----- references -----

    pub(crate) fn op_ref_func(&mut self, func: u32) {
        let index = FuncIndex::from_u32(func);
        let v = match self.module.defined_func_index(index) {
            Some(def) => self
                .b
                .ins()
                .iadd_imm_s(self.vmctx, i64::from(self.offsets.defined_func_ref(def))),
            None => {
                let off = self.offsets.imported_func(index) as i32;
                self.load_vmctx(self.vmctx, off)
            }
        };
        self.push(v);
    }

    // ----- calls -----

    fn sig_ref(&mut self, ty: TypeIndex) -> ir::SigRef {
        if let Some(s) = self.sigs.get(&ty) {
            return *s;
        }
        let sig = wasm_signature(self.compiler, &self.module.types[ty]);
        let s = self.b.import_signature(sig);
        self.sigs.insert(ty, s);
        s
    }

    /// A return area for a call to a function of type `ty`, if its results go through
    /// one: a stack slot of this function.
    fn call_return_area(&mut self, ty: TypeIndex) -> Option<ir::Value> {
        let fty = &self.module.types[ty];
        if !uses_return_area(fty) {
            return None;
        }
        let size = fty.results.len() as u32 * VAL_RAW_SIZE;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            4,
        ));
        Some(self.b.ins().stack_addr(I64, slot, 0))
    }

    /// Pushes the results of `call`, from registers or from its return area.
    fn finish_call(&mut self, ty: TypeIndex, call: ir::Inst, area: Option<ir::Value>) {
        self.fuel_reload();
        match area {
            Some(area) => {
                let results = self.module.types[ty].results.clone();
                for (i, r) in results.iter().enumerate() {
                    let v = self.b.ins().load(
                        value_type(*r),
                        MemFlagsData::trusted(),
                        area,
                        return_area_offset(i),
                    );
                    self.stack.push(v);
                }
            }
            None => {
                let results = self.b.inst_results(call).to_vec();
                self.stack.extend(results);
            }
        }
    }

    fn direct_func_ref(
        &mut self,
        index: FuncIndex,
        def: wicker_environ::DefinedFuncIndex,
        ty: TypeIndex,
    ) -> ir::FuncRef {
        if let Some(f) = self.direct_calls.get(&index) {
            return *f;
        }
        let signature = self.sig_ref(ty);
        let name = self
            .b
            .func
            .declare_imported_user_function(UserExternalName::new(0, def.as_u32()));
        let f = self.b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        self.direct_calls.insert(index, f);
        f
    }

    /// `return_call`: the callee replaces this function's frame.
    pub(crate) fn op_return_call(&mut self, func: u32) {
        let index = FuncIndex::from_u32(func);
        let ty = self.module.functions[index];
        let n = self.module.types[ty].params.len();
        let args = self.popn(n);
        self.fuel_add();
        self.fuel_flush();
        match self.module.defined_func_index(index) {
            Some(def) => {
                let fref = self.direct_func_ref(index, def, ty);
                let mut all = vec![self.vmctx, self.vmctx];
                all.extend(args);
                // The callee has this function's results: it writes them where this
                // function's caller asked.
                all.extend(self.return_area);
                self.b.ins().return_call(fref, &all);
            }
            None => {
                let off = self.offsets.imported_func(index) as i32;
                let fref = self.load_vmctx(self.vmctx, off);
                self.return_call_func_ref(ty, fref, args);
            }
        }
        self.reachable = false;
    }

    fn return_call_func_ref(&mut self, ty: TypeIndex, fref: ir::Value, args: Vec<ir::Value>) {
        let code = self.load_ro(fref, func_ref::WASM_CALL);
        let callee_vmctx = self.load_ro(fref, func_ref::VMCTX);
        let sig = self.sig_ref(ty);
        let mut all = vec![callee_vmctx, self.vmctx];
        all.extend(args);
        all.extend(self.return_area);
        self.b.ins().return_call_indirect(sig, code, &all);
    }

    /// `return_call_indirect`.
    pub(crate) fn op_return_call_indirect(&mut self, type_index: u32, table: u32) {
        let ty = TypeIndex::from_u32(type_index);
        let index = self.pop();
        let n = self.module.types[ty].params.len();
        let args = self.popn(n);
        let fref = self.checked_table_func_ref(type_index, table, index);
        self.fuel_add();
        self.fuel_flush();
        self.return_call_func_ref(ty, fref, args);
        self.reachable = false;
    }

    /// Loads a funcref from a table for an indirect call, trapping if it is null or of the
    /// wrong type.
    fn checked_table_func_ref(
        &mut self,
        type_index: u32,
        table: u32,
        index: ir::Value,
    ) -> ir::Value {
        let addr = self.table_elem_addr(table, index);
        let fref = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        self.b
            .ins()
            .trapz(fref, trap_code(Trap::IndirectCallToNull));
        let actual = self.b.ins().load(
            I32,
            MemFlagsData::trusted().with_readonly(),
            fref,
            func_ref::TYPE_INDEX,
        );
        let ids = self.load_vmctx(self.vmctx, VMOffsets::TYPE_IDS as i32);
        let expected = self.b.ins().load(
            I32,
            MemFlagsData::trusted().with_readonly(),
            ids,
            (type_index * 4) as i32,
        );
        let mismatch = self.b.ins().icmp(IntCC::NotEqual, actual, expected);
        self.trap_if(mismatch, Trap::BadSignature);
        fref
    }

    pub(crate) fn op_call(&mut self, func: u32) {
        let index = FuncIndex::from_u32(func);
        let ty = self.module.functions[index];
        let n = self.module.types[ty].params.len();
        let args = self.popn(n);
        self.fuel_flush();
        match self.module.defined_func_index(index) {
            Some(def) => {
                let fref = self.direct_func_ref(index, def, ty);
                let area = self.call_return_area(ty);
                let mut all = vec![self.vmctx, self.vmctx];
                all.extend(args);
                all.extend(area);
                let call = self.b.ins().call(fref, &all);
                self.finish_call(ty, call, area);
            }
            None => {
                let off = self.offsets.imported_func(index) as i32;
                let fref = self.load_vmctx(self.vmctx, off);
                self.call_func_ref(ty, fref, args);
            }
        }
    }

    fn call_func_ref(&mut self, ty: TypeIndex, fref: ir::Value, args: Vec<ir::Value>) {
        let code = self.load_ro(fref, func_ref::WASM_CALL);
        let callee_vmctx = self.load_ro(fref, func_ref::VMCTX);
        let sig = self.sig_ref(ty);
        let area = self.call_return_area(ty);
        let mut all = vec![callee_vmctx, self.vmctx];
        all.extend(args);
        all.extend(area);
        let call = self.b.ins().call_indirect(sig, code, &all);
        self.finish_call(ty, call, area);
    }

    pub(crate) fn op_call_indirect(&mut self, type_index: u32, table: u32) {
        let ty = TypeIndex::from_u32(type_index);
        let index = self.pop();
        let n = self.module.types[ty].params.len();
        let args = self.popn(n);
        let fref = self.checked_table_func_ref(type_index, table, index);
        self.fuel_flush();
        self.call_func_ref(ty, fref, args);
    }
}
