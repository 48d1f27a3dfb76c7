//! Values passed to and from wasm.

use crate::func::Func;
use crate::store::{AsContext, AsContextMut, StoreOpaque};
use crate::types::{RefType, ValType};
use crate::vm::ValRaw;
use anyhow::{Result, bail};
use std::any::Any;

/// A reference to a host value, usable as an `externref`.
///
/// The value lives as long as the store that holds it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExternRef {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

impl ExternRef {
    /// Puts `value` in the store and returns a reference to it.
    pub fn new<T: Any + Send + Sync>(mut store: impl AsContextMut, value: T) -> Result<ExternRef> {
        let s = &mut store.as_context_mut().0.opaque;
        let index = s.externrefs.len();
        s.externrefs.push(Box::new(value));
        Ok(ExternRef { store: s.id, index })
    }

    /// The host value.
    pub fn data<'a, T: 'a>(
        &self,
        store: impl Into<crate::store::StoreContext<'a, T>>,
    ) -> Result<&'a (dyn Any + Send + Sync)> {
        let s = &store.into().0.opaque;
        s.check(self.store)?;
        Ok(&*s.externrefs[self.index])
    }

    pub(crate) fn to_raw(self) -> u64 {
        self.index as u64 + 1
    }
}

impl<'a, T> From<&'a crate::Store<T>> for crate::store::StoreContext<'a, T> {
    fn from(s: &'a crate::Store<T>) -> Self {
        s.as_context()
    }
}
impl<'a, T> From<&'a mut crate::Store<T>> for crate::store::StoreContext<'a, T> {
    fn from(s: &'a mut crate::Store<T>) -> Self {
        crate::store::StoreContext(s.as_context_mut().0)
    }
}

/// A reference value: a table element.
#[derive(Copy, Clone, Debug)]
pub enum Ref {
    /// A `funcref`, or null.
    Func(Option<Func>),
    /// An `externref`, or null.
    Extern(Option<ExternRef>),
}

impl Ref {
    /// Whether the reference is null.
    pub fn is_null(&self) -> bool {
        matches!(self, Ref::Func(None) | Ref::Extern(None))
    }

    pub(crate) fn ty(&self) -> RefType {
        match self {
            Ref::Func(_) => RefType::Func,
            Ref::Extern(_) => RefType::Extern,
        }
    }

    pub(crate) fn to_raw(self, store: &StoreOpaque) -> Result<u64> {
        Ok(match self {
            Ref::Func(None) | Ref::Extern(None) => 0,
            Ref::Func(Some(f)) => {
                store.check(f.store)?;
                store.funcs[f.index].func_ref.to_raw()
            }
            Ref::Extern(Some(e)) => {
                store.check(e.store)?;
                e.to_raw()
            }
        })
    }

    pub(crate) fn from_raw(store: &mut StoreOpaque, ty: RefType, raw: u64) -> Ref {
        match ty {
            RefType::Func => Ref::Func((raw != 0).then(|| Func {
                store: store.id,
                index: store.func_from_raw(raw),
            })),
            RefType::Extern => Ref::Extern((raw != 0).then(|| ExternRef {
                store: store.id,
                index: raw as usize - 1,
            })),
        }
    }
}

impl From<Func> for Ref {
    fn from(f: Func) -> Ref {
        Ref::Func(Some(f))
    }
}

/// A `v128` value: 128 bits, lane 0 of every lane shape in the lowest bits (the wasm
/// byte order, little-endian).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct V128(u128);

impl V128 {
    /// The bits as one unsigned integer.
    pub fn as_u128(&self) -> u128 {
        self.0
    }

    /// The 16 bytes as they lie in linear memory: byte `i` is lane `i` of `i8x16`.
    pub fn to_le_bytes(&self) -> [u8; 16] {
        self.0.to_le_bytes()
    }

    /// The value of 16 bytes as they lie in linear memory.
    pub fn from_le_bytes(bytes: [u8; 16]) -> V128 {
        V128(u128::from_le_bytes(bytes))
    }
}

impl From<u128> for V128 {
    fn from(bits: u128) -> V128 {
        V128(bits)
    }
}

impl From<V128> for u128 {
    fn from(v: V128) -> u128 {
        v.0
    }
}

/// A WebAssembly value.
#[derive(Copy, Clone, Debug)]
pub enum Val {
    /// An `i32`.
    I32(i32),
    /// An `i64`.
    I64(i64),
    /// An `f32`, as its bits.
    F32(u32),
    /// An `f64`, as its bits.
    F64(u64),
    /// A `v128`.
    V128(V128),
    /// A `funcref`, or null.
    FuncRef(Option<Func>),
    /// An `externref`, or null.
    ExternRef(Option<ExternRef>),
}

