//! Rust types as component values: [`ComponentType`], [`Lift`] and [`Lower`], and the
//! typed function handles built on them.
//!
//! A Rust type implements [`ComponentType`] to say which interface types it stands for,
//! [`Lower`] to be passed into a guest and [`Lift`] to be read out of one. They are
//! implemented here for the primitive types, strings, lists, options, results, tuples and
//! resource handles; [`Val`] implements them for any type. Records, variants, enums and
//! flags get them from derive macros.
//!
//! The trait methods are what generated code calls; they are hidden from the documentation
//! and their signatures may change.

use super::lift::{
    FlatIter, canonical_f32, canonical_f64, list_range, load_int, load_string, to_char,
};
use super::lower::{canonical_f32_bits, canonical_f64_bits, realloc, store_int, store_string};
use super::memory::{FieldCursor, GuestMemory, Options};
use super::resource_table::Resource;
use super::resources::ResourceAny;
use super::val::Val;
use anyhow::{Result, bail};
use wicker_environ::component::{ComponentTypes, InterfaceType};

/// Where lowered values go: the guest's memory and options.
pub struct LowerContext<'a> {
    pub(crate) opts: &'a Options<'a>,
    pub(crate) mem: &'a mut dyn GuestMemory,
}

/// Where lifted values come from: the guest's memory (if it has one) and options.
pub struct LiftContext<'a> {
    pub(crate) opts: &'a Options<'a>,
    pub(crate) memory: Option<&'a [u8]>,
    /// The memory's handle and the types, for views that read the memory later
    /// ([`WasmList`](super::WasmList), [`WasmStr`](super::WasmStr)).
    pub(crate) view: Option<(crate::Memory, &'a std::sync::Arc<ComponentTypes>)>,
}

impl LiftContext<'_> {
    pub(crate) fn memory(&self) -> Result<&[u8]> {
        match self.memory {
            Some(m) => Ok(m),
            None => bail!("a `memory` option is required for this type"),
        }
    }

    fn types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

impl LowerContext<'_> {
    fn types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

/// A Rust type that stands for component-model values of some interface types.
pub trait ComponentType {
    /// Checks that `ty` is a type this Rust type stands for.
    #[doc(hidden)]
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()>;

    /// Checks an optional payload type (of a `result` case); only `()` accepts none.
    #[doc(hidden)]
    fn typecheck_payload(ty: Option<InterfaceType>, types: &ComponentTypes) -> Result<()> {
        match ty {
            Some(t) => Self::typecheck(t, types),
            None => bail!(
                "type mismatch: expected no payload, found `{}`",
                std::any::type_name::<Self>()
            ),
        }
    }
}

/// A Rust value that can be passed into a guest.
pub trait Lower: ComponentType {
    /// Lowers the value as flat core values (raw bits) appended to `out`.
    #[doc(hidden)]
    fn lower(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, out: &mut Vec<u64>)
    -> Result<()>;

    /// Stores the value at `ptr`, which is aligned and in bounds for `ty`.
    #[doc(hidden)]
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()>;

    /// Stores a list of values; returns its pointer and length.
    #[doc(hidden)]
    fn store_list(
        items: &[Self],
        cx: &mut LowerContext<'_>,
        elem: InterfaceType,
    ) -> Result<(u32, u32)>
    where
        Self: Sized,
    {
        let abi = cx.types().abi(elem);
        let byte_len = list_byte_len(items.len(), abi.size32)?;
        let ptr = realloc(cx.mem, 0, 0, abi.align32, byte_len)?;
        for (i, item) in items.iter().enumerate() {
            item.store(cx, elem, ptr + i as u32 * abi.size32)?;
        }
        Ok((ptr, items.len() as u32))
    }
}

/// A Rust value that can be read out of a guest.
pub trait Lift: ComponentType + Sized {
    /// Lifts a value from flat core values.
    #[doc(hidden)]
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self>;

    /// Loads a value stored at `ptr`, which is aligned and in bounds for `ty`.
    #[doc(hidden)]
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self>;

    /// The value of an absent payload (a `result` case without one); only `()` has one.
    #[doc(hidden)]
    fn absent() -> Result<Self> {
        bail!(
            "`{}` cannot stand for an absent payload",
            std::any::type_name::<Self>()
        )
    }

    /// Loads a list of `len` values at `ptr` (not yet checked).
    #[doc(hidden)]
    fn load_list(
        cx: &LiftContext<'_>,
        elem: InterfaceType,
        ptr: u32,
        len: u32,
    ) -> Result<Vec<Self>> {
        let size = check_list(cx, elem, ptr, len)?;
        cx.opts
            .charge(u64::from(len) * std::mem::size_of::<Self>() as u64)?;
        (0..len)
            .map(|i| Self::load(cx, elem, ptr + i * size))
            .collect()
    }
}

fn list_byte_len(len: usize, size: u32) -> Result<u32> {
    match u32::try_from(len as u64 * u64::from(size)) {
        Ok(n) => Ok(n),
        Err(_) => bail!("list too large for a 32-bit memory"),
    }
}

