//! The `#[repr(C)]` structures that compiled code reads and writes.
//!
//! Their layouts are fixed by `wicker_environ`'s offsets; the assertions below keep the two
//! in agreement.

use crate::Engine;
use std::cell::Cell;
use std::sync::atomic::AtomicU64;
use wicker_environ::{definition, func_ref, store_context};

/// The representation of a `funcref`: enough to call the function from wasm.
#[repr(C)]
#[derive(Debug)]
pub struct VMFuncRef {
    /// Code with the wasm calling convention.
    pub wasm_call: *const u8,
    /// Array-call entry of a host function (null for wasm functions).
    pub array_call: *const u8,
    /// Engine-wide signature index.
    pub type_index: u32,
    /// The callee's context (`VMContext` or host function context).
    pub vmctx: *mut u8,
}

/// Where a memory's bytes are, and how many are accessible.
#[repr(C)]
#[derive(Debug)]
pub struct VMMemoryDefinition {
    /// Start of the memory.
    pub base: *mut u8,
    /// Accessible length in bytes.
    pub current_length: u64,
}

/// Where a table's elements are, and how many there are.
#[repr(C)]
#[derive(Debug)]
pub struct VMTableDefinition {
    /// Start of the elements (8 bytes each).
    pub base: *mut u64,
    /// Number of elements.
    pub current_elements: u64,
}

/// Storage of one global's value.
#[repr(C, align(16))]
#[derive(Debug, Default, Clone, Copy)]
pub struct VMGlobalDefinition {
    /// The value's bytes, little-endian from the start.
    pub bytes: [u8; 16],
}

/// The per-store limits compiled code checks.
///
/// Compiled code reads and writes the fields through the pointer in every `VMContext`,
/// also while the host holds a reference to the context (a host function called from wasm
/// reads the fuel, say), hence the cells.
#[repr(C)]
#[derive(Debug)]
pub struct VMStoreContext {
    /// Lowest stack address wasm may use; `usize::MAX` when no wasm is running.
    stack_limit: Cell<usize>,
    /// Fuel consumed, counting up to zero.
    fuel_consumed: Cell<i64>,
    /// Epoch at which code is interrupted.
    epoch_deadline: Cell<u64>,
    /// The engine's epoch counter, kept alive by `engine`.
    epoch_ptr: *const AtomicU64,
    engine: Engine,
}

// SAFETY: the only pointer, `epoch_ptr`, points to the counter of the engine the context
// holds; moving the store to another thread moves the context along, and a store is used
// by one thread at a time.
unsafe impl Send for VMStoreContext {}

impl VMStoreContext {
    /// The context of a new store of `engine`: no wasm running, no fuel, deadline 0.
    pub fn new(engine: &Engine) -> VMStoreContext {
        VMStoreContext {
            stack_limit: Cell::new(usize::MAX),
            fuel_consumed: Cell::new(0),
            epoch_deadline: Cell::new(0),
            epoch_ptr: &engine.0.epoch,
            engine: engine.clone(),
        }
    }

    /// Lowest stack address wasm may use; `usize::MAX` when no wasm is running.
    pub fn stack_limit(&self) -> usize {
        self.stack_limit.get()
    }

    pub(super) fn set_stack_limit(&self, limit: usize) {
        self.stack_limit.set(limit);
    }

    /// Fuel consumed, counting up to zero (negative: fuel left).
    pub fn fuel_consumed(&self) -> i64 {
        self.fuel_consumed.get()
    }

    /// Sets the fuel counter.
    pub fn set_fuel_consumed(&self, v: i64) {
        self.fuel_consumed.set(v);
    }

    /// The epoch at which code is interrupted.
    pub fn epoch_deadline(&self) -> u64 {
        self.epoch_deadline.get()
    }

    /// Sets the epoch at which code is interrupted.
    pub fn set_epoch_deadline(&self, v: u64) {
        self.epoch_deadline.set(v);
    }
}

