//! Executable code images and the process-wide registry of where wasm code lives.

use super::mmap::Mmap;
use super::registry::RangeMap;
use anyhow::{Result, bail};
use std::sync::Arc;
use wicker_environ::compile::{
    self, CompiledFunction, ImageLayout, LibCall, PlacementSite, RelocKind, SiteTarget,
};

/// What the runtime knows about one code image: function ranges, trap sites and names.
#[derive(Debug)]
pub struct CodeInfo {
    start: usize,
    end: usize,
    /// `(start, end)` offsets of each function of the image.
    funcs: Vec<(u32, u32)>,
    /// `(offset, trap code)`, sorted by offset.
    traps: Vec<(u32, u8)>,
    /// Whether these are trampolines rather than wasm functions.
    trampolines: bool,
    /// The module's name, for backtraces.
    pub module_name: Option<String>,
    /// The names of the functions, for backtraces (by position in the image).
    pub func_names: Vec<Option<String>>,
    /// Index-space index of the first function of the image.
    pub first_func_index: u32,
}

impl CodeInfo {
    /// The trap code recorded at `pc`, if any.
    pub fn trap_at(&self, pc: usize) -> Option<u8> {
        let off = (pc - self.start) as u32;
        self.traps
            .binary_search_by_key(&off, |t| t.0)
            .ok()
            .map(|i| self.traps[i].1)
    }

    /// The addresses of the trap sites with `code`.
    #[cfg(test)]
    pub(super) fn trap_sites(&self, code: u8) -> Vec<usize> {
        self.traps
            .iter()
            .filter(|t| t.1 == code)
            .map(|t| self.start + t.0 as usize)
            .collect()
    }

    /// The position of the function containing `pc`.
    pub fn func_at(&self, pc: usize) -> Option<usize> {
        if self.trampolines {
            return None;
        }
        let off = (pc - self.start) as u32;
        let i = self.funcs.partition_point(|f| f.0 <= off);
        if i == 0 {
            return None;
        }
        let (s, e) = self.funcs[i - 1];
        (off >= s && off < e).then_some(i - 1)
    }
}

/// The entry from the host into wasm functions of one signature: the trampoline reads the
/// arguments from a buffer of `ValRaw`s, calls the function, and writes the results back.
#[derive(Copy, Clone, Debug)]
pub struct ArrayToWasm {
    pub(super) code: *const u8,
    /// The engine-wide signature index it is for.
    pub(super) sig: u32,
    /// The slots the buffer must have.
    pub(super) slots: usize,
}

/// The entry from wasm into host functions of one signature, which passes the arguments to
/// a host function's array-call entry in a buffer of `ValRaw`s.
#[derive(Copy, Clone, Debug)]
pub struct WasmToArray {
    pub(super) code: *const u8,
    /// The engine-wide signature index it is for.
    pub(super) sig: u32,
}

/// Both trampolines of a signature.
#[derive(Copy, Clone, Debug)]
pub struct Trampolines {
    /// Host to wasm.
    pub array_to_wasm: ArrayToWasm,
    /// Wasm to host.
    pub wasm_to_array: WasmToArray,
}

// SAFETY: the pointers are addresses of immutable code, published once and kept by the
// engine as long as it lives.
unsafe impl Send for ArrayToWasm {}
// SAFETY: as above.
unsafe impl Sync for ArrayToWasm {}
// SAFETY: as above.
unsafe impl Send for WasmToArray {}
// SAFETY: as above.
unsafe impl Sync for WasmToArray {}

/// A published code image, mapped read+execute and registered for trap handling.
#[derive(Debug)]
pub struct CodeMemory {
    mmap: Mmap,
    info: Arc<CodeInfo>,
    func_starts: Vec<usize>,
    /// The image's length (the mapping is rounded up to pages).
    len: usize,
    /// The placement sites, and the bytes each held before it was patched.
    sites: Vec<PlacementSite>,
    originals: Vec<[u8; 8]>,
}

/// How many bytes a placement site of `kind` patches.
fn site_width(kind: RelocKind) -> usize {
    match kind {
        RelocKind::Abs8 => 8,
        RelocKind::PcRel4 | RelocKind::Arm64Call => 4,
    }
}

/// Checks that everything `image` refers to lies inside its `len` bytes, and that `names`
/// has a name for each of its functions (unless it holds trampolines).
fn check_image(
    image: &ImageLayout,
    len: usize,
    names: &ImageNames,
    trampolines: bool,
) -> Result<()> {
    if len > compile::MAX_IMAGE_SIZE {
        bail!("a code image of {len} bytes is larger than an image may be");
    }
    let within = |start: u32, end: u64| u64::from(start) <= end && end <= len as u64;
    let mut previous_end = 0;
    for &(start, end) in &image.funcs {
        if start < previous_end || !within(start, u64::from(end)) {
            bail!("a malformed code image: function range {start}..{end}");
        }
        previous_end = end;
    }
    if !image.traps.is_sorted() || image.traps.iter().any(|t| t.0 as usize >= len) {
        bail!("a malformed code image: trap sites");
    }
    for site in &image.sites {
        let end = u64::from(site.offset) + site_width(site.kind) as u64;
        let target_ok = match site.target {
            SiteTarget::Image(t) => (t as usize) < len,
            SiteTarget::LibCall(_) => true,
        };
        if !within(site.offset, end) || !target_ok {
            bail!("a malformed code image: placement site at {}", site.offset);
        }
    }
    if !trampolines && names.func_names.len() != image.funcs.len() {
        bail!(
            "an image of {} functions with {} names",
            image.funcs.len(),
            names.func_names.len()
        );
    }
    Ok(())
}

