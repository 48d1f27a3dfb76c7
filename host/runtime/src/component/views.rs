//! Views of strings and lists in guest memory: [`WasmStr`] and [`WasmList`] lift a value
//! as its place in the guest's memory, checked but not copied, and read it when asked.
//!
//! A view is checked when it is lifted (bounds and alignment; a string's encoding too) and
//! reads the memory again at each access, through the store, so nothing is ever read
//! outside the memory. What it reads is what the memory holds then: a view of a host
//! function's argument reads the caller's data while the host function runs; a view in an
//! export's results is read after the callee's post-return function ran, which may have
//! freed (and later calls may overwrite) what it points to.

use super::lift::{FlatIter, StrKind, decode_string, load_ptr_len, string_bytes};
use super::memory::{MAX_COPY_BYTES, Options};
use super::typed::{
    ComponentType, Lift, LiftContext, check_list, check_string, list_element, mismatch,
};
use crate::Memory;
use crate::store::StoreContext;
use anyhow::{Result, bail};
use std::borrow::Cow;
use std::marker::PhantomData;
use std::sync::Arc;
use wicker_environ::component::{ComponentTypes, InterfaceType};

use super::memory::StringEncoding;

/// A string in a guest's memory, lifted without copying it out.
///
/// ```
/// # use wicker::component::{Component, Linker, WasmStr};
/// # let engine = wicker::Engine::default();
/// # let component = Component::new(&engine, r#"(component
/// #   (core module $M (memory (export "mem") 1) (data (i32.const 16) "hello")
/// #     (func (export "f") (result i32)
/// #       (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 5))
/// #       (i32.const 0)))
/// #   (core instance $m (instantiate $M))
/// #   (func (export "greeting") (result string)
/// #     (canon lift (core func $m "f") (memory (core memory $m "mem")))))"#)?;
/// # let mut store = wicker::Store::new(&engine, ());
/// # let instance = Linker::new(&engine).instantiate(&mut store, &component)?;
/// let greeting = instance.get_typed_func::<(), (WasmStr,)>(&mut store, "greeting")?;
/// let (s,) = greeting.call(&mut store, ())?;
/// assert_eq!(s.to_str(&store)?, "hello");
/// # Ok::<(), anyhow::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct WasmStr {
    memory: Memory,
    ptr: u32,
    byte_len: u32,
    kind: StrKind,
}

impl WasmStr {
    /// The string, borrowed from the guest's memory when it is UTF-8 there, transcoded
    /// otherwise.
    pub fn to_str<'a, T: 'a>(&self, store: impl Into<StoreContext<'a, T>>) -> Result<Cow<'a, str>> {
        self.to_str_from_memory(self.memory.data(store))
    }

    /// The string read from `memory`, the bytes of the memory it was lifted from.
    pub fn to_str_from_memory<'a>(&self, memory: &'a [u8]) -> Result<Cow<'a, str>> {
        let start = self.ptr as usize;
        let Some(bytes) = memory.get(start..start + self.byte_len as usize) else {
            bail!("string content out-of-bounds: the memory does not hold the string")
        };
        decode_string(bytes, self.kind)
    }

    fn new(cx: &LiftContext<'_>, ptr: u32, tagged_code_units: u32) -> Result<WasmStr> {
        let Some((memory, _)) = cx.view else {
            bail!("a `memory` option is required for this type")
        };
        let (bytes, kind) = string_bytes(cx.opts.encoding, cx.memory()?, ptr, tagged_code_units)?;
        // Invalid text traps when the string is lifted, as it does when it is copied.
        match kind {
            StrKind::Utf8 => drop(decode_string(bytes, kind)?),
            StrKind::Utf16 => {
                let units = bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]));
                if char::decode_utf16(units).any(|c| c.is_err()) {
                    bail!("invalid utf-16 in string");
                }
            }
            StrKind::Latin1 => {}
        }
        Ok(WasmStr {
            memory,
            ptr,
            byte_len: bytes.len() as u32,
            kind,
        })
    }
}

impl ComponentType for WasmStr {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        check_string(ty, types)
    }
}

