//! A core instance's runtime state: its `VMContext` and what its builtins need.

use super::memory::Memory;
use super::table::Table;
use super::vmcontext::{
    VMFuncRef, VMGlobalDefinition, VMMemoryDefinition, VMStoreContext, VMTableDefinition, ValRaw,
};
use crate::module::Module;
use crate::store::StoreOpaque;
use wicker_environ::{
    DefinedFuncIndex, DefinedGlobalIndex, FuncIndex, GlobalIndex, MemoryIndex, TableIndex,
    VMCONTEXT_MAGIC, VMOffsets, func_ref,
};

/// A pointer to a `VMFuncRef` that lives as long as the store holding its owner.
///
/// Only this module makes one, from the funcref of a defined function in a `VMContext`
/// ([`Instance::init_defined_func`], and [`Instance::func_ref_from_raw`], which checks the
/// bits it is given) or of a host function's context. So every value points to a funcref
/// that lives as long as the store that owns it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncRefPtr(pub(super) *const VMFuncRef);

// SAFETY: a funcref is immutable once published; the pointer is only dereferenced while the
// owning store is alive and borrowed.
unsafe impl Send for FuncRefPtr {}
// SAFETY: as above.
unsafe impl Sync for FuncRefPtr {}

impl FuncRefPtr {
    /// The raw value wasm uses.
    pub fn to_raw(self) -> u64 {
        self.0 as usize as u64
    }

    fn get(&self) -> &VMFuncRef {
        // SAFETY: see the type's invariant: the funcref is alive while its store is.
        unsafe { &*self.0 }
    }

    /// The engine-wide signature index.
    pub fn type_index(&self) -> u32 {
        self.get().type_index
    }

    /// The code to call with the wasm calling convention.
    pub fn wasm_call(&self) -> *const u8 {
        self.get().wasm_call
    }

    /// The callee's context.
    pub fn vmctx(&self) -> *mut u8 {
        self.get().vmctx
    }
}

/// A pointer to a global's storage, alive as long as the store holding its owner.
#[derive(Copy, Clone, Debug)]
pub struct GlobalPtr(*mut VMGlobalDefinition);

// SAFETY: accesses happen only through the owning store, which is borrowed for them.
unsafe impl Send for GlobalPtr {}
// SAFETY: as above.
unsafe impl Sync for GlobalPtr {}

impl GlobalPtr {
    /// Allocates storage for a host-created global, owned by the store `s` (which never
    /// frees it before it is dropped itself).
    pub fn new_owned(s: &mut StoreOpaque, init: ValRaw) -> GlobalPtr {
        let mut b = Box::new(VMGlobalDefinition {
            bytes: init.get_u128().to_le_bytes(),
        });
        let p = GlobalPtr(&mut *b);
        s.owned_globals.push(b);
        p
    }

    /// Reads the value.
    pub fn get(&self) -> ValRaw {
        // SAFETY: see the type's invariant.
        ValRaw::u128(u128::from_le_bytes(unsafe { (*self.0).bytes }))
    }

    /// Writes the value.
    pub fn set(&self, v: ValRaw) {
        // SAFETY: see the type's invariant.
        unsafe { (*self.0).bytes = v.get_u128().to_le_bytes() }
    }
}

/// The runtime state of one core instance.
pub struct Instance {
    vmctx: Box<[VMGlobalDefinition]>,
    /// The store owning this instance.
    store: *mut StoreOpaque,
    /// Index of this instance in its store.
    pub index: usize,
    /// The module instantiated; its layout is the `VMContext`'s.
    module: Module,
    /// Every memory of the module's index space (boxed in the store).
    memories: Vec<*mut Memory>,
    /// Every table of the module's index space (boxed in the store).
    tables: Vec<*mut Table>,
    /// Elements of passive segments (emptied by `elem.drop`), by element index.
    pub passive_elems: Vec<Vec<u64>>,
    /// Whether each data segment was dropped.
    pub dropped_data: Vec<bool>,
}

// SAFETY: every raw pointer of an instance points into its own `VMContext` or to objects
// owned by the same store (memories, tables, the store itself), which moves between threads
// as a whole; no thread-local state is referenced.
unsafe impl Send for Instance {}

impl Instance {
    /// Allocates the next instance of the store `s` (its index is the store's instance
    /// count) with a zeroed `VMContext` whose header is filled in.
    pub fn new(module: Module, s: &mut StoreOpaque) -> Box<Instance> {
        let index = s.instances.len();
        // Compiled code writes the context's cells through this pointer.
        let store_ctx: *const VMStoreContext = &*s.vm_ctx;
        let store: *mut StoreOpaque = s;
        let size = module.offsets().size() as usize;
        let vmctx = vec![VMGlobalDefinition::default(); size.div_ceil(16)].into_boxed_slice();
        let mut inst = Box::new(Instance {
            vmctx,
            store,
            index,
            module,
            memories: Vec::new(),
            tables: Vec::new(),
            passive_elems: Vec::new(),
            dropped_data: Vec::new(),
        });
        let me: *mut Instance = &mut *inst;
        inst.write_u32(VMOffsets::MAGIC, VMCONTEXT_MAGIC);
        inst.write_ptr(VMOffsets::STORE_CONTEXT, store_ctx as usize);
        inst.write_ptr(
            VMOffsets::BUILTINS,
            super::libcalls::builtins_table() as usize,
        );
        inst.write_ptr(VMOffsets::INSTANCE, me as usize);
        let ids = inst.module.type_ids().as_ptr() as usize;
        inst.write_ptr(VMOffsets::TYPE_IDS, ids);
        inst
    }