/// The checks of the spec's `load_list_from_range`; returns the element size.
pub(crate) fn check_list(
    cx: &LiftContext<'_>,
    elem: InterfaceType,
    ptr: u32,
    len: u32,
) -> Result<u32> {
    let (size, _) = list_range(cx.opts, cx.memory()?.len(), elem, ptr, len)?;
    Ok(size)
}

/// A readable name for an interface type, as WIT writes it.
pub(crate) fn type_name(types: &ComponentTypes, ty: InterfaceType) -> String {
    use InterfaceType as T;
    let join = |tys: &mut dyn Iterator<Item = InterfaceType>| {
        tys.map(|t| type_name(types, t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match ty {
        T::Bool => "bool".into(),
        T::S8 => "s8".into(),
        T::U8 => "u8".into(),
        T::S16 => "s16".into(),
        T::U16 => "u16".into(),
        T::S32 => "s32".into(),
        T::U32 => "u32".into(),
        T::S64 => "s64".into(),
        T::U64 => "u64".into(),
        T::Float32 => "f32".into(),
        T::Float64 => "f64".into(),
        T::Char => "char".into(),
        T::String => "string".into(),
        T::ErrorContext => "error-context".into(),
        T::List(i) => format!("list<{}>", type_name(types, types.list(i).element)),
        T::FixedList(i) => {
            let l = types.fixed_list(i);
            format!("list<{}, {}>", type_name(types, l.element), l.len)
        }
        T::Record(i) => {
            let fields: Vec<String> = types
                .record(i)
                .fields
                .iter()
                .map(|f| format!("{}: {}", f.name, type_name(types, f.ty)))
                .collect();
            format!("record {{ {} }}", fields.join(", "))
        }
        T::Tuple(i) => format!("tuple<{}>", join(&mut types.tuple(i).types.iter().copied())),
        T::Variant(i) => {
            let cases: Vec<String> = types
                .variant(i)
                .cases
                .iter()
                .map(|c| match c.ty {
                    Some(t) => format!("{}({})", c.name, type_name(types, t)),
                    None => c.name.clone(),
                })
                .collect();
            format!("variant {{ {} }}", cases.join(", "))
        }
        T::Enum(i) => format!("enum {{ {} }}", types.enum_(i).names.join(", ")),
        T::Option(i) => format!("option<{}>", type_name(types, types.option(i).ty)),
        T::Result(i) => {
            let r = types.result(i);
            let part =
                |t: Option<InterfaceType>| t.map_or("_".to_string(), |t| type_name(types, t));
            format!("result<{}, {}>", part(r.ok), part(r.err))
        }
        T::Flags(i) => format!("flags {{ {} }}", types.flags(i).names.join(", ")),
        T::Own(_) => "own<resource>".into(),
        T::Borrow(_) => "borrow<resource>".into(),
    }
}

/// A readable function type, as WIT writes it.
pub(crate) fn func_type_name(
    types: &ComponentTypes,
    f: &wicker_environ::component::TypeFunc,
) -> String {
    let params: Vec<String> = f
        .params
        .iter()
        .map(|(n, t)| format!("{n}: {}", type_name(types, *t)))
        .collect();
    match f.result {
        Some(r) => format!("func({}) -> {}", params.join(", "), type_name(types, r)),
        None => format!("func({})", params.join(", ")),
    }
}

pub(crate) fn mismatch<R: ?Sized>(ty: InterfaceType, types: &ComponentTypes) -> anyhow::Error {
    anyhow::anyhow!(
        "type mismatch: expected `{}`, found Rust type `{}`",
        type_name(types, ty),
        std::any::type_name::<R>()
    )
}

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
    bool => Bool, 1, |v| u64::from(v), |b| b as u8 != 0;
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
        let (p, len) = (
            load_int(memory, ptr, 4)? as u32,
            load_int(memory, ptr + 4, 4)? as u32,
        );
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

// Lists.

pub(crate) fn list_element(ty: InterfaceType, types: &ComponentTypes) -> Option<InterfaceType> {
    match ty {
        InterfaceType::List(i) => Some(types.list(i).element),
        _ => None,
    }
}

impl<T: ComponentType> ComponentType for [T] {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match list_element(ty, types) {
            Some(e) => T::typecheck(e, types),
            None => Err(mismatch::<[T]>(ty, types)),
        }
    }
}

impl<T: Lower + Sized> Lower for [T] {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<[T]>(ty, cx.types()))?;
        let (p, len) = T::store_list(self, cx, elem)?;
        out.extend([u64::from(p), u64::from(len)]);
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<[T]>(ty, cx.types()))?;
        let (p, len) = T::store_list(self, cx, elem)?;
        store_int(cx.mem, ptr, 4, u64::from(p))?;
        store_int(cx.mem, ptr + 4, 4, u64::from(len))
    }
}

