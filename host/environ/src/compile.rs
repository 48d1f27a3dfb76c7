//! The compile stage's interface and products.
//!
//! A [`Compiler`] turns the units of a module (its wasm functions, and the trampolines of a
//! signature) into [`CompiledFunction`]s: machine code that is position-independent but
//! for its [`Reloc`]ations, with its trap sites. These are plain data: the runtime places,
//! links and maps them without knowing which code generator made them.

use crate::{DefinedFuncIndex, FunctionBodyData, ModuleInfo, VMOffsets, WasmFuncType};
use anyhow::Result;

/// The trap code recorded for a trap whose reason the runtime has already stored (a failed
/// host call or builtin).
pub const TRAP_PENDING: u8 = 0xff;

/// What the compiler should generate.
#[derive(Clone, Debug, Default)]
pub struct CompilerOptions {
    /// Check every memory access explicitly instead of relying on guard pages.
    pub explicit_bounds_checks: bool,
    /// Count fuel and call the runtime when it runs out.
    pub consume_fuel: bool,
    /// Check the epoch deadline at function entries and loop headers.
    pub epoch_interruption: bool,
    /// Run the code generator's IR verifier (slow; for tests).
    pub verify: bool,
    /// Whether the multi-memory proposal is enabled (changes how some operators decode).
    pub multi_memory: bool,
}

/// A routine of the runtime that compiled code may call through a relocation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum LibCall {
    CeilF32,
    CeilF64,
    FloorF32,
    FloorF64,
    TruncF32,
    TruncF64,
    NearestF32,
    NearestF64,
    FmaF32,
    FmaF64,
}

/// What a relocation refers to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RelocTarget {
    /// Another function of the same module.
    DefinedFunc(DefinedFuncIndex),
    /// A runtime routine.
    LibCall(LibCall),
}

/// How a relocation is patched.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RelocKind {
    /// A 32-bit PC-relative displacement (x86-64 `call`).
    PcRel4,
    /// A 64-bit absolute address.
    Abs8,
    /// An AArch64 26-bit call displacement.
    Arm64Call,
}

/// A place in a function's code to patch once the code is placed.
#[derive(Copy, Clone, Debug)]
pub struct Reloc {
    /// Offset in the function's code.
    pub offset: u32,
    /// Patch kind.
    pub kind: RelocKind,
    /// What to point at.
    pub target: RelocTarget,
    /// Addend.
    pub addend: i64,
}

/// The machine code of one function, position-independent but for its relocations.
#[derive(Clone, Debug)]
pub struct CompiledFunction {
    /// Machine code.
    pub code: Vec<u8>,
    /// Required alignment of the code.
    pub alignment: u32,
    /// Relocations to apply.
    pub relocs: Vec<Reloc>,
    /// `(offset, trap code)` for each instruction that may trap; the code is a
    /// [`Trap::code`] or [`TRAP_PENDING`].
    pub traps: Vec<(u32, u8)>,
}

/// A code generator for the host: what the runtime needs compiled.
pub trait Compiler: Send + Sync {
    /// The options the code is generated with.
    fn options(&self) -> &CompilerOptions;

    /// Compiles defined function `index` of `module`, whose `VMContext` layout is `offsets`.
    fn compile_function(
        &self,
        module: &ModuleInfo,
        offsets: &VMOffsets,
        index: DefinedFuncIndex,
        body: FunctionBodyData<'_>,
    ) -> Result<CompiledFunction>;

    /// The host-to-wasm trampoline of signature `ty`: it reads the arguments from a buffer
    /// of value slots, calls the function, and writes the results back to the buffer.
    fn compile_array_to_wasm(&self, ty: &WasmFuncType) -> Result<CompiledFunction>;

    /// The wasm-to-host trampoline of signature `ty`: it stores the arguments in a buffer
    /// of value slots and calls a host function's array-call entry with it.
    fn compile_wasm_to_array(&self, ty: &WasmFuncType) -> Result<CompiledFunction>;
}