    /// The module instantiated.
    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The store owning this instance, as the raw pointer host functions receive.
    pub(super) fn store_ptr(&self) -> *mut StoreOpaque {
        self.store
    }

    /// The `VMContext` pointer compiled code receives.
    pub fn vmctx(&self) -> *mut u8 {
        self.vmctx.as_ptr() as *mut u8
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        let len = self.vmctx.len() * 16;
        // SAFETY: the boxed slice is `len` bytes of plain data owned by `self`.
        unsafe { std::slice::from_raw_parts_mut(self.vmctx.as_mut_ptr().cast::<u8>(), len) }
    }

    fn write_u32(&mut self, offset: u32, v: u32) {
        let o = offset as usize;
        self.bytes_mut()[o..o + 4].copy_from_slice(&v.to_le_bytes());
    }

    /// Writes a pointer-sized field. Private: every field it writes is named by one of the
    /// methods below, which take only pointers that are valid by construction.
    fn write_ptr(&mut self, offset: u32, v: usize) {
        let o = offset as usize;
        self.bytes_mut()[o..o + 8].copy_from_slice(&v.to_le_bytes());
    }

    /// Panics unless `s` is the store this instance was made for: the pointers the wiring
    /// methods take from `s` must live as long as the instance, which only the owning store
    /// guarantees.
    fn check_store(&self, s: &StoreOpaque) {
        assert!(
            std::ptr::eq(self.store.cast_const(), s),
            "an instance is wired from its own store only"
        );
    }

    /// Points imported function `index` at `func`.
    pub fn set_imported_func(&mut self, index: FuncIndex, func: FuncRefPtr) {
        let offset = self.module.offsets().imported_func(index);
        self.write_ptr(offset, func.0 as usize);
    }

    /// Points imported global `index` at `global` (storage of the same store: a host global
    /// or another instance's).
    pub fn set_imported_global(&mut self, index: GlobalIndex, global: GlobalPtr) {
        let offset = self.module.offsets().imported_global(index);
        self.write_ptr(offset, global.0 as usize);
    }

    /// Writes the `VMFuncRef` of defined function `def` and returns a pointer to it.
    pub fn init_defined_func(&mut self, def: DefinedFuncIndex) -> FuncRefPtr {
        let info = self.module.info();
        let func = info.func_index(def);
        let (wasm_call, type_index) = (
            self.module.defined_func_ptr(def),
            self.module.func_sig(func),
        );
        let offset = self.module.offsets().defined_func_ref(def) as usize;
        let vmctx = self.vmctx();
        assert!(offset + func_ref::SIZE as usize <= self.vmctx.len() * 16);
        // SAFETY: the range is inside the `VMContext` (asserted) and 8-byte aligned, as the
        // layout places func refs at multiples of 16.
        unsafe {
            let p = vmctx.add(offset).cast::<VMFuncRef>();
            p.write(VMFuncRef {
                wasm_call,
                array_call: std::ptr::null(),
                type_index,
                vmctx,
            });
            FuncRefPtr(p)
        }
    }

    /// The funcref of a defined function of this instance whose address is `raw`, if it is
    /// one: the checked way to turn the bits of a funcref back into a pointer.
    pub fn func_ref_from_raw(&self, raw: u64) -> Option<FuncRefPtr> {
        let area = self.module.offsets().defined_func_refs();
        let base = self.vmctx() as usize as u64;
        let offset = raw.checked_sub(base)?;
        let at_a_func_ref = offset >= u64::from(area.start)
            && offset < u64::from(area.end)
            && (offset - u64::from(area.start)).is_multiple_of(u64::from(func_ref::SIZE));
        // Only the slots written by `init_defined_func` are in that area.
        at_a_func_ref.then_some(FuncRefPtr(raw as usize as *const VMFuncRef))
    }

    /// The storage of defined global `def`.
    pub fn defined_global_ptr(&mut self, def: DefinedGlobalIndex) -> GlobalPtr {
        let o = self.module.offsets().defined_global(def) as usize;
        assert!(o.is_multiple_of(16) && o + 16 <= self.vmctx.len() * 16);
        GlobalPtr(&mut self.vmctx[o / 16])
    }