unsafe extern "C" {
    fn wicker_clear_cache(start: *mut u8, end: *mut u8);
}

/// Where wasm code lives, for the trap handler and backtraces.
static REGISTRY: RangeMap<Arc<CodeInfo>> = RangeMap::new();

/// Finds the code image containing `pc`.
pub fn lookup(pc: usize) -> Option<Arc<CodeInfo>> {
    REGISTRY.with(pc, |_, info| info.clone())
}

/// The trap code at `pc` if it is in a registered code image; async-signal-safe.
pub fn trap_code_at(pc: usize) -> Option<Option<u8>> {
    REGISTRY.with(pc, |_, info| info.trap_at(pc))
}

/// Whether `pc` is inside a wasm function (not a trampoline), for stack walking;
/// async-signal-safe.
pub fn is_wasm_function_pc(pc: usize) -> bool {
    REGISTRY
        .with(pc, |_, info| info.func_at(pc).is_some())
        .unwrap_or(false)
}

fn libcall_address(lc: LibCall) -> usize {
    extern "C" fn ceilf(x: f32) -> f32 {
        x.ceil()
    }
    extern "C" fn ceil(x: f64) -> f64 {
        x.ceil()
    }
    extern "C" fn floorf(x: f32) -> f32 {
        x.floor()
    }
    extern "C" fn floor(x: f64) -> f64 {
        x.floor()
    }
    extern "C" fn truncf(x: f32) -> f32 {
        x.trunc()
    }
    extern "C" fn trunc(x: f64) -> f64 {
        x.trunc()
    }
    extern "C" fn nearestf(x: f32) -> f32 {
        x.round_ties_even()
    }
    extern "C" fn nearest(x: f64) -> f64 {
        x.round_ties_even()
    }
    extern "C" fn fmaf(a: f32, b: f32, c: f32) -> f32 {
        a.mul_add(b, c)
    }
    extern "C" fn fma(a: f64, b: f64, c: f64) -> f64 {
        a.mul_add(b, c)
    }
    match lc {
        LibCall::CeilF32 => ceilf as *const () as usize,
        LibCall::CeilF64 => ceil as *const () as usize,
        LibCall::FloorF32 => floorf as *const () as usize,
        LibCall::FloorF64 => floor as *const () as usize,
        LibCall::TruncF32 => truncf as *const () as usize,
        LibCall::TruncF64 => trunc as *const () as usize,
        LibCall::NearestF32 => nearestf as *const () as usize,
        LibCall::NearestF64 => nearest as *const () as usize,
        LibCall::FmaF32 => fmaf as *const () as usize,
        LibCall::FmaF64 => fma as *const () as usize,
    }
}

/// Names and numbering of the functions of an image, for backtraces.
#[derive(Debug, Default)]
pub struct ImageNames {
    /// The module's name.
    pub module_name: Option<String>,
    /// One entry per function.
    pub func_names: Vec<Option<String>>,
    /// Index-space index of the first function.
    pub first_func_index: u32,
}

impl CodeMemory {
    /// Links `funcs` into one image and maps it (see [`CodeMemory::map`]).
    pub fn publish(
        funcs: &[CompiledFunction],
        names: ImageNames,
        trampolines: bool,
    ) -> Result<CodeMemory> {
        let image = compile::link(funcs)?;
        CodeMemory::map(&image.code, &image.layout, names, trampolines)
    }

    /// Places a linked image (its bytes `code`, laid out as `layout`): copies it into fresh
    /// memory, patches its placement sites, maps it read+execute and registers it for trap
    /// handling and backtraces.
    ///
    /// Everything about the layout is checked first (function ranges, trap sites, placement
    /// sites all inside the image, names for each function), so a malformed image is an
    /// error; its code is trusted to be what the compiler made.
    pub fn map(
        code: &[u8],
        layout: &ImageLayout,
        names: ImageNames,
        trampolines: bool,
    ) -> Result<CodeMemory> {
        let len = code.len();
        check_image(layout, len, &names, trampolines)?;
        let mut mmap = Mmap::reserve(len)?;
        let total = mmap.len();
        mmap.make_accessible(0, total)?;
        mmap.slice_mut(len).copy_from_slice(code);
        CodeMemory::place(mmap, len, layout, names, trampolines)
    }

