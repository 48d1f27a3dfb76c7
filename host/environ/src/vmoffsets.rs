//! The layout of a `VMContext` and of the runtime structures compiled code reads.
//!
//! Compiled code and the runtime agree on these offsets; the runtime's `vm` module asserts
//! at compile time that its `#[repr(C)]` structures match them.

use crate::index::*;
use crate::module::ModuleInfo;

/// The magic number at the start of every core instance's `VMContext`.
pub const VMCONTEXT_MAGIC: u32 = u32::from_le_bytes(*b"core");
/// The magic number at the start of a host function's context.
pub const VM_HOST_FUNC_MAGIC: u32 = u32::from_le_bytes(*b"host");

/// Offsets in `VMStoreContext`, the per-store block of runtime limits.
pub mod store_context {
    /// `usize`: the lowest address the wasm stack may grow to.
    pub const STACK_LIMIT: i32 = 0;
    /// `i64`: fuel consumed, counting up to zero from minus the fuel granted.
    pub const FUEL_CONSUMED: i32 = 8;
    /// `u64`: the epoch at which running code is interrupted.
    pub const EPOCH_DEADLINE: i32 = 16;
    /// `*const AtomicU64`: the engine's current epoch.
    pub const EPOCH_PTR: i32 = 24;
    /// Size of the structure.
    pub const SIZE: u32 = 32;
}

/// Offsets in `VMFuncRef`, the representation of a `funcref`.
/// The context of a fused component-to-component adapter (the `vmctx` its funcref
/// passes): what the adapter's code reads to reach the callee.
pub mod adapter {
    /// The callee's code, with the wasm calling convention (its `VMFuncRef`'s `wasm_call`).
    pub const CALLEE_CODE: i32 = 0;
    /// The callee's `VMContext`.
    pub const CALLEE_VMCTX: i32 = 8;
    /// The code of the callee's post-return function, or null.
    pub const POST_RETURN_CODE: i32 = 16;
    /// The post-return function's `VMContext`, or null.
    pub const POST_RETURN_VMCTX: i32 = 24;
    /// Pointer to the calling component instance's flags.
    pub const CALLER_FLAGS: i32 = 32;
    /// Pointer to the called component instance's flags.
    pub const CALLEE_FLAGS: i32 = 40;
    /// Pointer to the caller's memory's `VMMemoryDefinition`, or null.
    pub const CALLER_MEMORY: i32 = 48;
    /// Pointer to the callee's memory's `VMMemoryDefinition`, or null.
    pub const CALLEE_MEMORY: i32 = 56;
    /// The code of the caller's `realloc`, or null.
    pub const CALLER_REALLOC_CODE: i32 = 64;
    /// The caller's `realloc`'s `VMContext`, or null.
    pub const CALLER_REALLOC_VMCTX: i32 = 72;
    /// The code of the callee's `realloc`, or null.
    pub const CALLEE_REALLOC_CODE: i32 = 80;
    /// The callee's `realloc`'s `VMContext`, or null.
    pub const CALLEE_REALLOC_VMCTX: i32 = 88;
    /// `extern "C" fn(ptr, len) -> u32`: whether the bytes are UTF-8 (nonzero if so).
    pub const UTF8_VALID: i32 = 96;
    /// `extern "C" fn(dst, src, len)`: copies bytes, the ranges possibly overlapping.
    pub const MEMMOVE: i32 = 104;
    /// `extern "C" fn(ptr, len) -> u32`: whether the `len` bytes are UTF-16 (nonzero if so).
    pub const UTF16_VALID: i32 = 112;
    /// `extern "C" fn(op, src, src_units, dst, dst_capacity) -> u64`: the transcoding step
    /// `op` (a `TranscodeOp`'s code) from the source's code units into the destination.
    pub const TRANSCODE: i32 = 120;
    /// `extern "C" fn(ctx, op, resource, handle) -> u64`: the handle operation `op` (a
    /// `HandleOp`'s code) on the adapter context `ctx`'s two instances.
    pub const HANDLE: i32 = 128;
}

