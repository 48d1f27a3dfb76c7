//! The traits Rust types implement to stand for component values, and the contexts
//! their methods lift from and lower into.

use crate::component::lift::{FlatIter, list_range};
use crate::component::lower::realloc;
use crate::component::memory::{GuestMemory, Options};
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

    pub(crate) fn types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

impl LowerContext<'_> {
    pub(crate) fn types(&self) -> &ComponentTypes {
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

pub(crate) fn list_byte_len(len: usize, size: u32) -> Result<u32> {
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