impl<T: ComponentType> ComponentType for Vec<T> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        <[T]>::typecheck(ty, types)
    }
}

impl<T: Lower> Lower for Vec<T> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        self.as_slice().lower(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        self.as_slice().store(cx, ty, ptr)
    }
}

impl<T: Lift> Lift for Vec<T> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<Self>(ty, cx.types()))?;
        let (p, len) = (src.next32()?, src.next32()?);
        T::load_list(cx, elem, p, len)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<Self>(ty, cx.types()))?;
        let memory = cx.memory()?;
        let (p, len) = (
            load_int(memory, ptr, 4)? as u32,
            load_int(memory, ptr + 4, 4)? as u32,
        );
        T::load_list(cx, elem, p, len)
    }
}

// Options and results: variants with a discriminant and a payload.

/// Lowers a variant case flat: the discriminant, the payload, zeros up to the type's width.
fn lower_case_dyn(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    payload: Option<(&dyn LowerDyn, InterfaceType)>,
    out: &mut Vec<u64>,
) -> Result<()> {
    let width = cx
        .types()
        .abi(ty)
        .flat_count
        .ok_or_else(|| anyhow::anyhow!("type too large to lower flat"))?;
    let start = out.len();
    out.push(u64::from(index));
    if let Some((v, t)) = payload {
        v.lower_dyn(cx, t, out)?;
    }
    out.resize(start + usize::from(width), 0);
    Ok(())
}

fn store_case_dyn(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    payload: Option<(&dyn LowerDyn, InterfaceType)>,
    ptr: u32,
) -> Result<()> {
    let info = variant_info(cx.types(), ty);
    store_int(cx.mem, ptr, info.discriminant.bytes(), u64::from(index))?;
    if let Some((v, t)) = payload {
        v.store_dyn(cx, t, ptr + info.payload_offset32)?;
    }
    Ok(())
}

fn variant_info(
    types: &ComponentTypes,
    ty: InterfaceType,
) -> wicker_environ::component::VariantInfo {
    match ty {
        InterfaceType::Option(i) => types.option(i).info,
        InterfaceType::Result(i) => types.result(i).info,
        InterfaceType::Variant(i) => types.variant(i).info,
        InterfaceType::Enum(i) => types.enum_(i).info,
        _ => unreachable!("only variant-like types have cases"),
    }
}

/// Object-safe lowering, for payloads of any type.
trait LowerDyn {
    fn lower_dyn(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()>;
    fn store_dyn(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()>;
}

impl<T: Lower> LowerDyn for T {
    fn lower_dyn(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        self.lower(cx, ty, out)
    }
    fn store_dyn(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        self.store(cx, ty, ptr)
    }
}

/// Reads a discriminant flat and checks it is below `cases`.
fn lift_discriminant(src: &mut FlatIter<'_>, cases: u32) -> Result<u32> {
    let d = src.next32()?;
    if d >= cases {
        bail!("invalid variant discriminant: {d}");
    }
    Ok(d)
}

fn load_discriminant(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32, cases: u32) -> Result<u32> {
    let info = variant_info(cx.types(), ty);
    let d = load_int(cx.memory()?, ptr, info.discriminant.bytes())? as u32;
    if d >= cases {
        bail!("invalid variant discriminant: {d}");
    }
    Ok(d)
}

/// Lifts a payload, then skips the rest of the variant's flat slots.
fn lift_case<P: Lift>(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    payload: Option<InterfaceType>,
    start: usize,
    src: &mut FlatIter<'_>,
) -> Result<Option<P>> {
    let width = cx
        .types()
        .abi(ty)
        .flat_count
        .ok_or_else(|| anyhow::anyhow!("type too large to lift flat"))?;
    let v = match payload {
        Some(t) => Some(P::lift(cx, t, src)?),
        None => None,
    };
    src.skip_to(start + usize::from(width))?;
    Ok(v)
}

impl<T: ComponentType> ComponentType for Option<T> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::Option(i) => T::typecheck(types.option(i).ty, types),
            _ => Err(mismatch::<Self>(ty, types)),
        }
    }
}

fn option_payload(ty: InterfaceType, types: &ComponentTypes) -> InterfaceType {
    match ty {
        InterfaceType::Option(i) => types.option(i).ty,
        _ => unreachable!("checked by typecheck"),
    }
}

impl<T: Lower> Lower for Option<T> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let p = option_payload(ty, cx.types());
        match self {
            None => lower_case_dyn(cx, ty, 0, None, out),
            Some(v) => lower_case_dyn(cx, ty, 1, Some((v, p)), out),
        }
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let p = option_payload(ty, cx.types());
        match self {
            None => store_case_dyn(cx, ty, 0, None, ptr),
            Some(v) => store_case_dyn(cx, ty, 1, Some((v, p)), ptr),
        }
    }
}