    /// Appends memory `memory` of the store `s` (which owns this instance) to the memory
    /// index space and points the `VMContext` at its definition.
    pub fn push_memory(&mut self, s: &mut StoreOpaque, memory: usize) {
        self.check_store(s);
        let index = MemoryIndex::from_u32(self.memories.len() as u32);
        let offset = self.module.offsets().memory(index);
        // The memory is boxed in the store, which frees none before it is dropped itself.
        let m: &mut Memory = &mut s.memories[memory].0;
        let def: *mut VMMemoryDefinition = m.definition();
        self.write_ptr(offset, def as usize);
        self.memories.push(m);
    }

    /// Appends table `table` of the store `s` (which owns this instance) to the table index
    /// space and points the `VMContext` at its definition.
    pub fn push_table(&mut self, s: &mut StoreOpaque, table: usize) {
        self.check_store(s);
        let index = TableIndex::from_u32(self.tables.len() as u32);
        let offset = self.module.offsets().table(index);
        // As for memories: boxed in the store, never freed before it.
        let t: &mut Table = &mut s.tables[table].0;
        let def: *mut VMTableDefinition = t.definition();
        self.write_ptr(offset, def as usize);
        self.tables.push(t);
    }

    /// The memory at `index` of the index space.
    pub fn memory(&self, index: usize) -> &Memory {
        // SAFETY: memories outlive the instances of their store.
        unsafe { &*self.memories[index] }
    }

    /// The memory at `index` of the index space, mutably.
    pub fn memory_mut(&mut self, index: usize) -> &mut Memory {
        // SAFETY: as above; `&mut self` stands for the store's exclusive borrow.
        unsafe { &mut *self.memories[index] }
    }

    /// The table at `index` of the index space.
    pub fn table_mut(&mut self, index: usize) -> &mut Table {
        // SAFETY: tables outlive the instances of their store.
        unsafe { &mut *self.tables[index] }
    }

    /// Two distinct tables at once (for `table.copy`); `None` if they are the same table.
    pub fn two_tables_mut(&mut self, a: usize, b: usize) -> Option<(&mut Table, &mut Table)> {
        if self.tables[a] == self.tables[b] {
            return None;
        }
        // SAFETY: the two pointers differ, so the references do not alias.
        unsafe { Some((&mut *self.tables[a], &mut *self.tables[b])) }
    }

    /// Two distinct memories at once (for `memory.copy`); `None` if they are the same memory.
    pub fn two_memories_mut(&mut self, a: usize, b: usize) -> Option<(&mut Memory, &mut Memory)> {
        if self.memories[a] == self.memories[b] {
            return None;
        }
        // SAFETY: the two pointers differ, so the references do not alias.
        unsafe { Some((&mut *self.memories[a], &mut *self.memories[b])) }
    }

    /// The store owning the instance.
    pub fn store_mut(&mut self) -> &mut StoreOpaque {
        // SAFETY: an instance is only reached from its store's code paths, while the store is
        // exclusively borrowed by the call into wasm that led here.
        unsafe { &mut *self.store }
    }

    /// The instance whose `VMContext` is `vmctx`.
    ///
    /// # Safety
    ///
    /// `vmctx` must be the `VMContext` of a live instance (as compiled code passes it).
    pub unsafe fn from_vmctx<'a>(vmctx: *mut u8) -> &'a mut Instance {
        // SAFETY: the caller guarantees a live `VMContext`, whose INSTANCE field points back
        // to its `Instance`.
        unsafe {
            let p = *(vmctx.add(VMOffsets::INSTANCE as usize) as *const usize);
            &mut *(p as *mut Instance)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::AsContextMut;
    use wicker_environ::func_ref;

    /// Funcref bits turn back into a pointer only at a defined function's `VMFuncRef`.
    #[test]
    fn only_the_bits_of_a_defined_funcref_resolve() {
        let engine = crate::Engine::default();
        let module = crate::Module::new(
            &engine,
            "(module (func (export \"a\")) (func (export \"b\")) (memory 1) (global i32 (i32.const 1)))",
        )
        .unwrap();
        let mut store = crate::Store::new(&engine, ());
        crate::Instance::new(&mut store, &module, &[]).unwrap();
        let s = &mut store.as_context_mut().0.opaque;
        let vm = &s.instances[0].vm;
        let base = vm.vmctx() as usize as u64;
        let area = module.offsets().defined_func_refs();
        let (first, size) = (base + u64::from(area.start), u64::from(func_ref::SIZE));
        assert!(vm.func_ref_from_raw(first).is_some());
        assert!(vm.func_ref_from_raw(first + size).is_some());
        // Past the last, inside a funcref, before the area (the header, a global), below
        // the context, and far away.
        for bad in [
            first + 2 * size,
            first + 8,
            first - 16,
            base,
            base - 32,
            0,
            u64::MAX,
        ] {
            assert!(vm.func_ref_from_raw(bad).is_none(), "{bad:#x}");
        }
        assert_eq!(
            vm.func_ref_from_raw(first + size).unwrap().to_raw(),
            first + size
        );
    }
}