impl Lift for WasmStr {
    fn lift(cx: &LiftContext<'_>, _: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        let (ptr, len) = (src.next32()?, src.next32()?);
        WasmStr::new(cx, ptr, len)
    }
    fn load(cx: &LiftContext<'_>, _: InterfaceType, ptr: u32) -> Result<Self> {
        let memory = cx.memory()?;
        let (p, len) = load_ptr_len(memory, ptr)?;
        WasmStr::new(cx, p, len)
    }
}

/// A list in a guest's memory, lifted without copying it out: its elements are lifted
/// one at a time, when asked for.
pub struct WasmList<T> {
    memory: Memory,
    types: Arc<ComponentTypes>,
    encoding: StringEncoding,
    elem: InterfaceType,
    ptr: u32,
    len: u32,
    size: u32,
    _elem: PhantomData<fn() -> T>,
}

impl<T> Clone for WasmList<T> {
    fn clone(&self) -> Self {
        WasmList {
            memory: self.memory,
            types: self.types.clone(),
            encoding: self.encoding,
            elem: self.elem,
            ptr: self.ptr,
            len: self.len,
            size: self.size,
            _elem: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for WasmList<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasmList")
            .field("ptr", &self.ptr)
            .field("len", &self.len)
            .finish()
    }
}

impl<T: Lift> WasmList<T> {
    /// The number of elements.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether the list has no elements.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Element `index`, lifted from the memory; `None` past the end. Elements that hold
    /// resource handles cannot be lifted from a view (an error).
    pub fn get<'a, U: 'a>(
        &self,
        store: impl Into<StoreContext<'a, U>>,
        index: usize,
    ) -> Option<Result<T>> {
        self.get_from_memory(self.memory.data(store), index)
    }

    /// Every element in order, lifted from the memory as the iterator reaches them.
    pub fn iter<'a, U: 'a>(
        &'a self,
        store: impl Into<StoreContext<'a, U>>,
    ) -> impl ExactSizeIterator<Item = Result<T>> + 'a {
        let memory = self.memory.data(store);
        (0..self.len()).map(move |i| {
            self.get_from_memory(memory, i)
                .expect("the index is below the length")
        })
    }

    fn get_from_memory(&self, memory: &[u8], index: usize) -> Option<Result<T>> {
        let index = u32::try_from(index).ok().filter(|i| *i < self.len)?;
        // One element at a time: its own budget.
        let opts = Options::new(&self.types, self.encoding, None, MAX_COPY_BYTES);
        let cx = LiftContext {
            opts: &opts,
            memory: Some(memory),
            view: Some((self.memory, &self.types)),
        };
        // In bounds: the whole list was checked when it was lifted, and memories only grow.
        Some(T::load(&cx, self.elem, self.ptr + index * self.size))
    }
}

impl WasmList<u8> {
    /// The bytes of the list, borrowed from the guest's memory.
    pub fn as_le_slice<'a, U: 'a>(&self, store: impl Into<StoreContext<'a, U>>) -> &'a [u8] {
        let start = self.ptr as usize;
        &self.memory.data(store)[start..start + self.len as usize]
    }
}

impl<T: ComponentType> ComponentType for WasmList<T> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match list_element(ty, types) {
            Some(e) => T::typecheck(e, types),
            None => Err(mismatch::<Self>(ty, types)),
        }
    }
}

impl<T: Lift> WasmList<T> {
    fn new(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32, len: u32) -> Result<Self> {
        let Some((memory, types)) = cx.view else {
            bail!("a `memory` option is required for this type")
        };
        let elem = list_element(ty, types).ok_or_else(|| mismatch::<Self>(ty, types))?;
        let size = check_list(cx, elem, ptr, len)?;
        Ok(WasmList {
            memory,
            types: types.clone(),
            encoding: cx.opts.encoding,
            elem,
            ptr,
            len,
            size,
            _elem: PhantomData,
        })
    }
}

impl<T: Lift> Lift for WasmList<T> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        let (ptr, len) = (src.next32()?, src.next32()?);
        WasmList::new(cx, ty, ptr, len)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        let memory = cx.memory()?;
        let (p, len) = load_ptr_len(memory, ptr)?;
        WasmList::new(cx, ty, p, len)
    }
}