impl<T: Lift> Lift for Option<T> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let start = src.position();
        let p = option_payload(ty, cx.types());
        match lift_discriminant(src, 2)? {
            0 => lift_case::<T>(cx, ty, None, start, src),
            _ => lift_case::<T>(cx, ty, Some(p), start, src),
        }
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let p = option_payload(ty, cx.types());
        Ok(match load_discriminant(cx, ty, ptr, 2)? {
            0 => None,
            _ => {
                let off = variant_info(cx.types(), ty).payload_offset32;
                Some(T::load(cx, p, ptr + off)?)
            }
        })
    }
}

impl ComponentType for () {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::Tuple(i) if types.tuple(i).types.is_empty() => Ok(()),
            _ => Err(mismatch::<()>(ty, types)),
        }
    }
    fn typecheck_payload(ty: Option<InterfaceType>, types: &ComponentTypes) -> Result<()> {
        match ty {
            None => Ok(()),
            Some(t) => Self::typecheck(t, types),
        }
    }
}

impl Lower for () {
    fn lower(&self, _: &mut LowerContext<'_>, _: InterfaceType, _: &mut Vec<u64>) -> Result<()> {
        Ok(())
    }
    fn store(&self, _: &mut LowerContext<'_>, _: InterfaceType, _: u32) -> Result<()> {
        Ok(())
    }
}

impl Lift for () {
    fn absent() -> Result<Self> {
        Ok(())
    }
    fn lift(_: &LiftContext<'_>, _: InterfaceType, _: &mut FlatIter<'_>) -> Result<Self> {
        Ok(())
    }
    fn load(_: &LiftContext<'_>, _: InterfaceType, _: u32) -> Result<Self> {
        Ok(())
    }
}

fn result_cases(
    ty: InterfaceType,
    types: &ComponentTypes,
) -> (Option<InterfaceType>, Option<InterfaceType>) {
    match ty {
        InterfaceType::Result(i) => (types.result(i).ok, types.result(i).err),
        _ => unreachable!("checked by typecheck"),
    }
}

impl<T: ComponentType, E: ComponentType> ComponentType for Result<T, E> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::Result(i) => {
                let r = types.result(i);
                T::typecheck_payload(r.ok, types)?;
                E::typecheck_payload(r.err, types)
            }
            _ => Err(mismatch::<Self>(ty, types)),
        }
    }
}

impl<T: Lower, E: Lower> Lower for Result<T, E> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let (ok, err) = result_cases(ty, cx.types());
        match self {
            Ok(v) => lower_case_dyn(cx, ty, 0, ok.map(|t| (v as &dyn LowerDyn, t)), out),
            Err(v) => lower_case_dyn(cx, ty, 1, err.map(|t| (v as &dyn LowerDyn, t)), out),
        }
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let (ok, err) = result_cases(ty, cx.types());
        match self {
            Ok(v) => store_case_dyn(cx, ty, 0, ok.map(|t| (v as &dyn LowerDyn, t)), ptr),
            Err(v) => store_case_dyn(cx, ty, 1, err.map(|t| (v as &dyn LowerDyn, t)), ptr),
        }
    }
}

/// A payload that may be absent from the type (only `()` stands for none).
fn payload_or_unit<P: Lift>(v: Option<P>, _: &LiftContext<'_>) -> Result<P> {
    match v {
        Some(v) => Ok(v),
        None => P::absent(),
    }
}

impl<T: Lift, E: Lift> Lift for Result<T, E> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let start = src.position();
        let (ok, err) = result_cases(ty, cx.types());
        Ok(match lift_discriminant(src, 2)? {
            0 => Ok(payload_or_unit(
                lift_case::<T>(cx, ty, ok, start, src)?,
                cx,
            )?),
            _ => Err(payload_or_unit(
                lift_case::<E>(cx, ty, err, start, src)?,
                cx,
            )?),
        })
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let (ok, err) = result_cases(ty, cx.types());
        let off = variant_info(cx.types(), ty).payload_offset32;
        let load = |t: Option<InterfaceType>| t.map(|t| (t, ptr + off));
        Ok(match load_discriminant(cx, ty, ptr, 2)? {
            0 => Ok(match load(ok) {
                Some((t, p)) => T::load(cx, t, p)?,
                None => payload_or_unit(None, cx)?,
            }),
            _ => Err(match load(err) {
                Some((t, p)) => E::load(cx, t, p)?,
                None => payload_or_unit(None, cx)?,
            }),
        })
    }
}

// Tuples.

fn tuple_types(ty: InterfaceType, types: &ComponentTypes) -> Option<&[InterfaceType]> {
    match ty {
        InterfaceType::Tuple(i) => Some(&types.tuple(i).types),
        _ => None,
    }
}

