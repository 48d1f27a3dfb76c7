//! Structured control flow: blocks, loops, `if`, branches and their operand passing; and
//! the fuel and epoch checks placed at function entries and loop headers.

use super::{FuncTranslator, value_type};
use anyhow::Result;
use cranelift_codegen::ir::{self, BlockArg, InstBuilder, JumpTableData, MemFlagsData, types::*};
use wasmparser::BlockType;
use wicker_environ::{Builtin, Trap, WasmValType, store_context};

/// What kind of construct a control frame is.
pub(crate) enum FrameKind {
    /// The function body itself.
    Function,
    /// `block`
    Block,
    /// `loop`: branches go back to `header`.
    Loop { header: ir::Block },
    /// `if`: `else_block` runs the `else` arm; `params` are the values the arms receive.
    If {
        else_block: ir::Block,
        else_seen: bool,
        params: Vec<ir::Value>,
    },
}

/// One entry of the control stack.
pub(crate) struct Frame {
    pub(crate) kind: FrameKind,
    /// The block that follows the construct; its parameters are the construct's results.
    pub(crate) following: ir::Block,
    pub(crate) num_params: usize,
    pub(crate) num_results: usize,
    /// Operand stack height below the construct's parameters.
    pub(crate) height: usize,
    /// Whether any branch or fall-through reaches `following`.
    pub(crate) exit_reachable: bool,
}

impl Frame {
    pub(crate) fn function(exit: ir::Block, num_results: usize) -> Frame {
        Frame {
            kind: FrameKind::Function,
            following: exit,
            num_params: 0,
            num_results,
            height: 0,
            exit_reachable: false,
        }
    }

    /// The block a branch to this frame jumps to, and how many values it carries.
    fn branch_target(&self) -> (ir::Block, usize) {
        match self.kind {
            FrameKind::Loop { header } => (header, self.num_params),
            _ => (self.following, self.num_results),
        }
    }
}

pub(crate) fn block_args(values: &[ir::Value]) -> Vec<BlockArg> {
    values.iter().map(|v| BlockArg::Value(*v)).collect()
}

impl FuncTranslator<'_, '_> {
    fn block_type(&self, ty: BlockType) -> Result<(Vec<WasmValType>, Vec<WasmValType>)> {
        Ok(match ty {
            BlockType::Empty => (vec![], vec![]),
            BlockType::Type(t) => (vec![], vec![WasmValType::from_wasmparser(t)?]),
            BlockType::FuncType(i) => {
                let ty = &self.module.types[wicker_environ::TypeIndex::from_u32(i)];
                (ty.params.to_vec(), ty.results.to_vec())
            }
        })
    }

    fn new_block_with(&mut self, types: &[WasmValType]) -> ir::Block {
        let block = self.b.create_block();
        for t in types {
            self.b.append_block_param(block, value_type(*t));
        }
        block
    }

    pub(crate) fn op_block(&mut self, ty: BlockType) -> Result<()> {
        let (params, results) = self.block_type(ty)?;
        let following = self.new_block_with(&results);
        self.frames.push(Frame {
            kind: FrameKind::Block,
            following,
            num_params: params.len(),
            num_results: results.len(),
            height: self.stack.len() - params.len(),
            exit_reachable: false,
        });
        Ok(())
    }

    pub(crate) fn op_loop(&mut self, ty: BlockType) -> Result<()> {
        let (params, results) = self.block_type(ty)?;
        let header = self.new_block_with(&params);
        let following = self.new_block_with(&results);
        let args = self.popn(params.len());
        self.fuel_add();
        self.b.ins().jump(header, &block_args(&args));
        self.b.switch_to_block(header);
        let height = self.stack.len();
        self.stack.extend_from_slice(self.b.block_params(header));
        self.frames.push(Frame {
            kind: FrameKind::Loop { header },
            following,
            num_params: params.len(),
            num_results: results.len(),
            height,
            exit_reachable: false,
        });
        self.fuel_check();
        self.epoch_check();
        Ok(())
    }