/// The flags of a component instance, one byte each, nonzero when set.
pub mod component_flags {
    /// Set while the instance runs an export: it may not be entered.
    pub const BUSY: i32 = 0;
    /// Set while the instance runs its post-return or `realloc`: it may not call out.
    pub const NO_LEAVE: i32 = 1;
}

pub mod func_ref {
    /// Pointer to the function's code with the wasm calling convention.
    pub const WASM_CALL: i32 = 0;
    /// Pointer to the function's array-call entry (for host functions), or null.
    pub const ARRAY_CALL: i32 = 8;
    /// `u32`: the engine-wide signature index.
    pub const TYPE_INDEX: i32 = 16;
    /// The callee's `VMContext`.
    pub const VMCTX: i32 = 24;
    /// Size of the structure.
    pub const SIZE: u32 = 32;
}

/// Offsets in the definitions of tables and memories.
pub mod definition {
    /// Base pointer of a table's elements or a memory's bytes.
    pub const BASE: i32 = 0;
    /// `u64`: a table's element count, or a memory's length in bytes.
    pub const LENGTH: i32 = 8;
    /// Size of the structure.
    pub const SIZE: u32 = 16;
}

/// Offsets in a host function's context, the `vmctx` of a host `VMFuncRef`.
pub mod host_func {
    /// `u32` magic.
    pub const MAGIC: i32 = 0;
    /// The array-call function pointer.
    pub const ARRAY_CALL: i32 = 8;
}

/// Size of a value slot in the array-call convention's buffer (`ValRaw`).
pub const VAL_RAW_SIZE: u32 = 16;

/// The functions compiled code calls in the runtime, through a table in the `VMContext`.
///
/// Each takes the caller's `vmctx` first. Those returning `i32` return non-zero when they
/// have recorded a trap that compiled code must raise.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Builtin {
    /// `(vmctx, memory: i32, delta: i64) -> i64`: old size in pages, or -1.
    MemoryGrow,
    /// `(vmctx, memory: i32, dst: i64, val: i32, len: i64) -> i32`.
    MemoryFill,
    /// `(vmctx, dst_memory: i32, dst: i64, src_memory: i32, src: i64, len: i64) -> i32`.
    MemoryCopy,
    /// `(vmctx, memory: i32, data: i32, dst: i64, src: i32, len: i32) -> i32`.
    MemoryInit,
    /// `(vmctx, data: i32)`.
    DataDrop,
    /// `(vmctx, table: i32, delta: i64, init: ptr) -> i64`: old size, or -1.
    TableGrow,
    /// `(vmctx, table: i32, dst: i64, val: ptr, len: i64) -> i32`.
    TableFill,
    /// `(vmctx, dst_table: i32, dst: i64, src_table: i32, src: i64, len: i64) -> i32`.
    TableCopy,
    /// `(vmctx, table: i32, elem: i32, dst: i64, src: i32, len: i32) -> i32`.
    TableInit,
    /// `(vmctx, elem: i32)`.
    ElemDrop,
    /// `(vmctx) -> i32`: called when fuel runs out; refuels or records a trap.
    OutOfFuel,
    /// `(vmctx) -> i32`: called when the epoch deadline passes.
    NewEpoch,
}

impl Builtin {
    /// Every builtin, in table order.
    pub const ALL: &'static [Builtin] = &[
        Builtin::MemoryGrow,
        Builtin::MemoryFill,
        Builtin::MemoryCopy,
        Builtin::MemoryInit,
        Builtin::DataDrop,
        Builtin::TableGrow,
        Builtin::TableFill,
        Builtin::TableCopy,
        Builtin::TableInit,
        Builtin::ElemDrop,
        Builtin::OutOfFuel,
        Builtin::NewEpoch,
    ];

    /// Position in the builtin table.
    pub fn index(self) -> u32 {
        Builtin::ALL.iter().position(|b| *b == self).unwrap_or(0) as u32
    }
}