/// Where each field of a record or tuple stored at `ptr` starts.
pub(crate) fn field_offsets(
    types: &ComponentTypes,
    tys: &[InterfaceType],
    ptr: u32,
) -> Result<Vec<u32>> {
    let mut fields_at = FieldCursor::new(ptr);
    tys.iter()
        .map(|t| {
            let abi = types.abi(*t);
            fields_at.next(abi.size32, abi.align32)
        })
        .collect()
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),+);)*) => {$(
        impl<$($t: ComponentType),+> ComponentType for ($($t,)+) {
            fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
                let n = [$($i),+].len();
                match tuple_types(ty, types) {
                    Some(tys) if tys.len() == n => {
                        $($t::typecheck(tys[$i], types)?;)+
                        Ok(())
                    }
                    _ => Err(mismatch::<Self>(ty, types)),
                }
            }
        }

        impl<$($t: Lower),+> Lower for ($($t,)+) {
            fn lower(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, out: &mut Vec<u64>) -> Result<()> {
                Self::typecheck(ty, cx.types())?;
                let tys: Vec<InterfaceType> = tuple_types(ty, cx.types()).unwrap_or_default().to_vec();
                $(self.$i.lower(cx, tys[$i], out)?;)+
                Ok(())
            }
            fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
                Self::typecheck(ty, cx.types())?;
                let tys: Vec<InterfaceType> = tuple_types(ty, cx.types()).unwrap_or_default().to_vec();
                let offs = field_offsets(cx.types(), &tys, ptr)?;
                $(self.$i.store(cx, tys[$i], offs[$i])?;)+
                Ok(())
            }
        }

        impl<$($t: Lift),+> Lift for ($($t,)+) {
            fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
                Self::typecheck(ty, cx.types())?;
                let tys = tuple_types(ty, cx.types()).unwrap_or_default();
                Ok(($($t::lift(cx, tys[$i], src)?,)+))
            }
            fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
                Self::typecheck(ty, cx.types())?;
                let tys = tuple_types(ty, cx.types()).unwrap_or_default();
                let offs = field_offsets(cx.types(), tys, ptr)?;
                Ok(($($t::load(cx, tys[$i], offs[$i])?,)+))
            }
        }

        impl<$($t: ComponentType),+> ComponentNamedList for ($($t,)+) {
            fn typecheck_list(tys: &[InterfaceType], types: &ComponentTypes) -> Result<()> {
                let n = [$($i),+].len();
                if tys.len() != n {
                    bail!("expected {} values, found a list of {n}", tys.len());
                }
                $($t::typecheck(tys[$i], types)?;)+
                Ok(())
            }
        }
    )*};
}

/// Instantiates `tuples!` for every prefix of its list: one impl per arity.
macro_rules! tuples_up_to {
    ($($t:ident $i:tt),+) => {
        tuples_up_to!(@ [] $($t $i),+);
    };
    (@ [$($done:ident $di:tt),*] $t:ident $i:tt $(, $rest:ident $ri:tt)*) => {
        tuples! { ($($done $di,)* $t $i); }
        tuples_up_to!(@ [$($done $di,)* $t $i] $($rest $ri),*);
    };
    (@ [$($done:ident $di:tt),*]) => {};
}

// Rust tuples of up to 32 fields stand for WIT tuples and parameter lists; generated
// bindings use a tuple struct with `#[component(tuple)]` past that.
tuples_up_to! {
    T0 0, T1 1, T2 2, T3 3, T4 4, T5 5, T6 6, T7 7, T8 8, T9 9, T10 10, T11 11, T12 12,
    T13 13, T14 14, T15 15, T16 16, T17 17, T18 18, T19 19, T20 20, T21 21, T22 22, T23 23,
    T24 24, T25 25, T26 26, T27 27, T28 28, T29 29, T30 30, T31 31
}

/// Checks a tuple type against the field checks of a tuple struct.
pub fn typecheck_tuple<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    fields: &[TypeCheckFn],
) -> Result<()> {
    match tuple_types(ty, types) {
        Some(tys) if tys.len() == fields.len() => {
            for (t, check) in tys.iter().zip(fields) {
                check(*t, types)?;
            }
            Ok(())
        }
        _ => Err(mismatch::<R>(ty, types)),
    }
}

/// Checks a parameter or result list against the field checks of a tuple struct.
pub fn typecheck_tuple_list(
    tys: &[InterfaceType],
    types: &ComponentTypes,
    fields: &[TypeCheckFn],
) -> Result<()> {
    if tys.len() != fields.len() {
        bail!(
            "expected {} values, found a list of {}",
            tys.len(),
            fields.len()
        );
    }
    for (t, check) in tys.iter().zip(fields) {
        check(*t, types)?;
    }
    Ok(())
}

/// The field types of a tuple type.
pub fn tuple_fields(ty: InterfaceType, types: &ComponentTypes) -> Result<Vec<InterfaceType>> {
    match tuple_types(ty, types) {
        Some(tys) => Ok(tys.to_vec()),
        None => bail!("expected a tuple type"),
    }
}

/// Where the fields of a tuple stored at `ptr` start.
pub fn tuple_offsets(ty: InterfaceType, types: &ComponentTypes, ptr: u32) -> Result<Vec<u32>> {
    field_offsets(types, &tuple_fields(ty, types)?, ptr)
}