    pub(crate) fn op_if(&mut self, ty: BlockType) -> Result<()> {
        let (params, results) = self.block_type(ty)?;
        let cond = self.pop();
        let then_block = self.b.create_block();
        let else_block = self.b.create_block();
        let following = self.new_block_with(&results);
        let param_values = self.stack[self.stack.len() - params.len()..].to_vec();
        self.fuel_add();
        self.b.ins().brif(cond, then_block, &[], else_block, &[]);
        self.b.switch_to_block(then_block);
        self.b.seal_block(then_block);
        self.frames.push(Frame {
            kind: FrameKind::If {
                else_block,
                else_seen: false,
                params: param_values,
            },
            following,
            num_params: params.len(),
            num_results: results.len(),
            height: self.stack.len() - params.len(),
            exit_reachable: false,
        });
        Ok(())
    }

    pub(crate) fn op_else(&mut self) {
        if self.reachable {
            self.fuel_add();
            let n = self.frames.last().unwrap().num_results;
            let args = self.popn(n);
            let following = self.frames.last().unwrap().following;
            self.b.ins().jump(following, &block_args(&args));
            self.frames.last_mut().unwrap().exit_reachable = true;
        }
        let frame = self.frames.last_mut().unwrap();
        let height = frame.height;
        if let FrameKind::If {
            else_block,
            else_seen,
            params,
        } = &mut frame.kind
        {
            *else_seen = true;
            let else_block = *else_block;
            let params = params.clone();
            self.stack.truncate(height);
            self.stack.extend(params);
            self.b.switch_to_block(else_block);
            self.b.seal_block(else_block);
            self.reachable = true;
        }
    }

    pub(crate) fn op_end(&mut self) {
        let mut frame = self.frames.pop().expect("validated control stack");
        if self.reachable {
            self.fuel_add();
            let args = self.popn(frame.num_results);
            self.b.ins().jump(frame.following, &block_args(&args));
            frame.exit_reachable = true;
        }
        match &frame.kind {
            FrameKind::If {
                else_block,
                else_seen: false,
                params,
            } => {
                // Without an `else`, the parameters flow through unchanged.
                self.b.switch_to_block(*else_block);
                self.b.seal_block(*else_block);
                self.b.ins().jump(frame.following, &block_args(params));
                frame.exit_reachable = true;
            }
            FrameKind::Loop { header } => self.b.seal_block(*header),
            _ => {}
        }
        self.stack.truncate(frame.height);
        self.b.seal_block(frame.following);
        if frame.exit_reachable {
            self.b.switch_to_block(frame.following);
            self.stack
                .extend_from_slice(self.b.block_params(frame.following));
            self.reachable = true;
        } else {
            self.reachable = false;
        }
    }

    fn frame_at(&mut self, depth: u32) -> &mut Frame {
        let i = self.frames.len() - 1 - depth as usize;
        &mut self.frames[i]
    }

    pub(crate) fn op_br(&mut self, depth: u32) {
        let (target, arity) = self.frame_at(depth).branch_target();
        self.frame_at(depth).exit_reachable = true;
        let args = self.stack[self.stack.len() - arity..].to_vec();
        self.fuel_add();
        self.b.ins().jump(target, &block_args(&args));
        self.reachable = false;
    }

    pub(crate) fn op_br_if(&mut self, depth: u32) {
        let cond = self.pop();
        let (target, arity) = self.frame_at(depth).branch_target();
        self.frame_at(depth).exit_reachable = true;
        let args = self.stack[self.stack.len() - arity..].to_vec();
        self.fuel_add();
        let next = self.b.create_block();
        self.b
            .ins()
            .brif(cond, target, &block_args(&args), next, &[]);
        self.b.switch_to_block(next);
        self.b.seal_block(next);
    }

