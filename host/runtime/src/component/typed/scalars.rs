//! Booleans, integers, floats and chars; strings; references, which lower as what they
//! point to.

use super::*;
use crate::component::lift::{
    FlatIter, canonical_f32, canonical_f64, load_int, load_ptr_len, load_string, to_char,
};
use crate::component::lower::{
    canonical_f32_bits, canonical_f64_bits, realloc, store_int, store_string,
};
use anyhow::Result;
use wicker_environ::component::{ComponentTypes, InterfaceType};

macro_rules! primitives {
    ($($t:ty => $it:ident, $size:literal, |$v:ident| $to:expr, |$b:ident| $from:expr;)*) => {$(
        impl ComponentType for $t {
            fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
                match ty {
                    InterfaceType::$it => Ok(()),
                    _ => Err(mismatch::<$t>(ty, types)),
                }
            }
        }
        impl Lower for $t {
            fn lower(&self, _: &mut LowerContext<'_>, _: InterfaceType, out: &mut Vec<u64>) -> Result<()> {
                let $v = *self;
                out.push($to);
                Ok(())
            }
            fn store(&self, cx: &mut LowerContext<'_>, _: InterfaceType, ptr: u32) -> Result<()> {
                let $v = *self;
                store_int(cx.mem, ptr, $size, $to)
            }
        }
        impl Lift for $t {
            fn lift(_: &LiftContext<'_>, _: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
                let $b = src.next()?;
                Ok($from)
            }
            fn load(cx: &LiftContext<'_>, _: InterfaceType, ptr: u32) -> Result<Self> {
                let $b = load_int(cx.memory()?, ptr, $size)?;
                Ok($from)
            }
        }
    )*};
}

primitives! {
    bool => Bool, 1, |v| u64::from(v), |b| b as u32 != 0;
    i8 => S8, 1, |v| v as i32 as u32 as u64, |b| b as i8;
    i16 => S16, 2, |v| v as i32 as u32 as u64, |b| b as i16;
    i32 => S32, 4, |v| v as u32 as u64, |b| b as i32;
    u16 => U16, 2, |v| u64::from(v), |b| b as u16;
    u32 => U32, 4, |v| u64::from(v), |b| b as u32;
    i64 => S64, 8, |v| v as u64, |b| b as i64;
    u64 => U64, 8, |v| v, |b| b;
    f32 => Float32, 4, |v| u64::from(canonical_f32_bits(v)), |b| canonical_f32(b as u32);
    f64 => Float64, 8, |v| canonical_f64_bits(v), |b| canonical_f64(b);
    char => Char, 4, |v| u64::from(v), |b| to_char(b as u32)?;
}

impl ComponentType for u8 {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::U8 => Ok(()),
            _ => Err(mismatch::<u8>(ty, types)),
        }
    }
}

impl Lower for u8 {
    fn lower(&self, _: &mut LowerContext<'_>, _: InterfaceType, out: &mut Vec<u64>) -> Result<()> {
        out.push(u64::from(*self));
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, _: InterfaceType, ptr: u32) -> Result<()> {
        store_int(cx.mem, ptr, 1, u64::from(*self))
    }
    fn store_list(items: &[u8], cx: &mut LowerContext<'_>, _: InterfaceType) -> Result<(u32, u32)> {
        let len = list_byte_len(items.len(), 1)?;
        let ptr = realloc(cx.mem, 0, 0, 1, len)?;
        let start = ptr as usize;
        cx.mem.bytes_mut()[start..start + items.len()].copy_from_slice(items);
        Ok((ptr, len))
    }
}

impl Lift for u8 {
    fn lift(_: &LiftContext<'_>, _: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        Ok(src.next()? as u8)
    }
    fn load(cx: &LiftContext<'_>, _: InterfaceType, ptr: u32) -> Result<Self> {
        Ok(load_int(cx.memory()?, ptr, 1)? as u8)
    }
    fn load_list(cx: &LiftContext<'_>, elem: InterfaceType, ptr: u32, len: u32) -> Result<Vec<u8>> {
        check_list(cx, elem, ptr, len)?;
        cx.opts.charge(u64::from(len))?;
        let start = ptr as usize;
        Ok(cx.memory()?[start..start + len as usize].to_vec())
    }
}

// Strings.

pub(crate) fn check_string(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
    match ty {
        InterfaceType::String => Ok(()),
        _ => Err(mismatch::<str>(ty, types)),
    }
}

impl ComponentType for str {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        check_string(ty, types)
    }
}

impl Lower for str {
    fn lower(&self, cx: &mut LowerContext<'_>, _: InterfaceType, out: &mut Vec<u64>) -> Result<()> {
        let (p, len) = store_string(cx.opts, cx.mem, self)?;
        out.extend([u64::from(p), u64::from(len)]);
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, _: InterfaceType, ptr: u32) -> Result<()> {
        let (p, len) = store_string(cx.opts, cx.mem, self)?;
        store_int(cx.mem, ptr, 4, u64::from(p))?;
        store_int(cx.mem, ptr + 4, 4, u64::from(len))
    }
}

impl ComponentType for String {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        check_string(ty, types)
    }
}

impl Lower for String {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        self.as_str().lower(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        self.as_str().store(cx, ty, ptr)
    }
}

impl Lift for String {
    fn lift(cx: &LiftContext<'_>, _: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        let (p, len) = (src.next32()?, src.next32()?);
        load_string(cx.opts, cx.memory()?, p, len)
    }
    fn load(cx: &LiftContext<'_>, _: InterfaceType, ptr: u32) -> Result<Self> {
        let memory = cx.memory()?;
        let (p, len) = load_ptr_len(memory, ptr)?;
        load_string(cx.opts, memory, p, len)
    }
}

// References lower as what they point to.

impl<T: ComponentType + ?Sized> ComponentType for &T {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        T::typecheck(ty, types)
    }
}

impl<T: Lower + ?Sized> Lower for &T {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        (**self).lower(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        (**self).store(cx, ty, ptr)
    }
}