/// A tuple of Rust values standing for a function's parameters or results.
pub trait ComponentNamedList: ComponentType {
    /// Checks the list against the parameter or result types.
    #[doc(hidden)]
    fn typecheck_list(tys: &[InterfaceType], types: &ComponentTypes) -> Result<()>;
}

impl ComponentNamedList for () {
    fn typecheck_list(tys: &[InterfaceType], _: &ComponentTypes) -> Result<()> {
        if !tys.is_empty() {
            bail!("expected {} values, found an empty list", tys.len());
        }
        Ok(())
    }
}

// Resource handles.

fn resource_check<R: ?Sized>(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
    match ty {
        InterfaceType::Own(_) | InterfaceType::Borrow(_) => Ok(()),
        _ => Err(mismatch::<R>(ty, types)),
    }
}

impl ComponentType for ResourceAny {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        resource_check::<Self>(ty, types)
    }
}

fn lower_handle(cx: &LowerContext<'_>, ty: InterfaceType, r: &ResourceAny) -> Result<u32> {
    match ty {
        InterfaceType::Own(t) => cx.opts.resources()?.lower_own(t, r),
        InterfaceType::Borrow(t) => cx.opts.resources()?.lower_borrow(t, r),
        _ => Err(mismatch::<ResourceAny>(ty, cx.types())),
    }
}

fn lift_handle(cx: &LiftContext<'_>, ty: InterfaceType, i: u32) -> Result<ResourceAny> {
    match ty {
        InterfaceType::Own(t) => cx.opts.resources()?.lift_own(t, i),
        InterfaceType::Borrow(t) => cx.opts.resources()?.lift_borrow(t, i),
        _ => Err(mismatch::<ResourceAny>(ty, cx.types())),
    }
}

impl Lower for ResourceAny {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        out.push(u64::from(lower_handle(cx, ty, self)?));
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        let i = lower_handle(cx, ty, self)?;
        store_int(cx.mem, ptr, 4, u64::from(i))
    }
}

impl Lift for ResourceAny {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        lift_handle(cx, ty, src.next32()?)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        lift_handle(cx, ty, load_int(cx.memory()?, ptr, 4)? as u32)
    }
}

impl<U: 'static> ComponentType for Resource<U> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        resource_check::<Self>(ty, types)
    }
}

fn host_handle<U: 'static>(r: &Resource<U>) -> ResourceAny {
    ResourceAny {
        ty: super::resources::ResourceType::host::<U>(),
        rep: r.rep(),
        own: r.owned(),
    }
}

impl<U: 'static> Lower for Resource<U> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        host_handle(self).lower(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        host_handle(self).store(cx, ty, ptr)
    }
}

impl<U: 'static> Lift for Resource<U> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        ResourceAny::lift(cx, ty, src)?.try_into_resource()
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        ResourceAny::load(cx, ty, ptr)?.try_into_resource()
    }
}

// Dynamic values stand for any type.

impl ComponentType for Val {
    fn typecheck(_: InterfaceType, _: &ComponentTypes) -> Result<()> {
        Ok(())
    }
}

impl Lower for Val {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        super::lower::lower_flat(cx.opts, cx.mem, ty, self, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        super::lower::store(cx.opts, cx.mem, ty, self, ptr)
    }
}

impl Lift for Val {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        super::lift::lift_flat(cx.opts, cx.memory, ty, src)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        super::lift::load(cx.opts, cx.memory()?, ty, ptr)
    }
}

// Helpers for derived implementations (records, variants, enums), named through
// `wicker::component::__internal`.

/// A type check of one field or payload type.
pub type TypeCheckFn = fn(InterfaceType, &ComponentTypes) -> Result<()>;

fn type_error<R: ?Sized>(ty: InterfaceType, types: &ComponentTypes, why: String) -> anyhow::Error {
    anyhow::anyhow!(
        "type mismatch: expected `{}`, found Rust type `{}`: {why}",
        type_name(types, ty),
        std::any::type_name::<R>()
    )
}

