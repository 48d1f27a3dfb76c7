//! A core instance's runtime state: its `VMContext` and what its builtins need.

use super::memory::Memory;
use super::table::Table;
use super::vmcontext::{
    VMFuncRef, VMGlobalDefinition, VMMemoryDefinition, VMStoreContext, VMTableDefinition, ValRaw,
};
use crate::module::Module;
use crate::store::StoreOpaque;
use wicker_environ::{VMCONTEXT_MAGIC, VMOffsets};

/// A pointer to a `VMFuncRef` that lives as long as the store holding its owner.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncRefPtr(*const VMFuncRef);

// SAFETY: a funcref is immutable once published; the pointer is only dereferenced while the
// owning store is alive and borrowed.
unsafe impl Send for FuncRefPtr {}
// SAFETY: as above.
unsafe impl Sync for FuncRefPtr {}

impl FuncRefPtr {
    /// Wraps a raw value read from wasm (a table slot or a `ValRaw`); `None` for null.
    ///
    /// The caller (the store) only passes values that wasm code of the same store produced,
    /// which are null or point to live funcrefs.
    pub fn from_raw(raw: u64) -> Option<FuncRefPtr> {
        (raw != 0).then_some(FuncRefPtr(raw as usize as *const VMFuncRef))
    }

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
    /// Allocates storage for a host-created global; the box must be kept by the store.
    pub fn new_owned(init: ValRaw) -> (Box<VMGlobalDefinition>, GlobalPtr) {
        let mut b = Box::new(VMGlobalDefinition {
            bytes: init.get_u128().to_le_bytes(),
        });
        let p = GlobalPtr(&mut *b);
        (b, p)
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

    /// The raw pointer, to place in a `VMContext`.
    pub fn as_raw(&self) -> *mut VMGlobalDefinition {
        self.0
    }
}

/// The runtime state of one core instance.
pub struct Instance {
    vmctx: Box<[VMGlobalDefinition]>,
    /// The store owning this instance.
    pub store: *mut StoreOpaque,
    /// Index of this instance in its store.
    pub index: usize,
    /// The module instantiated.
    pub module: Module,
    /// Every memory of the module's index space.
    pub memories: Vec<*mut Memory>,
    /// Every table of the module's index space.
    pub tables: Vec<*mut Table>,
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
    /// Allocates an instance with a zeroed `VMContext` whose header is filled in.
    pub fn new(
        module: Module,
        store: *mut StoreOpaque,
        store_ctx: *mut VMStoreContext,
        index: usize,
    ) -> Box<Instance> {
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

    /// Writes a pointer-sized field.
    pub fn write_ptr(&mut self, offset: u32, v: usize) {
        let o = offset as usize;
        self.bytes_mut()[o..o + 8].copy_from_slice(&v.to_le_bytes());
    }

    /// Writes the `VMFuncRef` of a defined function at `offset` and returns a pointer to it.
    pub fn write_func_ref(
        &mut self,
        offset: u32,
        wasm_call: *const u8,
        type_index: u32,
    ) -> FuncRefPtr {
        let vmctx = self.vmctx();
        let o = offset as usize;
        assert!(o + 32 <= self.vmctx.len() * 16);
        // SAFETY: the range is inside the `VMContext` (asserted) and 8-byte aligned, as the
        // layout places func refs at multiples of 16.
        unsafe {
            let p = vmctx.add(o).cast::<VMFuncRef>();
            p.write(VMFuncRef {
                wasm_call,
                array_call: std::ptr::null(),
                type_index,
                vmctx,
            });
            FuncRefPtr(p)
        }
    }

    /// The storage of a defined global at `offset`.
    pub fn global_ptr(&mut self, offset: u32) -> GlobalPtr {
        let o = offset as usize;
        assert!(o.is_multiple_of(16) && o + 16 <= self.vmctx.len() * 16);
        GlobalPtr(&mut self.vmctx[o / 16])
    }

    /// Records a memory of the index space and points the `VMContext` at its definition.
    pub fn push_memory(&mut self, offset: u32, memory: *mut Memory) {
        // SAFETY: the store passes memories it owns, alive as long as this instance.
        let def: *mut VMMemoryDefinition = unsafe { (*memory).definition() };
        self.write_ptr(offset, def as usize);
        self.memories.push(memory);
    }

    /// Records a table of the index space and points the `VMContext` at its definition.
    pub fn push_table(&mut self, offset: u32, table: *mut Table) {
        // SAFETY: the store passes tables it owns, alive as long as this instance.
        let def: *mut VMTableDefinition = unsafe { (*table).definition() };
        self.write_ptr(offset, def as usize);
        self.tables.push(table);
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
