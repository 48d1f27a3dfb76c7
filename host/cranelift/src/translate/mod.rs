//! Translation of one wasm function body into Cranelift IR.
//!
//! The translator keeps the wasm operand stack as a vector of SSA values and the control
//! stack as [`Frame`]s; wasm locals become `cranelift_frontend` variables. Code after an
//! unconditional branch is unreachable: it is validated but not translated.

mod control;
mod memory;
mod ops;
mod simd;
mod small_copy;

use crate::compiler::{Compiler, trap_code};
use anyhow::Result;
use cranelift_codegen::ir::{self, AbiParam, ArgumentPurpose, InstBuilder, MemFlagsData, types::*};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use std::collections::HashMap;
use wasmparser::FuncValidatorAllocations;
use wicker_environ::{
    Builtin, DefinedFuncIndex, FuncIndex, FunctionBodyData, ModuleInfo, Trap, TypeIndex,
    VAL_RAW_SIZE, VMOffsets, WasmFuncType, WasmValType, store_context,
};

pub(crate) use control::Frame;

/// The Cranelift type of a wasm value.
pub(crate) fn value_type(ty: WasmValType) -> ir::Type {
    match ty {
        WasmValType::I32 => I32,
        WasmValType::I64 => I64,
        WasmValType::F32 => F32,
        WasmValType::F64 => F64,
        WasmValType::V128 => I8X16,
        WasmValType::Ref(_) => I64,
    }
}

/// The most results a wasm function returns in registers. Past it, every result goes
/// through a return area: registers for return values run out at different counts on
/// different ISAs (and per register class), and any count validation allows must compile.
const MAX_REGISTER_RESULTS: usize = 2;

/// Whether a function of type `ty` returns its results through a return area: a buffer
/// the caller passes as the last argument, with result `i` at offset `i * VAL_RAW_SIZE`
/// (the layout of the host's array-call buffer, so a trampoline can pass that buffer).
pub(crate) fn uses_return_area(ty: &WasmFuncType) -> bool {
    ty.results.len() > MAX_REGISTER_RESULTS
}

/// The offset of result `i` in a return area.
pub(crate) fn return_area_offset(i: usize) -> i32 {
    (i as u32 * VAL_RAW_SIZE) as i32
}

/// The signature of a wasm function: `(callee_vmctx, caller_vmctx, params...) -> results`,
/// or `(callee_vmctx, caller_vmctx, params..., return_area)` with no results when the
/// results go through a return area.
pub(crate) fn wasm_signature(_compiler: &Compiler, ty: &WasmFuncType) -> ir::Signature {
    let mut sig = ir::Signature::new(CallConv::Tail);
    sig.params
        .push(AbiParam::special(I64, ArgumentPurpose::VMContext));
    sig.params.push(AbiParam::new(I64));
    sig.params
        .extend(ty.params.iter().map(|t| AbiParam::new(value_type(*t))));
    if uses_return_area(ty) {
        sig.params.push(AbiParam::new(I64));
    } else {
        sig.returns
            .extend(ty.results.iter().map(|t| AbiParam::new(value_type(*t))));
    }
    sig
}

/// State of the translation of one function.
pub(crate) struct FuncTranslator<'a, 'f> {
    pub(crate) compiler: &'a Compiler,
    pub(crate) module: &'a ModuleInfo,
    pub(crate) offsets: &'a VMOffsets,
    pub(crate) b: FunctionBuilder<'f>,
    pub(crate) vmctx: ir::Value,
    pub(crate) stack: Vec<ir::Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) reachable: bool,
    /// Depth of blocks opened in unreachable code, which are skipped whole.
    pub(crate) unreachable_depth: u32,
    pub(crate) locals: Vec<Variable>,
    pub(crate) direct_calls: HashMap<FuncIndex, ir::FuncRef>,
    pub(crate) sigs: HashMap<TypeIndex, ir::SigRef>,
    pub(crate) builtin_sigs: HashMap<u32, ir::SigRef>,
    /// Fuel counted since it was last added to `fuel_var`.
    pub(crate) fuel_pending: i64,
    pub(crate) fuel_var: Option<Variable>,
    /// The caller's return area, when this function's results go through one.
    pub(crate) return_area: Option<ir::Value>,
}