/// Checks a record type: field names in order and each field's type.
pub fn typecheck_record<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    fields: &[(&str, TypeCheckFn)],
) -> Result<()> {
    let InterfaceType::Record(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let record = types.record(i);
    if record.fields.len() != fields.len() {
        let why = format!("{} fields, not {}", record.fields.len(), fields.len());
        return Err(type_error::<R>(ty, types, why));
    }
    for (f, (name, check)) in record.fields.iter().zip(fields) {
        if f.name != *name {
            let why = format!("field `{}` where the Rust type has `{name}`", f.name);
            return Err(type_error::<R>(ty, types, why));
        }
        check(f.ty, types)?;
    }
    Ok(())
}

/// Checks a variant type: case names in order, and each payload's presence and type.
pub fn typecheck_variant<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    cases: &[(&str, Option<TypeCheckFn>)],
) -> Result<()> {
    let InterfaceType::Variant(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let variant = types.variant(i);
    if variant.cases.len() != cases.len() {
        let why = format!("{} cases, not {}", variant.cases.len(), cases.len());
        return Err(type_error::<R>(ty, types, why));
    }
    for (c, (name, check)) in variant.cases.iter().zip(cases) {
        if c.name != *name {
            let why = format!("case `{}` where the Rust type has `{name}`", c.name);
            return Err(type_error::<R>(ty, types, why));
        }
        match (c.ty, check) {
            (Some(t), Some(check)) => check(t, types)?,
            (None, None) => {}
            _ => {
                let why = format!("case `{name}` differs in having a payload");
                return Err(type_error::<R>(ty, types, why));
            }
        }
    }
    Ok(())
}

/// Checks an enum type: its case names in order.
pub fn typecheck_enum<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    names: &[&str],
) -> Result<()> {
    let InterfaceType::Enum(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let have = &types.enum_(i).names;
    if have.len() != names.len() || have.iter().zip(names).any(|(a, b)| a != b) {
        let why = format!("cases {:?}, not {names:?}", have);
        return Err(type_error::<R>(ty, types, why));
    }
    Ok(())
}

/// The field types of a record type.
pub fn record_fields(ty: InterfaceType, types: &ComponentTypes) -> Result<Vec<InterfaceType>> {
    match ty {
        InterfaceType::Record(i) => Ok(types.record(i).fields.iter().map(|f| f.ty).collect()),
        _ => bail!("expected a record type"),
    }
}

/// Where the fields of a record stored at `ptr` start.
pub fn record_offsets(ty: InterfaceType, types: &ComponentTypes, ptr: u32) -> Result<Vec<u32>> {
    field_offsets(types, &record_fields(ty, types)?, ptr)
}

/// The payload type of case `index` of a variant-like type.
fn case_type(ty: InterfaceType, types: &ComponentTypes, index: u32) -> Option<InterfaceType> {
    match ty {
        InterfaceType::Variant(i) => types.variant(i).cases.get(index as usize)?.ty,
        _ => None,
    }
}

fn case_count(ty: InterfaceType, types: &ComponentTypes) -> u32 {
    match ty {
        InterfaceType::Variant(i) => types.variant(i).cases.len() as u32,
        InterfaceType::Enum(i) => types.enum_(i).names.len() as u32,
        _ => 0,
    }
}

/// A payload lowering: `(cx, payload type, out)`.
pub type LowerPayload<'a> =
    &'a dyn Fn(&mut LowerContext<'_>, InterfaceType, &mut Vec<u64>) -> Result<()>;
/// A payload store: `(cx, payload type, ptr)`.
pub type StorePayload<'a> = &'a dyn Fn(&mut LowerContext<'_>, InterfaceType, u32) -> Result<()>;

struct Payload<'a>(LowerPayload<'a>, StorePayload<'a>);

impl ComponentType for Payload<'_> {
    fn typecheck(_: InterfaceType, _: &ComponentTypes) -> Result<()> {
        Ok(())
    }
}

impl Lower for Payload<'_> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        (self.0)(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        (self.1)(cx, ty, ptr)
    }
}

fn no_lower(_: &mut LowerContext<'_>, _: InterfaceType, _: &mut Vec<u64>) -> Result<()> {
    Ok(())
}

fn no_store(_: &mut LowerContext<'_>, _: InterfaceType, _: u32) -> Result<()> {
    Ok(())
}

/// Lowers case `index` of a variant or enum flat, with its payload lowered by `lower`.
pub fn lower_case(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    lower: Option<LowerPayload<'_>>,
    out: &mut Vec<u64>,
) -> Result<()> {
    let payload_ty = case_type(ty, cx.types(), index);
    let p = Payload(lower.unwrap_or(&no_lower), &no_store);
    self::lower_case_dyn(
        cx,
        ty,
        index,
        payload_ty.map(|t| (&p as &dyn LowerDyn, t)),
        out,
    )
}

/// Stores case `index` of a variant or enum at `ptr`, with its payload stored by `store`.
pub fn store_case(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    store: Option<StorePayload<'_>>,
    ptr: u32,
) -> Result<()> {
    let payload_ty = case_type(ty, cx.types(), index);
    let p = Payload(&no_lower, store.unwrap_or(&no_store));
    self::store_case_dyn(
        cx,
        ty,
        index,
        payload_ty.map(|t| (&p as &dyn LowerDyn, t)),
        ptr,
    )
}

/// Reads the discriminant of a variant or enum from flat values: the case index, its
/// payload type, and where the variant's values started (for [`finish_case`]).
pub fn lift_case_index(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    src: &mut FlatIter<'_>,
) -> Result<(u32, Option<InterfaceType>, usize)> {
    let start = src.position();
    let index = lift_discriminant(src, case_count(ty, cx.types()))?;
    Ok((index, case_type(ty, cx.types(), index), start))
}

