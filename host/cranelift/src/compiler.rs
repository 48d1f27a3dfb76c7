//! The compiler: ISA set-up, compilation of one function, and its output.

use anyhow::{Context as _, Result, anyhow};
use cranelift_codegen::binemit::Reloc as CraneliftReloc;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{self, ExternalName, TrapCode};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, FinalizedRelocTarget};
use cranelift_frontend::FunctionBuilderContext;
use std::cell::RefCell;
use wicker_environ::compile::{
    CompiledFunction, CompilerOptions, LibCall, Reloc, RelocKind, RelocTarget, TRAP_PENDING,
};
use wicker_environ::{
    DefinedFuncIndex, FunctionBodyData, ModuleInfo, Trap, VMOffsets, WasmFuncType,
};

/// Compiles WebAssembly functions and trampolines for the host.
pub struct Compiler {
    pub(crate) isa: OwnedTargetIsa,
    pub(crate) options: CompilerOptions,
}

thread_local! {
    static CONTEXTS: RefCell<(Context, FunctionBuilderContext)> =
        RefCell::new((Context::new(), FunctionBuilderContext::new()));
}

impl Compiler {
    /// Creates a compiler for the host machine.
    pub fn new(options: CompilerOptions) -> Result<Compiler> {
        let mut flags = settings::builder();
        let set = |flags: &mut settings::Builder, k: &str, v: &str| {
            flags
                .set(k, v)
                .map_err(|e| anyhow!("cranelift setting {k}={v}: {e}"))
        };
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(
            &mut flags,
            "enable_verifier",
            if options.verify { "true" } else { "false" },
        )?;
        set(&mut flags, "unwind_info", "false")?;
        set(&mut flags, "enable_probestack", "false")?;
        let isa_builder =
            cranelift_native::builder().map_err(|e| anyhow!("host machine not supported: {e}"))?;
        let isa = isa_builder
            .finish(settings::Flags::new(flags))
            .context("configuring the code generator")?;
        Ok(Compiler { isa, options })
    }

    /// The target ISA.
    pub fn isa(&self) -> &dyn TargetIsa {
        &*self.isa
    }

    /// The machine instructions the code generator picks for one defined function, as it
    /// prints them (one per line, before encoding): for checking the quality of the code
    /// an operator becomes.
    pub fn function_listing(
        &self,
        module: &ModuleInfo,
        offsets: &VMOffsets,
        index: DefinedFuncIndex,
        body: FunctionBodyData<'_>,
    ) -> Result<String> {
        self.with_translated(module, offsets, index, body, |ctx| {
            ctx.set_disasm(true);
            let compiled = ctx
                .compile(&*self.isa, &mut ControlPlane::default())
                .map_err(|e| anyhow!("code generation failed: {:?}", e.inner))?;
            Ok(compiled.vcode.clone().unwrap_or_default())
        })
    }

    /// Translates one defined function into this thread's context and runs `then` on it.
    fn with_translated<R>(
        &self,
        module: &ModuleInfo,
        offsets: &VMOffsets,
        index: DefinedFuncIndex,
        body: FunctionBodyData<'_>,
        then: impl FnOnce(&mut Context) -> Result<R>,
    ) -> Result<R> {
        CONTEXTS.with(|cell| {
            let mut guard = cell.borrow_mut();
            let (ctx, fctx) = &mut *guard;
            ctx.clear();
            let r = crate::translate::translate_function(
                self,
                module,
                offsets,
                index,
                body,
                &mut ctx.func,
                fctx,
            );
            if let Err(e) = r {
                // A failed translation leaves the builder context half-used; start afresh.
                *fctx = FunctionBuilderContext::new();
                return Err(e);
            }
            then(ctx)
        })
    }

    fn finish(&self, ctx: &mut Context) -> Result<CompiledFunction> {
        let names = ctx.func.params.user_named_funcs().clone();
        let compiled = ctx
            .compile(&*self.isa, &mut ControlPlane::default())
            .map_err(|e| anyhow!("code generation failed: {:?}", e.inner))?;
        let buffer = &compiled.buffer;
        let code = buffer.data().to_vec();
        let alignment = buffer.alignment;
        let mut relocs = Vec::new();
        for r in buffer.relocs() {
            let target = match &r.target {
                FinalizedRelocTarget::ExternalName(ExternalName::User(name)) => {
                    let name = &names[*name];
                    RelocTarget::DefinedFunc(DefinedFuncIndex::from_u32(name.index))
                }
                FinalizedRelocTarget::ExternalName(ExternalName::LibCall(lc)) => {
                    RelocTarget::LibCall(match lc {
                        ir::LibCall::CeilF32 => LibCall::CeilF32,
                        ir::LibCall::CeilF64 => LibCall::CeilF64,
                        ir::LibCall::FloorF32 => LibCall::FloorF32,
                        ir::LibCall::FloorF64 => LibCall::FloorF64,
                        ir::LibCall::TruncF32 => LibCall::TruncF32,
                        ir::LibCall::TruncF64 => LibCall::TruncF64,
                        ir::LibCall::NearestF32 => LibCall::NearestF32,
                        ir::LibCall::NearestF64 => LibCall::NearestF64,
                        ir::LibCall::FmaF32 => LibCall::FmaF32,
                        ir::LibCall::FmaF64 => LibCall::FmaF64,
                        other => return Err(anyhow!("unsupported libcall {other:?}")),
                    })
                }
                other => return Err(anyhow!("unsupported relocation target {other:?}")),
            };
            let kind = match r.kind {
                CraneliftReloc::X86CallPCRel4
                | CraneliftReloc::X86PCRel4
                | CraneliftReloc::X86CallPLTRel4 => RelocKind::PcRel4,
                CraneliftReloc::Abs8 => RelocKind::Abs8,
                CraneliftReloc::Arm64Call => RelocKind::Arm64Call,
                other => return Err(anyhow!("unsupported relocation kind {other:?}")),
            };
            relocs.push(Reloc {
                offset: r.offset,
                kind,
                target,
                addend: r.addend,
            });
        }
        let traps = buffer
            .traps()
            .iter()
            .map(|t| (t.offset, trap_from_cranelift(t.code)))
            .collect();
        Ok(CompiledFunction {
            code,
            alignment,
            relocs,
            traps,
        })
    }
}

