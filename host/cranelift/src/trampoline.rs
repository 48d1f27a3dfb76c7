//! Trampolines between the host's array-call convention and the wasm calling convention.
//!
//! In the array-call convention, arguments and results travel through a buffer of 16-byte
//! slots (`ValRaw`), one per value, so that one Rust function signature serves every wasm
//! signature.

use crate::compiler::{Compiler, pending_trap_code};
use crate::translate::{return_area_offset, uses_return_area, value_type, wasm_signature};
use cranelift_codegen::ir::{
    self, AbiParam, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, types::*,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use wicker_environ::{VAL_RAW_SIZE, WasmFuncType, host_func};

fn native_signature(compiler: &Compiler, params: usize, returns_bool: bool) -> ir::Signature {
    let mut sig = ir::Signature::new(compiler.isa.default_call_conv());
    for _ in 0..params {
        sig.params.push(AbiParam::new(I64));
    }
    if returns_bool {
        sig.returns.push(AbiParam::new(I8));
    }
    sig
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// `extern "C" fn(callee_vmctx, caller_vmctx, wasm_fn, values: *mut ValRaw)`: loads the
/// arguments from `values`, calls `wasm_fn`, and stores the results back into `values`.
pub(crate) fn array_to_wasm(
    compiler: &Compiler,
    ty: &WasmFuncType,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
    func.signature = native_signature(compiler, 4, false);
    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    b.seal_block(block);
    let [callee_vmctx, caller_vmctx, wasm_fn, values] = b.block_params(block).try_into().unwrap();
    let mut args = vec![callee_vmctx, caller_vmctx];
    for (i, p) in ty.params.iter().enumerate() {
        let v = b.ins().load(
            value_type(*p),
            flags(),
            values,
            (i as u32 * VAL_RAW_SIZE) as i32,
        );
        args.push(v);
    }
    let sig = b.import_signature(wasm_signature(compiler, ty));
    if uses_return_area(ty) {
        // The array-call buffer has the layout of a return area: the callee writes its
        // results straight into it (after the arguments were loaded out of it).
        args.push(values);
        b.ins().call_indirect(sig, wasm_fn, &args);
    } else {
        let call = b.ins().call_indirect(sig, wasm_fn, &args);
        let results = b.inst_results(call).to_vec();
        for (i, r) in results.iter().enumerate() {
            b.ins()
                .store(flags(), *r, values, (i as u32 * VAL_RAW_SIZE) as i32);
        }
    }
    b.ins().return_(&[]);
    b.finalize(compiler.isa.frontend_config());
}

/// A function with the wasm signature `ty` that forwards its arguments to the host function
/// whose context is `callee_vmctx`, through its array-call entry.
pub(crate) fn wasm_to_array(
    compiler: &Compiler,
    ty: &WasmFuncType,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
    func.signature = wasm_signature(compiler, ty);
    let mut b = FunctionBuilder::new(func, fctx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    b.seal_block(block);
    let params = b.block_params(block).to_vec();
    let (callee_vmctx, caller_vmctx) = (params[0], params[1]);
    let slots = ty.params.len().max(ty.results.len()).max(1) as u32;
    let slot = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        slots * VAL_RAW_SIZE,
        4,
    ));
    let buffer = b.ins().stack_addr(I64, slot, 0);
    for (i, v) in params[2..2 + ty.params.len()].iter().enumerate() {
        b.ins()
            .store(flags(), *v, buffer, (i as u32 * VAL_RAW_SIZE) as i32);
    }
    let array_call = b.ins().load(
        I64,
        flags().with_readonly(),
        callee_vmctx,
        host_func::ARRAY_CALL,
    );
    let len = b.ins().iconst(I64, i64::from(slots));
    let sig = b.import_signature(native_signature(compiler, 4, true));
    let call = b
        .ins()
        .call_indirect(sig, array_call, &[callee_vmctx, caller_vmctx, buffer, len]);
    let ok = b.inst_results(call)[0];
    b.ins().trapz(ok, pending_trap_code());
    let mut results = Vec::new();
    for (i, r) in ty.results.iter().enumerate() {
        results.push(b.ins().load(
            value_type(*r),
            flags(),
            buffer,
            (i as u32 * VAL_RAW_SIZE) as i32,
        ));
    }
    match uses_return_area(ty) {
        true => {
            // The caller's return area is the last parameter, after the wasm arguments.
            let area = params[2 + ty.params.len()];
            for (i, r) in results.iter().enumerate() {
                b.ins().store(flags(), *r, area, return_area_offset(i));
            }
            b.ins().return_(&[]);
        }
        false => {
            b.ins().return_(&results);
        }
    }
    b.finalize(compiler.isa.frontend_config());
}