/// Offsets of the fields of one module's `VMContext`.
#[derive(Clone, Debug)]
pub struct VMOffsets {
    num_imported_funcs: u32,
    num_tables: u32,
    num_memories: u32,
    num_imported_globals: u32,
    num_defined_globals: u32,
    num_defined_funcs: u32,
    imported_funcs: u32,
    tables: u32,
    memories: u32,
    imported_globals: u32,
    defined_globals: u32,
    defined_func_refs: u32,
    size: u32,
}

impl VMOffsets {
    /// Offset of the magic number.
    pub const MAGIC: u32 = 0;
    /// Offset of the `*mut VMStoreContext`.
    pub const STORE_CONTEXT: u32 = 8;
    /// Offset of the builtin function table pointer.
    pub const BUILTINS: u32 = 16;
    /// Offset of the runtime's opaque instance pointer.
    pub const INSTANCE: u32 = 24;
    /// Offset of the pointer to the module's signature ids (`[u32]`, by `TypeIndex`).
    pub const TYPE_IDS: u32 = 32;
    const HEADER: u32 = 40;

    /// Computes the layout for a module.
    pub fn new(module: &ModuleInfo) -> VMOffsets {
        let num_imported_funcs = module.num_imported_funcs;
        let num_tables = module.tables.len() as u32;
        let num_memories = module.memories.len() as u32;
        let num_imported_globals = module.num_imported_globals;
        let num_defined_globals = module.num_defined_globals();
        let num_defined_funcs = module.num_defined_funcs();
        let imported_funcs = Self::HEADER;
        let tables = imported_funcs + 8 * num_imported_funcs;
        let memories = tables + 8 * num_tables;
        let imported_globals = memories + 8 * num_memories;
        let defined_globals = (imported_globals + 8 * num_imported_globals).next_multiple_of(16);
        let defined_func_refs = defined_globals + 16 * num_defined_globals;
        let size = defined_func_refs + func_ref::SIZE * num_defined_funcs;
        VMOffsets {
            num_imported_funcs,
            num_tables,
            num_memories,
            num_imported_globals,
            num_defined_globals,
            num_defined_funcs,
            imported_funcs,
            tables,
            memories,
            imported_globals,
            defined_globals,
            defined_func_refs,
            size,
        }
    }

    /// Total size of the `VMContext`.
    pub fn size(&self) -> u32 {
        self.size
    }

    /// Offset of the `*const VMFuncRef` of an imported function.
    pub fn imported_func(&self, index: FuncIndex) -> u32 {
        assert!(index.as_u32() < self.num_imported_funcs);
        self.imported_funcs + 8 * index.as_u32()
    }

    /// Offset of the `*mut VMTableDefinition` of a table.
    pub fn table(&self, index: TableIndex) -> u32 {
        assert!(index.as_u32() < self.num_tables);
        self.tables + 8 * index.as_u32()
    }

    /// Offset of the `*mut VMMemoryDefinition` of a memory.
    pub fn memory(&self, index: MemoryIndex) -> u32 {
        assert!(index.as_u32() < self.num_memories);
        self.memories + 8 * index.as_u32()
    }

    /// Offset of the `*mut VMGlobalDefinition` of an imported global.
    pub fn imported_global(&self, index: GlobalIndex) -> u32 {
        assert!(index.as_u32() < self.num_imported_globals);
        self.imported_globals + 8 * index.as_u32()
    }

    /// Offset of a defined global's value (16 bytes).
    pub fn defined_global(&self, index: DefinedGlobalIndex) -> u32 {
        assert!(index.as_u32() < self.num_defined_globals);
        self.defined_globals + 16 * index.as_u32()
    }

    /// The offsets `start..end` of the defined functions' `VMFuncRef`s, each
    /// `func_ref::SIZE` bytes.
    pub fn defined_func_refs(&self) -> std::ops::Range<u32> {
        self.defined_func_refs..self.defined_func_refs + func_ref::SIZE * self.num_defined_funcs
    }

    /// Offset of a defined function's `VMFuncRef`.
    pub fn defined_func_ref(&self, index: DefinedFuncIndex) -> u32 {
        assert!(index.as_u32() < self.num_defined_funcs);
        self.defined_func_refs + func_ref::SIZE * index.as_u32()
    }
}
