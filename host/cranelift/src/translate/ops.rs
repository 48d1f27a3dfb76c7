//! The operator dispatch: one arm per wasm instruction.

use super::FuncTranslator;
use super::memory::LoadKind;
use anyhow::{Result, bail};
use cranelift_codegen::ir::{
    self, InstBuilder, MemFlagsData, condcodes::FloatCC, condcodes::IntCC, types::*,
};
use wasmparser::Operator;
use wicker_environ::Trap;

impl FuncTranslator<'_, '_> {
    /// Fuel charged for an operator: structure markers are free, everything else costs one.
    fn fuel_cost(op: &Operator<'_>) -> i64 {
        match op {
            Operator::Nop
            | Operator::Drop
            | Operator::Block { .. }
            | Operator::Loop { .. }
            | Operator::Else
            | Operator::End => 0,
            _ => 1,
        }
    }

    pub(crate) fn translate_op(&mut self, op: &Operator<'_>) -> Result<()> {
        if !self.reachable {
            // Skip dead code, keeping track of the nesting so the right `end` revives it.
            match op {
                Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => {
                    self.unreachable_depth += 1
                }
                Operator::Else if self.unreachable_depth == 0 => self.op_else(),
                Operator::End if self.unreachable_depth == 0 => self.op_end(),
                Operator::End => self.unreachable_depth -= 1,
                _ => {}
            }
            return Ok(());
        }
        if self.fuel_var.is_some() {
            // Added to the counter by the next control operator or call, before it leaves the
            // straight-line code.
            self.fuel_pending += Self::fuel_cost(op);
        }
        self.translate_reachable(op)
    }

    fn unop(&mut self, f: impl FnOnce(&mut Self, ir::Value) -> ir::Value) {
        let a = self.pop();
        let v = f(self, a);
        self.push(v);
    }

    fn binop(&mut self, f: impl FnOnce(&mut Self, ir::Value, ir::Value) -> ir::Value) {
        let (a, b) = self.pop2();
        let v = f(self, a, b);
        self.push(v);
    }

    fn icmp(&mut self, cc: IntCC) {
        self.binop(|t, a, b| {
            let c = t.b.ins().icmp(cc, a, b);
            t.b.ins().uextend(I32, c)
        });
    }

    fn fcmp(&mut self, cc: FloatCC) {
        self.binop(|t, a, b| {
            let c = t.b.ins().fcmp(cc, a, b);
            t.b.ins().uextend(I32, c)
        });
    }

    fn eqz(&mut self) {
        self.unop(|t, a| {
            let c = t.b.ins().icmp_imm_s(IntCC::Equal, a, 0);
            t.b.ins().uextend(I32, c)
        });
    }

    /// Division and remainder with wasm's traps made explicit, so no hardware fault is needed.
    fn div(&mut self, signed: bool, rem: bool) {
        self.binop(|t, a, b| {
            let ty = t.b.func.dfg.value_type(a);
            let zero = t.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
            t.trap_if(zero, Trap::IntegerDivisionByZero);
            if !signed {
                return if rem {
                    t.b.ins().urem(a, b)
                } else {
                    t.b.ins().udiv(a, b)
                };
            }
            let min = if ty == I32 {
                i64::from(i32::MIN)
            } else {
                i64::MIN
            };
            let neg1 = t.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
            if rem {
                // `MIN % -1` is 0 in wasm but faults in hardware: divide by 1 instead.
                let one = t.b.ins().iconst(ty, 1);
                let safe = t.b.ins().select(neg1, one, b);
                let r = t.b.ins().srem(a, safe);
                let z = t.b.ins().iconst(ty, 0);
                t.b.ins().select(neg1, z, r)
            } else {
                let is_min = t.b.ins().icmp_imm_s(IntCC::Equal, a, min);
                let overflow = t.b.ins().band(is_min, neg1);
                t.trap_if(overflow, Trap::IntegerOverflow);
                t.b.ins().sdiv(a, b)
            }
        });
    }