/// Maps our traps onto Cranelift trap codes.
pub(crate) fn trap_code(trap: Trap) -> TrapCode {
    match trap {
        Trap::StackOverflow => TrapCode::STACK_OVERFLOW,
        Trap::MemoryOutOfBounds => TrapCode::HEAP_OUT_OF_BOUNDS,
        Trap::IntegerOverflow => TrapCode::INTEGER_OVERFLOW,
        Trap::IntegerDivisionByZero => TrapCode::INTEGER_DIVISION_BY_ZERO,
        Trap::BadConversionToInteger => TrapCode::BAD_CONVERSION_TO_INTEGER,
        other => TrapCode::unwrap_user(other.code() + 1),
    }
}

/// The code for traps whose reason the runtime already recorded.
pub(crate) fn pending_trap_code() -> TrapCode {
    TrapCode::unwrap_user(200)
}

fn trap_from_cranelift(code: TrapCode) -> u8 {
    if code == pending_trap_code() {
        return TRAP_PENDING;
    }
    let trap = match code {
        TrapCode::STACK_OVERFLOW => Trap::StackOverflow,
        TrapCode::HEAP_OUT_OF_BOUNDS => Trap::MemoryOutOfBounds,
        TrapCode::INTEGER_OVERFLOW => Trap::IntegerOverflow,
        TrapCode::INTEGER_DIVISION_BY_ZERO => Trap::IntegerDivisionByZero,
        TrapCode::BAD_CONVERSION_TO_INTEGER => Trap::BadConversionToInteger,
        other => {
            let raw = other.as_raw().get();
            // User codes are numbered after the reserved ones; find ours by round trip.
            return Trap::ALL
                .iter()
                .find(|t| trap_code(**t).as_raw().get() == raw)
                .map(|t| t.code())
                .unwrap_or(Trap::UnreachableCodeReached.code());
        }
    };
    trap.code()
}

impl wicker_environ::compile::Compiler for Compiler {
    fn target_description(&self) -> String {
        let isa_flags: Vec<String> = self.isa.isa_flags().iter().map(|v| v.to_string()).collect();
        // The verifier checks the code it generates, it does not change it.
        let shared: Vec<String> = self
            .isa
            .flags()
            .to_string()
            .lines()
            .filter(|l| !l.contains("enable_verifier"))
            .map(str::to_string)
            .collect();
        format!(
            "cranelift {}; {}; {}",
            self.isa.triple(),
            isa_flags.join(","),
            shared.join(",")
        )
    }

    /// The options the compiler was created with.
    fn options(&self) -> &CompilerOptions {
        &self.options
    }

    /// Validates and compiles one defined function of a module.
    fn compile_function(
        &self,
        module: &ModuleInfo,
        offsets: &VMOffsets,
        index: DefinedFuncIndex,
        body: FunctionBodyData<'_>,
    ) -> Result<CompiledFunction> {
        self.with_translated(module, offsets, index, body, |ctx| self.finish(ctx))
    }

    /// Compiles the entry trampoline the host uses to call wasm functions of this signature.
    fn compile_array_to_wasm(&self, ty: &WasmFuncType) -> Result<CompiledFunction> {
        CONTEXTS.with(|cell| {
            let mut guard = cell.borrow_mut();
            let (ctx, fctx) = &mut *guard;
            ctx.clear();
            crate::trampoline::array_to_wasm(self, ty, &mut ctx.func, fctx);
            self.finish(ctx)
        })
    }

    fn compile_adapter(
        &self,
        adapter: &wicker_environ::compile::AdapterSignature,
    ) -> Result<CompiledFunction> {
        CONTEXTS.with(|cell| {
            let mut guard = cell.borrow_mut();
            let (ctx, fctx) = &mut *guard;
            ctx.clear();
            crate::adapter::build(self, adapter, &mut ctx.func, fctx);
            self.finish(ctx)
        })
    }

    /// Compiles the trampoline through which wasm calls a host function of this signature.
    fn compile_wasm_to_array(&self, ty: &WasmFuncType) -> Result<CompiledFunction> {
        CONTEXTS.with(|cell| {
            let mut guard = cell.borrow_mut();
            let (ctx, fctx) = &mut *guard;
            ctx.clear();
            crate::trampoline::wasm_to_array(self, ty, &mut ctx.func, fctx);
            self.finish(ctx)
        })
    }
}