pub(crate) fn translate_function(
    compiler: &Compiler,
    module: &ModuleInfo,
    offsets: &VMOffsets,
    index: DefinedFuncIndex,
    body: FunctionBodyData<'_>,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<()> {
    let func_index = module.func_index(index);
    let ty = module.func_type(func_index).clone();
    func.signature = wasm_signature(compiler, &ty);
    func.name = ir::UserFuncName::user(0, index.as_u32());

    // The stack limit lives in the store context: `*(*(vmctx + STORE_CONTEXT) + STACK_LIMIT)`.
    let vmctx_gv = func.create_global_value(ir::GlobalValueData::VMContext);
    let ro = func
        .dfg
        .mem_flags
        .insert(MemFlagsData::trusted().with_readonly())
        .unwrap();
    let trusted = func.dfg.mem_flags.insert(MemFlagsData::trusted()).unwrap();
    let store_ctx = func.create_global_value(ir::GlobalValueData::Load {
        base: vmctx_gv,
        offset: (VMOffsets::STORE_CONTEXT as i32).into(),
        global_type: I64,
        flags: ro,
    });
    let limit = func.create_global_value(ir::GlobalValueData::Load {
        base: store_ctx,
        offset: store_context::STACK_LIMIT.into(),
        global_type: I64,
        flags: trusted,
    });
    func.stack_limit = Some(limit);

    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let params = b.block_params(entry).to_vec();
    let vmctx = params[0];

    let mut validator = body
        .validator
        .into_validator(FuncValidatorAllocations::default());
    let mut locals = Vec::new();
    for (i, p) in ty.params.iter().enumerate() {
        let var = b.declare_var(value_type(*p));
        b.def_var(var, params[i + 2]);
        locals.push(var);
    }
    let mut locals_reader = body.body.get_locals_reader()?;
    for _ in 0..locals_reader.get_count() {
        let pos = locals_reader.original_position();
        let (count, vt) = locals_reader.read()?;
        validator.define_locals(pos, count, vt)?;
        let wt = WasmValType::from_wasmparser(vt)?;
        if locals.len() + count as usize > 50_000 {
            anyhow::bail!("too many locals");
        }
        for _ in 0..count {
            let var = b.declare_var(value_type(wt));
            let zero = match wt {
                WasmValType::I32 => b.ins().iconst(I32, 0),
                WasmValType::I64 | WasmValType::Ref(_) => b.ins().iconst(I64, 0),
                WasmValType::F32 => b.ins().f32const(0.0),
                WasmValType::F64 => b.ins().f64const(0.0),
                WasmValType::V128 => {
                    let c = b.func.dfg.constants.insert(vec![0u8; 16].into());
                    b.ins().vconst(I8X16, c)
                }
            };
            b.def_var(var, zero);
            locals.push(var);
        }
    }

    let exit = b.create_block();
    for r in ty.results.iter() {
        b.append_block_param(exit, value_type(*r));
    }
    let mut t = FuncTranslator {
        compiler,
        module,
        offsets,
        b,
        vmctx,
        stack: Vec::new(),
        frames: Vec::new(),
        reachable: true,
        unreachable_depth: 0,
        locals,
        direct_calls: HashMap::new(),
        sigs: HashMap::new(),
        builtin_sigs: HashMap::new(),
        fuel_pending: 0,
        fuel_var: None,
        return_area: uses_return_area(&ty).then(|| *params.last().expect("the return area")),
    };
    t.frames.push(Frame::function(exit, ty.results.len()));
    t.fuel_entry();
    t.epoch_check();

    let body_start = body.body.range().start;
    let body_bytes = body.body.as_bytes();
    let multi_memory = compiler.options.multi_memory;
    let mut reader = body.body.get_operators_reader()?;
    while !reader.eof() {
        let (op, pos) = reader.read_with_offset()?;
        if !multi_memory
            && matches!(
                op,
                wasmparser::Operator::MemorySize { .. } | wasmparser::Operator::MemoryGrow { .. }
            )
        {
            // Without multi-memory the memory index is a reserved single zero byte; the
            // decoder accepts any LEB128 encoding of zero.
            let at = (pos - body_start) as usize + 1;
            if body_bytes.get(at) != Some(&0) {
                anyhow::bail!("zero byte expected (at offset {:#x})", pos + 1);
            }
        }
        validator.op(pos, &op)?;
        t.translate_op(&op)?;
    }
    reader.finish()?;

    // The function's outermost `end` left the results as the exit block's parameters.
    let results = t.b.block_params(exit).to_vec();
    if t.reachable {
        t.fuel_flush();
        t.emit_return(&results);
    }
    t.b.finalize(compiler.isa.frontend_config());
    Ok(())
}