    /// Places a linked image of `len` bytes that lies at `offset` in `file`, laid out as
    /// `layout`, as [`CodeMemory::map`] does, but mapping the file's pages rather than
    /// copying them: only the pages with placement sites become copies of their own.
    ///
    /// # Safety
    ///
    /// As for [`Mmap::map_file`]: the file must not be truncated or modified while the
    /// image lives.
    pub unsafe fn map_file(
        file: &std::fs::File,
        offset: u64,
        len: usize,
        layout: &ImageLayout,
        names: ImageNames,
    ) -> Result<CodeMemory> {
        check_image(layout, len, &names, false)?;
        // SAFETY: the caller keeps the file unchanged while the image lives.
        let mut mmap = unsafe { Mmap::map_file(file, offset, len, true)? };
        // The end of the last page holds whatever follows the image in the file: zero it, so
        // that nothing but the image is made executable.
        let total = mmap.len();
        mmap.slice_mut(total)[len..].fill(0);
        CodeMemory::place(mmap, len, layout, names, false)
    }

    /// Patches the placement sites of the image in `mmap` (accessible and writable, its
    /// first `len` bytes the image), maps it read+execute and registers it.
    fn place(
        mut mmap: Mmap,
        len: usize,
        layout: &ImageLayout,
        names: ImageNames,
        trampolines: bool,
    ) -> Result<CodeMemory> {
        let total = mmap.len();
        let base = mmap.as_ptr() as usize;
        let mut originals = Vec::with_capacity(layout.sites.len());
        {
            let bytes = mmap.slice_mut(total);
            for site in &layout.sites {
                let at = site.offset as usize;
                let width = site_width(site.kind);
                let mut original = [0u8; 8];
                original[..width].copy_from_slice(&bytes[at..at + width]);
                originals.push(original);
                let target = match site.target {
                    SiteTarget::LibCall(lc) => libcall_address(lc),
                    SiteTarget::Image(offset) => base + offset as usize,
                } as i64;
                match site.kind {
                    RelocKind::Abs8 => {
                        let v = (target + site.addend) as u64;
                        bytes[at..at + 8].copy_from_slice(&v.to_le_bytes());
                    }
                    kind => {
                        let delta = target + site.addend - (base + at) as i64;
                        compile::patch_relative(bytes, at, kind, delta)?;
                    }
                }
            }
        }
        // SAFETY: the range is the image just written; flushing the instruction cache has no
        // other effect (and is a no-op on x86-64).
        unsafe { wicker_clear_cache(base as *mut u8, (base + total) as *mut u8) };
        mmap.make_executable(0, total)?;
        let info = Arc::new(CodeInfo {
            start: base,
            end: base + total,
            funcs: layout.funcs.clone(),
            traps: layout.traps.clone(),
            trampolines,
            module_name: names.module_name,
            func_names: names.func_names,
            first_func_index: names.first_func_index,
        });
        REGISTRY.insert(info.start, info.end - info.start, info.clone());
        let func_starts = layout.funcs.iter().map(|f| base + f.0 as usize).collect();
        Ok(CodeMemory {
            mmap,
            info,
            func_starts,
            len,
            sites: layout.sites.clone(),
            originals,
        })
    }

    /// The address of the `i`th function of the image.
    pub fn func_ptr(&self, i: usize) -> *const u8 {
        self.func_starts[i] as *const u8
    }

    /// The image's bytes as they were before it was placed: what a compiled module stores.
    pub fn unplaced_code(&self) -> Vec<u8> {
        let mut code = self.mmap.slice(self.len).to_vec();
        for (site, original) in self.sites.iter().zip(&self.originals) {
            let at = site.offset as usize;
            let width = site_width(site.kind);
            code[at..at + width].copy_from_slice(&original[..width]);
        }
        code
    }

    /// The image's layout, as it was linked.
    pub fn layout(&self) -> ImageLayout {
        ImageLayout {
            funcs: self.info.funcs.clone(),
            traps: self.info.traps.clone(),
            sites: self.sites.clone(),
        }
    }

    /// The entry trampolines of signature `sig` (`slots` values wide: the larger of its
    /// parameter and result counts), which must be functions 0 (array-to-wasm) and 1
    /// (wasm-to-array) of this image, as the engine compiles them. The image's code is the
    /// compiler's, trusted like every function it compiles.
    pub fn trampolines(&self, sig: u32, slots: usize) -> Trampolines {
        assert!(self.info.trampolines && self.func_starts.len() == 2);
        Trampolines {
            array_to_wasm: ArrayToWasm {
                code: self.func_ptr(0),
                sig,
                slots,
            },
            wasm_to_array: WasmToArray {
                code: self.func_ptr(1),
                sig,
            },
        }
    }

    /// Size of the image in bytes (its mapping rounded up to pages).
    pub fn len(&self) -> usize {
        self.mmap.len()
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        REGISTRY.remove(self.info.start);
    }
}