/// One slot of the array-call convention's buffer: any wasm value, little-endian.
///
/// A slot is untyped; the type of the function or global it is for says what it holds.
/// Compiled code trusts a slot of type `funcref` to be null or a funcref of its store, so
/// the runtime fills such slots only with [`FuncRefPtr::to_raw`](super::FuncRefPtr::to_raw)
/// bits of the same store (the conversions from `Val` and `Ref` check the store and the
/// type first), and turns bits back into functions only through a checked lookup.
#[repr(C, align(16))]
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ValRaw {
    bytes: [u8; 16],
}

impl ValRaw {
    /// A slot holding an `i32`.
    pub fn i32(v: i32) -> ValRaw {
        ValRaw::u128(v as u32 as u128)
    }
    /// A slot holding an `i64`.
    pub fn i64(v: i64) -> ValRaw {
        ValRaw::u128(v as u64 as u128)
    }
    /// A slot holding the bits of an `f32`.
    pub fn f32(bits: u32) -> ValRaw {
        ValRaw::u128(u128::from(bits))
    }
    /// A slot holding the bits of an `f64`.
    pub fn f64(bits: u64) -> ValRaw {
        ValRaw::u128(u128::from(bits))
    }
    /// A slot holding a `v128` or any value as 16 bytes.
    pub fn u128(v: u128) -> ValRaw {
        ValRaw {
            bytes: v.to_le_bytes(),
        }
    }
    /// A slot holding a reference (pointer-sized).
    pub fn reference(v: u64) -> ValRaw {
        ValRaw::u128(u128::from(v))
    }
    /// Reads an `i32`.
    pub fn get_i32(&self) -> i32 {
        self.get_u128() as u32 as i32
    }
    /// Reads an `i64`.
    pub fn get_i64(&self) -> i64 {
        self.get_u128() as u64 as i64
    }
    /// Reads `f32` bits.
    pub fn get_f32(&self) -> u32 {
        self.get_u128() as u32
    }
    /// Reads `f64` bits.
    pub fn get_f64(&self) -> u64 {
        self.get_u128() as u64
    }
    /// Reads a reference.
    pub fn get_reference(&self) -> u64 {
        self.get_u128() as u64
    }
    /// Reads all 16 bytes.
    pub fn get_u128(&self) -> u128 {
        u128::from_le_bytes(self.bytes)
    }
}

const _: () = {
    assert!(std::mem::offset_of!(VMFuncRef, wasm_call) == func_ref::WASM_CALL as usize);
    assert!(std::mem::offset_of!(VMFuncRef, array_call) == func_ref::ARRAY_CALL as usize);
    assert!(std::mem::offset_of!(VMFuncRef, type_index) == func_ref::TYPE_INDEX as usize);
    assert!(std::mem::offset_of!(VMFuncRef, vmctx) == func_ref::VMCTX as usize);
    assert!(std::mem::size_of::<VMFuncRef>() == func_ref::SIZE as usize);
    assert!(std::mem::offset_of!(VMMemoryDefinition, base) == definition::BASE as usize);
    assert!(
        std::mem::offset_of!(VMMemoryDefinition, current_length) == definition::LENGTH as usize
    );
    assert!(std::mem::offset_of!(VMTableDefinition, base) == definition::BASE as usize);
    assert!(
        std::mem::offset_of!(VMTableDefinition, current_elements) == definition::LENGTH as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, stack_limit) == store_context::STACK_LIMIT as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, fuel_consumed)
            == store_context::FUEL_CONSUMED as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, epoch_deadline)
            == store_context::EPOCH_DEADLINE as usize
    );
    assert!(std::mem::offset_of!(VMStoreContext, epoch_ptr) == store_context::EPOCH_PTR as usize);
    assert!(std::mem::size_of::<ValRaw>() == wicker_environ::VAL_RAW_SIZE as usize);
};