/// Skips the unused flat values of a variant whose payload has been lifted.
pub fn finish_case(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    start: usize,
    src: &mut FlatIter<'_>,
) -> Result<()> {
    let width = cx
        .types()
        .abi(ty)
        .flat_count
        .ok_or_else(|| anyhow::anyhow!("type too large to lift flat"))?;
    src.skip_to(start + usize::from(width))
}

/// Reads the discriminant of a variant or enum stored at `ptr`: the case index, its payload
/// type, and the payload's address.
pub fn load_case_index(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    ptr: u32,
) -> Result<(u32, Option<InterfaceType>, u32)> {
    let index = load_discriminant(cx, ty, ptr, case_count(ty, cx.types()))?;
    let offset = variant_info(cx.types(), ty).payload_offset32;
    Ok((index, case_type(ty, cx.types(), index), ptr + offset))
}

impl LowerContext<'_> {
    /// The component's types.
    pub fn component_types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

impl LiftContext<'_> {
    /// The component's types.
    pub fn component_types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

/// Checks a flags type: its flag names in order.
pub fn typecheck_flags<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    names: &[&str],
) -> Result<()> {
    let InterfaceType::Flags(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let have = &types.flags(i).names;
    if have.len() != names.len() || have.iter().zip(names).any(|(a, b)| a != b) {
        let why = format!("flags {have:?}, not {names:?}");
        return Err(type_error::<R>(ty, types, why));
    }
    Ok(())
}

/// Lowers the bits of a flags value flat.
pub fn lower_flags(bits: u32, out: &mut Vec<u64>) -> Result<()> {
    out.push(u64::from(bits));
    Ok(())
}

/// Stores the bits of a flags value at `ptr`, in the type's size.
pub fn store_flags(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    bits: u32,
    ptr: u32,
) -> Result<()> {
    let size = cx.types().abi(ty).size32;
    store_int(cx.mem, ptr, size, u64::from(bits))
}

/// Lifts the bits of a flags value from flat values.
pub fn lift_flags(src: &mut FlatIter<'_>) -> Result<u32> {
    src.next32()
}

/// Loads the bits of a flags value stored at `ptr`.
pub fn load_flags(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<u32> {
    let size = cx.types().abi(ty).size32;
    Ok(load_int(cx.memory()?, ptr, size)? as u32)
}

/// An interface type, as the dynamic API describes a function's parameters and result.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum Type {
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    Float32,
    Float64,
    Char,
    String,
    ErrorContext,
    List(Box<Type>),
    /// `list<T, N>`.
    FixedList(Box<Type>, u32),
    /// Field names and types.
    Record(Vec<(String, Type)>),
    Tuple(Vec<Type>),
    /// Case names and payload types.
    Variant(Vec<(String, Option<Type>)>),
    Enum(Vec<String>),
    Option(Box<Type>),
    Result(Option<Box<Type>>, Option<Box<Type>>),
    Flags(Vec<String>),
    Own,
    Borrow,
}

impl Type {
    pub(crate) fn from_interface(types: &ComponentTypes, ty: InterfaceType) -> Type {
        use InterfaceType as T;
        let conv = |t: InterfaceType| Type::from_interface(types, t);
        let boxed = |t: Option<InterfaceType>| t.map(|t| Box::new(conv(t)));
        match ty {
            T::Bool => Type::Bool,
            T::S8 => Type::S8,
            T::U8 => Type::U8,
            T::S16 => Type::S16,
            T::U16 => Type::U16,
            T::S32 => Type::S32,
            T::U32 => Type::U32,
            T::S64 => Type::S64,
            T::U64 => Type::U64,
            T::Float32 => Type::Float32,
            T::Float64 => Type::Float64,
            T::Char => Type::Char,
            T::String => Type::String,
            T::ErrorContext => Type::ErrorContext,
            T::List(i) => Type::List(Box::new(conv(types.list(i).element))),
            T::FixedList(i) => {
                let l = types.fixed_list(i);
                Type::FixedList(Box::new(conv(l.element)), l.len)
            }
            T::Record(i) => Type::Record(
                types
                    .record(i)
                    .fields
                    .iter()
                    .map(|f| (f.name.clone(), conv(f.ty)))
                    .collect(),
            ),
            T::Tuple(i) => Type::Tuple(types.tuple(i).types.iter().map(|t| conv(*t)).collect()),
            T::Variant(i) => Type::Variant(
                types
                    .variant(i)
                    .cases
                    .iter()
                    .map(|c| (c.name.clone(), c.ty.map(conv)))
                    .collect(),
            ),
            T::Enum(i) => Type::Enum(types.enum_(i).names.to_vec()),
            T::Option(i) => Type::Option(Box::new(conv(types.option(i).ty))),
            T::Result(i) => {
                let r = types.result(i);
                Type::Result(boxed(r.ok), boxed(r.err))
            }
            T::Flags(i) => Type::Flags(types.flags(i).names.to_vec()),
            T::Own(_) => Type::Own,
            T::Borrow(_) => Type::Borrow,
        }
    }
}