impl Val {
    /// A null `funcref`.
    pub fn null_func_ref() -> Val {
        Val::FuncRef(None)
    }

    /// A null `externref`.
    pub fn null_extern_ref() -> Val {
        Val::ExternRef(None)
    }

    /// The value's type.
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FUNCREF,
            Val::ExternRef(_) => ValType::EXTERNREF,
        }
    }

    /// The `i32`, if it is one.
    pub fn i32(&self) -> Option<i32> {
        if let Val::I32(v) = self {
            Some(*v)
        } else {
            None
        }
    }
    /// The `i64`, if it is one.
    pub fn i64(&self) -> Option<i64> {
        if let Val::I64(v) = self {
            Some(*v)
        } else {
            None
        }
    }
    /// The `f32`, if it is one.
    pub fn f32(&self) -> Option<f32> {
        if let Val::F32(v) = self {
            Some(f32::from_bits(*v))
        } else {
            None
        }
    }
    /// The `f64`, if it is one.
    pub fn f64(&self) -> Option<f64> {
        if let Val::F64(v) = self {
            Some(f64::from_bits(*v))
        } else {
            None
        }
    }
    /// The `v128`, if it is one.
    pub fn v128(&self) -> Option<V128> {
        if let Val::V128(v) = self {
            Some(*v)
        } else {
            None
        }
    }
    /// The `i32`; panics if it is another type.
    pub fn unwrap_i32(&self) -> i32 {
        self.i32().expect("expected an i32")
    }
    /// The `i64`; panics if it is another type.
    pub fn unwrap_i64(&self) -> i64 {
        self.i64().expect("expected an i64")
    }
    /// The `f32`; panics if it is another type.
    pub fn unwrap_f32(&self) -> f32 {
        self.f32().expect("expected an f32")
    }
    /// The `f64`; panics if it is another type.
    pub fn unwrap_f64(&self) -> f64 {
        self.f64().expect("expected an f64")
    }

    /// The `v128`; panics if it is another type.
    pub fn unwrap_v128(&self) -> V128 {
        self.v128().expect("expected a v128")
    }

    /// The reference, if it is one.
    pub fn ref_(&self) -> Option<Ref> {
        match self {
            Val::FuncRef(f) => Some(Ref::Func(*f)),
            Val::ExternRef(e) => Some(Ref::Extern(*e)),
            _ => None,
        }
    }

    pub(crate) fn to_raw(self, store: &StoreOpaque) -> Result<ValRaw> {
        Ok(match self {
            Val::I32(v) => ValRaw::i32(v),
            Val::I64(v) => ValRaw::i64(v),
            Val::F32(v) => ValRaw::f32(v),
            Val::F64(v) => ValRaw::f64(v),
            Val::V128(v) => ValRaw::u128(v.as_u128()),
            Val::FuncRef(f) => ValRaw::reference(Ref::Func(f).to_raw(store)?),
            Val::ExternRef(e) => ValRaw::reference(Ref::Extern(e).to_raw(store)?),
        })
    }

    pub(crate) fn from_raw(store: &mut StoreOpaque, raw: ValRaw, ty: ValType) -> Val {
        match ty {
            ValType::I32 => Val::I32(raw.get_i32()),
            ValType::I64 => Val::I64(raw.get_i64()),
            ValType::F32 => Val::F32(raw.get_f32()),
            ValType::F64 => Val::F64(raw.get_f64()),
            ValType::V128 => Val::V128(raw.get_u128().into()),
            ValType::Ref(r) => match Ref::from_raw(store, r, raw.get_reference()) {
                Ref::Func(f) => Val::FuncRef(f),
                Ref::Extern(e) => Val::ExternRef(e),
            },
        }
    }

    pub(crate) fn check_type(&self, expected: ValType) -> Result<()> {
        if self.ty() != expected {
            bail!("type mismatch: expected {expected}, found {}", self.ty());
        }
        Ok(())
    }
}

impl From<i32> for Val {
    fn from(v: i32) -> Val {
        Val::I32(v)
    }
}
impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::I64(v)
    }
}
impl From<f32> for Val {
    fn from(v: f32) -> Val {
        Val::F32(v.to_bits())
    }
}
impl From<f64> for Val {
    fn from(v: f64) -> Val {
        Val::F64(v.to_bits())
    }
}
impl From<Ref> for Val {
    fn from(r: Ref) -> Val {
        match r {
            Ref::Func(f) => Val::FuncRef(f),
            Ref::Extern(e) => Val::ExternRef(e),
        }
    }
}