impl FuncTranslator<'_, '_> {
    /// Returns `results` from this function: in registers, or stored into the caller's
    /// return area.
    pub(crate) fn emit_return(&mut self, results: &[ir::Value]) {
        match self.return_area {
            Some(area) => {
                for (i, r) in results.iter().enumerate() {
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), *r, area, return_area_offset(i));
                }
                self.b.ins().return_(&[]);
            }
            None => {
                self.b.ins().return_(results);
            }
        }
    }

    pub(crate) fn pop(&mut self) -> ir::Value {
        self.stack.pop().expect("validated operand stack underflow")
    }

    pub(crate) fn pop2(&mut self) -> (ir::Value, ir::Value) {
        let b = self.pop();
        let a = self.pop();
        (a, b)
    }

    pub(crate) fn pop3(&mut self) -> (ir::Value, ir::Value, ir::Value) {
        let c = self.pop();
        let b = self.pop();
        let a = self.pop();
        (a, b, c)
    }

    pub(crate) fn popn(&mut self, n: usize) -> Vec<ir::Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    pub(crate) fn push(&mut self, v: ir::Value) {
        self.stack.push(v);
    }

    /// Traps with `trap` when `cond` is non-zero.
    pub(crate) fn trap_if(&mut self, cond: ir::Value, trap: Trap) {
        self.b.ins().trapnz(cond, trap_code(trap));
    }

    /// A load of a `VMContext` field (or of another structure that never changes once the
    /// instance is set up, at an address that is always valid): free to move and reuse.
    pub(crate) fn load_vmctx(&mut self, base: ir::Value, offset: i32) -> ir::Value {
        self.b.ins().load(
            I64,
            MemFlagsData::trusted().with_readonly().with_can_move(),
            base,
            offset,
        )
    }

    /// A load of a pointer-sized field that never changes, at an address that may only be
    /// valid after a preceding check (so it must stay after that check).
    pub(crate) fn load_ro(&mut self, base: ir::Value, offset: i32) -> ir::Value {
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted().with_readonly(), base, offset)
    }

    /// Calls a runtime builtin with the caller's `vmctx` prepended to `args`.
    pub(crate) fn call_builtin(
        &mut self,
        builtin: Builtin,
        args: &[ir::Value],
    ) -> Option<ir::Value> {
        let index = builtin.index();
        let sig = match self.builtin_sigs.get(&index) {
            Some(s) => *s,
            None => {
                let mut sig = ir::Signature::new(self.compiler.isa.default_call_conv());
                sig.params.push(AbiParam::new(I64));
                for a in args {
                    sig.params
                        .push(AbiParam::new(self.b.func.dfg.value_type(*a)));
                }
                match builtin {
                    Builtin::MemoryGrow | Builtin::TableGrow => {
                        sig.returns.push(AbiParam::new(I64))
                    }
                    Builtin::DataDrop | Builtin::ElemDrop => {}
                    _ => sig.returns.push(AbiParam::new(I32)),
                }
                let s = self.b.import_signature(sig);
                self.builtin_sigs.insert(index, s);
                s
            }
        };
        let table = self.load_vmctx(self.vmctx, VMOffsets::BUILTINS as i32);
        let fnptr = self.load_vmctx(table, (index * 8) as i32);
        let mut all = vec![self.vmctx];
        all.extend_from_slice(args);
        self.fuel_flush();
        let call = self.b.ins().call_indirect(sig, fnptr, &all);
        self.fuel_reload();
        self.b.inst_results(call).first().copied()
    }

    /// Raises the trap the runtime recorded when a builtin's status is non-zero.
    pub(crate) fn trap_if_pending(&mut self, status: ir::Value) {
        self.b
            .ins()
            .trapnz(status, crate::compiler::pending_trap_code());
    }

    pub(crate) fn store_context(&mut self) -> ir::Value {
        self.load_vmctx(self.vmctx, VMOffsets::STORE_CONTEXT as i32)
    }
}