    pub(crate) fn op_br_table(&mut self, targets: &wasmparser::BrTable<'_>) -> Result<()> {
        let index = self.pop();
        let mut depths = Vec::new();
        for t in targets.targets() {
            depths.push(t?);
        }
        let default = targets.default();
        let (_, arity) = self.frame_at(default).branch_target();
        let args = block_args(&self.stack[self.stack.len() - arity..]);
        self.fuel_add();
        let call_for = |t: &mut Self, depth: u32| {
            let (target, _) = t.frame_at(depth).branch_target();
            t.frame_at(depth).exit_reachable = true;
            ir::BlockCall::new(target, args.iter().copied(), &mut t.b.func.dfg.value_lists)
        };
        let default_call = call_for(self, default);
        let calls: Vec<_> = depths.iter().map(|d| call_for(self, *d)).collect();
        let jt = self
            .b
            .create_jump_table(JumpTableData::new(default_call, &calls));
        self.b.ins().br_table(index, jt);
        self.reachable = false;
        Ok(())
    }

    pub(crate) fn op_return(&mut self) {
        let n = self.frames[0].num_results;
        let args = self.stack[self.stack.len() - n..].to_vec();
        self.fuel_add();
        self.fuel_flush();
        self.emit_return(&args);
        self.reachable = false;
    }

    pub(crate) fn op_unreachable(&mut self) {
        self.b
            .ins()
            .trap(crate::compiler::trap_code(Trap::UnreachableCodeReached));
        self.reachable = false;
    }

    // ----- fuel -----

    /// Loads the fuel counter into a variable at function entry and checks it.
    pub(crate) fn fuel_entry(&mut self) {
        if !self.compiler.options.consume_fuel {
            return;
        }
        let var = self.b.declare_var(I64);
        self.fuel_var = Some(var);
        self.fuel_reload();
        self.fuel_check();
    }

    /// Adds the fuel counted at compile time to the counter variable.
    pub(crate) fn fuel_add(&mut self) {
        let Some(var) = self.fuel_var else { return };
        if self.fuel_pending == 0 || !self.reachable {
            self.fuel_pending = 0;
            return;
        }
        let v = self.b.use_var(var);
        let v = self.b.ins().iadd_imm_s(v, self.fuel_pending);
        self.b.def_var(var, v);
        self.fuel_pending = 0;
    }

    /// Writes the counter back to the store, before code that may read it runs.
    pub(crate) fn fuel_flush(&mut self) {
        let Some(var) = self.fuel_var else { return };
        self.fuel_add();
        let ctx = self.store_context();
        let v = self.b.use_var(var);
        self.b.ins().store(
            MemFlagsData::trusted(),
            v,
            ctx,
            store_context::FUEL_CONSUMED,
        );
    }

    /// Reads the counter from the store, after code that may have changed it ran.
    pub(crate) fn fuel_reload(&mut self) {
        let Some(var) = self.fuel_var else { return };
        let ctx = self.store_context();
        let v = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            ctx,
            store_context::FUEL_CONSUMED,
        );
        self.b.def_var(var, v);
    }

    /// Calls the runtime when the counter reached zero.
    pub(crate) fn fuel_check(&mut self) {
        let Some(var) = self.fuel_var else { return };
        let v = self.b.use_var(var);
        let exhausted =
            self.b
                .ins()
                .icmp_imm_s(ir::condcodes::IntCC::SignedGreaterThanOrEqual, v, 0);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(exhausted, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let status = self.call_builtin(Builtin::OutOfFuel, &[]).unwrap();
        self.trap_if_pending(status);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        self.b.seal_block(cont);
    }

    /// Calls the runtime when the engine's epoch reached the store's deadline.
    pub(crate) fn epoch_check(&mut self) {
        if !self.compiler.options.epoch_interruption {
            return;
        }
        let ctx = self.store_context();
        let deadline = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            ctx,
            store_context::EPOCH_DEADLINE,
        );
        let epoch_ptr = self.load_ro(ctx, store_context::EPOCH_PTR);
        let epoch = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), epoch_ptr, 0);
        let reached = self.b.ins().icmp(
            ir::condcodes::IntCC::UnsignedGreaterThanOrEqual,
            epoch,
            deadline,
        );
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(reached, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let status = self.call_builtin(Builtin::NewEpoch, &[]).unwrap();
        self.trap_if_pending(status);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        self.b.seal_block(cont);
    }
}
