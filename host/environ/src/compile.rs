//! The compile stage's interface and products.
//!
//! A [`Compiler`] turns the units of a module (its wasm functions, and the trampolines of a
//! signature) into [`CompiledFunction`]s: machine code that is position-independent but
//! for its [`Reloc`]ations, with its trap sites. These are plain data: the runtime places,
//! links and maps them without knowing which code generator made them.

use crate::{DefinedFuncIndex, FunctionBodyData, ModuleInfo, VMOffsets, WasmFuncType};
use anyhow::Result;

mod adapter;
pub use adapter::*;

/// The trap code recorded for a trap whose reason the runtime has already stored (a failed
/// host call or builtin).
pub const TRAP_PENDING: u8 = 0xff;

/// What the compiler should generate.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
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
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RelocTarget {
    /// Another function of the same module.
    DefinedFunc(DefinedFuncIndex),
    /// A runtime routine.
    LibCall(LibCall),
}

/// How a relocation is patched.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RelocKind {
    /// A 32-bit PC-relative displacement (x86-64 `call`).
    PcRel4,
    /// A 64-bit absolute address.
    Abs8,
    /// An AArch64 26-bit call displacement.
    Arm64Call,
}

/// A place in a function's code to patch once the code is placed.
#[derive(Copy, Clone, Debug, serde::Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CompiledFunction {
    /// Machine code.
    pub code: Vec<u8>,
    /// Required alignment of the code.
    pub alignment: u32,
    /// Relocations to apply.
    pub relocs: Vec<Reloc>,
    /// `(offset, trap code)` for each instruction that may trap; the code is a
    /// [`Trap::code`](crate::Trap::code) or [`TRAP_PENDING`].
    pub traps: Vec<(u32, u8)>,
}

/// A code generator for the host: what the runtime needs compiled.
pub trait Compiler: Send + Sync {
    /// The options the code is generated with.
    fn options(&self) -> &CompilerOptions;

    /// What the generated code depends on besides the options: the code generator, the
    /// target and the processor features it uses. Code is only reused where this matches.
    fn target_description(&self) -> String;

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

    /// A fused adapter: a function with the wasm calling convention and the caller's core
    /// signature for `adapter`, whose `vmctx` is an adapter context (see
    /// [`crate::adapter`]). It checks that the caller may leave, lifts its arguments from
    /// the caller (converting scalars, checking strings' and lists' bounds and encoding),
    /// checks that the callee may be entered and marks it busy, lowers the arguments into
    /// the callee (copying strings and lists into memory from the callee's `realloc`), calls
    /// it, lifts its result and lowers it into the caller likewise, runs its post-return
    /// function (the callee marked unable to leave meanwhile), and clears the callee's busy
    /// flag; each failed check is a trap.
    fn compile_adapter(&self, adapter: &AdapterSignature) -> Result<CompiledFunction>;
}

/// Where a placement site points.
#[derive(Copy, Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SiteTarget {
    /// A runtime routine, whose address only the process running the code knows.
    LibCall(LibCall),
    /// An offset in the image itself, for an absolute address.
    Image(u32),
}

/// A place in a linked image to patch once the image's address is known.
#[derive(Copy, Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PlacementSite {
    /// Offset in the image.
    pub offset: u32,
    /// Patch kind.
    pub kind: RelocKind,
    /// What to point at.
    pub target: SiteTarget,
    /// Addend.
    pub addend: i64,
}

/// Functions laid out in one image and linked among themselves: the product of the link
/// step, position-independent but for its placement sites, and plain data (it is what a
/// compiled module stores).
#[derive(Clone, Debug, Default)]
pub struct LinkedImage {
    /// The image's bytes.
    pub code: Vec<u8>,
    /// Where its functions, trap sites and placement sites are.
    pub layout: ImageLayout,
}

/// What a linked image holds, apart from its bytes.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ImageLayout {
    /// `(start, end)` offsets of each function, in order.
    pub funcs: Vec<(u32, u32)>,
    /// `(offset, trap code)` of each trap site, sorted by offset.
    pub traps: Vec<(u32, u8)>,
    /// What is left to patch once the image is placed.
    pub sites: Vec<PlacementSite>,
}

/// The most bytes an image may have: offsets in it are 32-bit.
pub const MAX_IMAGE_SIZE: usize = u32::MAX as usize;

/// Lays `funcs` out in one image, in order, each at its alignment (at least 16), and
/// resolves their calls to one another; calls to runtime routines and absolute addresses
/// become placement sites.
pub fn link(funcs: &[CompiledFunction]) -> Result<LinkedImage> {
    let mut offsets = Vec::with_capacity(funcs.len());
    let mut len = 0usize;
    for f in funcs {
        len = len.next_multiple_of(f.alignment.max(16) as usize);
        offsets.push(len);
        len += f.code.len();
    }
    if len > MAX_IMAGE_SIZE {
        anyhow::bail!("compiled code of {len} bytes is larger than an image may be");
    }
    let mut code = vec![0u8; len];
    let mut image = ImageLayout::default();
    for (f, &off) in funcs.iter().zip(&offsets) {
        code[off..off + f.code.len()].copy_from_slice(&f.code);
        image.funcs.push((off as u32, (off + f.code.len()) as u32));
        for (t, trap) in &f.traps {
            image.traps.push((off as u32 + t, *trap));
        }
        for r in &f.relocs {
            let at = off + r.offset as usize;
            let target = match r.target {
                RelocTarget::DefinedFunc(i) => {
                    let Some(&callee) = offsets.get(i.as_u32() as usize) else {
                        anyhow::bail!(
                            "a call to function {} of an image of {}",
                            i.as_u32(),
                            funcs.len()
                        );
                    };
                    callee
                }
                RelocTarget::LibCall(lc) => {
                    image.sites.push(PlacementSite {
                        offset: at as u32,
                        kind: r.kind,
                        target: SiteTarget::LibCall(lc),
                        addend: r.addend,
                    });
                    continue;
                }
            };
            match r.kind {
                RelocKind::Abs8 => image.sites.push(PlacementSite {
                    offset: at as u32,
                    kind: r.kind,
                    target: SiteTarget::Image(target as u32),
                    addend: r.addend,
                }),
                kind => patch_relative(&mut code, at, kind, target as i64 + r.addend - at as i64)?,
            }
        }
    }
    image.traps.sort_unstable();
    Ok(LinkedImage {
        code,
        layout: image,
    })
}

/// Writes the pc-relative displacement `delta` at `at` for a relocation of `kind`.
pub fn patch_relative(code: &mut [u8], at: usize, kind: RelocKind, delta: i64) -> Result<()> {
    let out_of_range = || anyhow::anyhow!("call displacement out of range");
    match kind {
        RelocKind::PcRel4 => {
            let delta = i32::try_from(delta).map_err(|_| out_of_range())?;
            let slot = code.get_mut(at..at + 4).ok_or_else(out_of_range)?;
            slot.copy_from_slice(&delta.to_le_bytes());
        }
        RelocKind::Arm64Call => {
            let delta = delta >> 2;
            if !(-(1 << 25)..(1 << 25)).contains(&delta) {
                return Err(out_of_range());
            }
            let slot = code.get_mut(at..at + 4).ok_or_else(out_of_range)?;
            let insn = u32::from_le_bytes([slot[0], slot[1], slot[2], slot[3]]);
            let insn = (insn & 0xfc00_0000) | ((delta as u32) & 0x03ff_ffff);
            slot.copy_from_slice(&insn.to_le_bytes());
        }
        RelocKind::Abs8 => anyhow::bail!("an absolute relocation is not pc-relative"),
    }
    Ok(())
}