    /// `i64.add128` and `i64.sub128`: two 128-bit operands as (low, high) halves each.
    fn wide_add_sub(&mut self, sub: bool) {
        let (b_lo, b_hi) = self.pop2();
        let (a_lo, a_hi) = self.pop2();
        let a = self.b.ins().iconcat(a_lo, a_hi);
        let b = self.b.ins().iconcat(b_lo, b_hi);
        let r = if sub {
            self.b.ins().isub(a, b)
        } else {
            self.b.ins().iadd(a, b)
        };
        let (lo, hi) = self.b.ins().isplit(r);
        self.push(lo);
        self.push(hi);
    }

    /// `i64.mul_wide_s` and `i64.mul_wide_u`: the full 128-bit product, low half first.
    fn mul_wide(&mut self, signed: bool) {
        let (a, b) = self.pop2();
        let (a, b) = if signed {
            (self.b.ins().sextend(I128, a), self.b.ins().sextend(I128, b))
        } else {
            (self.b.ins().uextend(I128, a), self.b.ins().uextend(I128, b))
        };
        let r = self.b.ins().imul(a, b);
        let (lo, hi) = self.b.ins().isplit(r);
        self.push(lo);
        self.push(hi);
    }

    fn translate_reachable(&mut self, op: &Operator<'_>) -> Result<()> {
        use Operator as O;
        match op {
            O::Unreachable => self.op_unreachable(),
            O::Nop => {}
            O::Block { blockty } => self.op_block(*blockty)?,
            O::Loop { blockty } => self.op_loop(*blockty)?,
            O::If { blockty } => self.op_if(*blockty)?,
            O::Else => self.op_else(),
            O::End => self.op_end(),
            O::Br { relative_depth } => self.op_br(*relative_depth),
            O::BrIf { relative_depth } => self.op_br_if(*relative_depth),
            O::BrTable { targets } => self.op_br_table(targets)?,
            O::Return => self.op_return(),
            O::Call { function_index } => self.op_call(*function_index),
            O::CallIndirect {
                type_index,
                table_index,
            } => self.op_call_indirect(*type_index, *table_index),
            O::ReturnCall { function_index } => self.op_return_call(*function_index),
            O::ReturnCallIndirect {
                type_index,
                table_index,
            } => self.op_return_call_indirect(*type_index, *table_index),
            O::Drop => {
                self.pop();
            }
            O::Select | O::TypedSelect { .. } => {
                let (a, b, c) = self.pop3();
                let v = self.b.ins().select(c, a, b);
                self.push(v);
            }
            O::LocalGet { local_index } => {
                let v = self.b.use_var(self.locals[*local_index as usize]);
                self.push(v);
            }
            O::LocalSet { local_index } => {
                let v = self.pop();
                self.b.def_var(self.locals[*local_index as usize], v);
            }
            O::LocalTee { local_index } => {
                let v = *self.stack.last().unwrap();
                self.b.def_var(self.locals[*local_index as usize], v);
            }
            O::GlobalGet { global_index } => self.op_global_get(*global_index),
            O::GlobalSet { global_index } => self.op_global_set(*global_index),

            O::I32Load { memarg } => self.op_load(memarg, I32, LoadKind::Plain),
            O::I64Load { memarg } => self.op_load(memarg, I64, LoadKind::Plain),
            O::F32Load { memarg } => self.op_load(memarg, F32, LoadKind::Plain),
            O::F64Load { memarg } => self.op_load(memarg, F64, LoadKind::Plain),
            O::I32Load8S { memarg } => self.op_load(memarg, I32, LoadKind::S8),
            O::I32Load8U { memarg } => self.op_load(memarg, I32, LoadKind::U8),
            O::I32Load16S { memarg } => self.op_load(memarg, I32, LoadKind::S16),
            O::I32Load16U { memarg } => self.op_load(memarg, I32, LoadKind::U16),
            O::I64Load8S { memarg } => self.op_load(memarg, I64, LoadKind::S8),
            O::I64Load8U { memarg } => self.op_load(memarg, I64, LoadKind::U8),
            O::I64Load16S { memarg } => self.op_load(memarg, I64, LoadKind::S16),
            O::I64Load16U { memarg } => self.op_load(memarg, I64, LoadKind::U16),
            O::I64Load32S { memarg } => self.op_load(memarg, I64, LoadKind::S32),
            O::I64Load32U { memarg } => self.op_load(memarg, I64, LoadKind::U32),
            O::I32Store { memarg } | O::F32Store { memarg } => self.op_store(memarg, 4),
            O::I64Store { memarg } | O::F64Store { memarg } => self.op_store(memarg, 8),
            O::I32Store8 { memarg } | O::I64Store8 { memarg } => self.op_store(memarg, 1),
            O::I32Store16 { memarg } | O::I64Store16 { memarg } => self.op_store(memarg, 2),
            O::I64Store32 { memarg } => self.op_store(memarg, 4),
            O::MemorySize { mem } => self.op_memory_size(*mem),
            O::MemoryGrow { mem } => self.op_memory_grow(*mem),
            O::MemoryFill { mem } => self.op_memory_fill(*mem),
            O::MemoryCopy { dst_mem, src_mem } => self.op_memory_copy(*dst_mem, *src_mem),
            O::MemoryInit { data_index, mem } => self.op_memory_init(*mem, *data_index),
            O::DataDrop { data_index } => self.op_data_drop(*data_index),

            O::I32Const { value } => {
                let v = self.b.ins().iconst(I32, i64::from(*value));
                self.push(v);
            }
            O::I64Const { value } => {
                let v = self.b.ins().iconst(I64, *value);
                self.push(v);
            }
            O::F32Const { value } => {
                let v = self
                    .b
                    .ins()
                    .f32const(ir::immediates::Ieee32::with_bits(value.bits()));
                self.push(v);
            }
            O::F64Const { value } => {
                let v = self
                    .b
                    .ins()
                    .f64const(ir::immediates::Ieee64::with_bits(value.bits()));
                self.push(v);
            }

            O::I32Eqz | O::I64Eqz => self.eqz(),
            O::I32Eq | O::I64Eq => self.icmp(IntCC::Equal),
            O::I32Ne | O::I64Ne => self.icmp(IntCC::NotEqual),
            O::I32LtS | O::I64LtS => self.icmp(IntCC::SignedLessThan),
            O::I32LtU | O::I64LtU => self.icmp(IntCC::UnsignedLessThan),
            O::I32GtS | O::I64GtS => self.icmp(IntCC::SignedGreaterThan),
            O::I32GtU | O::I64GtU => self.icmp(IntCC::UnsignedGreaterThan),
            O::I32LeS | O::I64LeS => self.icmp(IntCC::SignedLessThanOrEqual),
            O::I32LeU | O::I64LeU => self.icmp(IntCC::UnsignedLessThanOrEqual),
            O::I32GeS | O::I64GeS => self.icmp(IntCC::SignedGreaterThanOrEqual),
            O::I32GeU | O::I64GeU => self.icmp(IntCC::UnsignedGreaterThanOrEqual),
            O::F32Eq | O::F64Eq => self.fcmp(FloatCC::Equal),
            O::F32Ne | O::F64Ne => self.fcmp(FloatCC::NotEqual),
            O::F32Lt | O::F64Lt => self.fcmp(FloatCC::LessThan),
            O::F32Gt | O::F64Gt => self.fcmp(FloatCC::GreaterThan),
            O::F32Le | O::F64Le => self.fcmp(FloatCC::LessThanOrEqual),
            O::F32Ge | O::F64Ge => self.fcmp(FloatCC::GreaterThanOrEqual),

            O::I32Clz | O::I64Clz => self.unop(|t, a| t.b.ins().clz(a)),
            O::I32Ctz | O::I64Ctz => self.unop(|t, a| t.b.ins().ctz(a)),
            O::I32Popcnt | O::I64Popcnt => self.unop(|t, a| t.b.ins().popcnt(a)),
            O::I32Add | O::I64Add => self.binop(|t, a, b| t.b.ins().iadd(a, b)),
            O::I32Sub | O::I64Sub => self.binop(|t, a, b| t.b.ins().isub(a, b)),
            O::I32Mul | O::I64Mul => self.binop(|t, a, b| t.b.ins().imul(a, b)),
            O::I32DivS | O::I64DivS => self.div(true, false),
            O::I32DivU | O::I64DivU => self.div(false, false),
            O::I32RemS | O::I64RemS => self.div(true, true),
            O::I32RemU | O::I64RemU => self.div(false, true),
            O::I32And | O::I64And => self.binop(|t, a, b| t.b.ins().band(a, b)),
            O::I32Or | O::I64Or => self.binop(|t, a, b| t.b.ins().bor(a, b)),
            O::I32Xor | O::I64Xor => self.binop(|t, a, b| t.b.ins().bxor(a, b)),
            O::I32Shl | O::I64Shl => self.binop(|t, a, b| t.b.ins().ishl(a, b)),
            O::I32ShrS | O::I64ShrS => self.binop(|t, a, b| t.b.ins().sshr(a, b)),
            O::I32ShrU | O::I64ShrU => self.binop(|t, a, b| t.b.ins().ushr(a, b)),
            O::I32Rotl | O::I64Rotl => self.binop(|t, a, b| t.b.ins().rotl(a, b)),
            O::I32Rotr | O::I64Rotr => self.binop(|t, a, b| t.b.ins().rotr(a, b)),
            O::I64Add128 => self.wide_add_sub(false),
            O::I64Sub128 => self.wide_add_sub(true),
            O::I64MulWideS => self.mul_wide(true),
            O::I64MulWideU => self.mul_wide(false),

            O::F32Abs | O::F64Abs => self.unop(|t, a| t.b.ins().fabs(a)),
            O::F32Neg | O::F64Neg => self.unop(|t, a| t.b.ins().fneg(a)),
            O::F32Ceil | O::F64Ceil => self.unop(|t, a| t.b.ins().ceil(a)),
            O::F32Floor | O::F64Floor => self.unop(|t, a| t.b.ins().floor(a)),
            O::F32Trunc | O::F64Trunc => self.unop(|t, a| t.b.ins().trunc(a)),
            O::F32Nearest | O::F64Nearest => self.unop(|t, a| t.b.ins().nearest(a)),
            O::F32Sqrt | O::F64Sqrt => self.unop(|t, a| t.b.ins().sqrt(a)),
            O::F32Add | O::F64Add => self.binop(|t, a, b| t.b.ins().fadd(a, b)),
            O::F32Sub | O::F64Sub => self.binop(|t, a, b| t.b.ins().fsub(a, b)),
            O::F32Mul | O::F64Mul => self.binop(|t, a, b| t.b.ins().fmul(a, b)),
            O::F32Div | O::F64Div => self.binop(|t, a, b| t.b.ins().fdiv(a, b)),
            O::F32Min | O::F64Min => self.binop(|t, a, b| t.b.ins().fmin(a, b)),
            O::F32Max | O::F64Max => self.binop(|t, a, b| t.b.ins().fmax(a, b)),
            O::F32Copysign | O::F64Copysign => self.binop(|t, a, b| t.b.ins().fcopysign(a, b)),

            O::I32WrapI64 => self.unop(|t, a| t.b.ins().ireduce(I32, a)),
            O::I64ExtendI32S => self.unop(|t, a| t.b.ins().sextend(I64, a)),
            O::I64ExtendI32U => self.unop(|t, a| t.b.ins().uextend(I64, a)),
            O::I32Extend8S => self.unop(|t, a| {
                let n = t.b.ins().ireduce(I8, a);
                t.b.ins().sextend(I32, n)
            }),
            O::I32Extend16S => self.unop(|t, a| {
                let n = t.b.ins().ireduce(I16, a);
                t.b.ins().sextend(I32, n)
            }),
            O::I64Extend8S => self.unop(|t, a| {
                let n = t.b.ins().ireduce(I8, a);
                t.b.ins().sextend(I64, n)
            }),
            O::I64Extend16S => self.unop(|t, a| {
                let n = t.b.ins().ireduce(I16, a);
                t.b.ins().sextend(I64, n)
            }),
            O::I64Extend32S => self.unop(|t, a| {
                let n = t.b.ins().ireduce(I32, a);
                t.b.ins().sextend(I64, n)
            }),
            O::I32TruncF32S | O::I32TruncF64S => self.unop(|t, a| t.b.ins().fcvt_to_sint(I32, a)),
            O::I32TruncF32U | O::I32TruncF64U => self.unop(|t, a| t.b.ins().fcvt_to_uint(I32, a)),
            O::I64TruncF32S | O::I64TruncF64S => self.unop(|t, a| t.b.ins().fcvt_to_sint(I64, a)),
            O::I64TruncF32U | O::I64TruncF64U => self.unop(|t, a| t.b.ins().fcvt_to_uint(I64, a)),
            O::I32TruncSatF32S | O::I32TruncSatF64S => {
                self.unop(|t, a| t.b.ins().fcvt_to_sint_sat(I32, a))
            }
            O::I32TruncSatF32U | O::I32TruncSatF64U => {
                self.unop(|t, a| t.b.ins().fcvt_to_uint_sat(I32, a))
            }
            O::I64TruncSatF32S | O::I64TruncSatF64S => {
                self.unop(|t, a| t.b.ins().fcvt_to_sint_sat(I64, a))
            }
            O::I64TruncSatF32U | O::I64TruncSatF64U => {
                self.unop(|t, a| t.b.ins().fcvt_to_uint_sat(I64, a))
            }
            O::F32ConvertI32S | O::F32ConvertI64S => {
                self.unop(|t, a| t.b.ins().fcvt_from_sint(F32, a))
            }
            O::F32ConvertI32U | O::F32ConvertI64U => {
                self.unop(|t, a| t.b.ins().fcvt_from_uint(F32, a))
            }
            O::F64ConvertI32S | O::F64ConvertI64S => {
                self.unop(|t, a| t.b.ins().fcvt_from_sint(F64, a))
            }
            O::F64ConvertI32U | O::F64ConvertI64U => {
                self.unop(|t, a| t.b.ins().fcvt_from_uint(F64, a))
            }
            O::F32DemoteF64 => self.unop(|t, a| t.b.ins().fdemote(F32, a)),
            O::F64PromoteF32 => self.unop(|t, a| t.b.ins().fpromote(F64, a)),
            O::I32ReinterpretF32 => {
                self.unop(|t, a| t.b.ins().bitcast(I32, MemFlagsData::new(), a))
            }
            O::I64ReinterpretF64 => {
                self.unop(|t, a| t.b.ins().bitcast(I64, MemFlagsData::new(), a))
            }
            O::F32ReinterpretI32 => {
                self.unop(|t, a| t.b.ins().bitcast(F32, MemFlagsData::new(), a))
            }
            O::F64ReinterpretI64 => {
                self.unop(|t, a| t.b.ins().bitcast(F64, MemFlagsData::new(), a))
            }

            O::RefNull { .. } => {
                let v = self.b.ins().iconst(I64, 0);
                self.push(v);
            }
            O::RefIsNull => self.eqz(),
            O::RefFunc { function_index } => self.op_ref_func(*function_index),
            O::TableGet { table } => self.op_table_get(*table),
            O::TableSet { table } => self.op_table_set(*table),
            O::TableSize { table } => self.op_table_size(*table),
            O::TableGrow { table } => self.op_table_grow(*table),
            O::TableFill { table } => self.op_table_fill(*table),
            O::TableCopy {
                dst_table,
                src_table,
            } => self.op_table_copy(*dst_table, *src_table),
            O::TableInit { elem_index, table } => self.op_table_init(*table, *elem_index),
            O::ElemDrop { elem_index } => self.op_elem_drop(*elem_index),

            other => {
                if !self.translate_simd(other)? {
                    bail!("unsupported instruction: {other:?}")
                }
            }
        }
        Ok(())
    }
}
