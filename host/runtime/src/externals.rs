//! Memories, tables, globals, and the `Extern` enum of importable items.

use crate::func::Func;
use crate::store::{AsContext, AsContextMut, GlobalData, StoreOpaque};
use crate::trap::Trap;
use crate::types::{ExternType, GlobalType, MemoryType, Mutability, TableType};
use crate::values::{Ref, Val};
use crate::vm::{self, GlobalPtr};
use anyhow::{Result, bail};

/// An item that can be imported or exported.
#[derive(Copy, Clone, Debug)]
pub enum Extern {
    /// A function.
    Func(Func),
    /// A global.
    Global(Global),
    /// A table.
    Table(Table),
    /// A memory.
    Memory(Memory),
}

impl Extern {
    /// The function, if it is one.
    pub fn into_func(self) -> Option<Func> {
        if let Extern::Func(f) = self {
            Some(f)
        } else {
            None
        }
    }
    /// The global, if it is one.
    pub fn into_global(self) -> Option<Global> {
        if let Extern::Global(g) = self {
            Some(g)
        } else {
            None
        }
    }
    /// The table, if it is one.
    pub fn into_table(self) -> Option<Table> {
        if let Extern::Table(t) = self {
            Some(t)
        } else {
            None
        }
    }
    /// The memory, if it is one.
    pub fn into_memory(self) -> Option<Memory> {
        if let Extern::Memory(m) = self {
            Some(m)
        } else {
            None
        }
    }
    /// The item's type.
    pub fn ty(&self, store: impl AsContext) -> ExternType {
        match self {
            Extern::Func(f) => ExternType::Func(f.ty(&store)),
            Extern::Global(g) => ExternType::Global(g.ty(&store)),
            Extern::Table(t) => ExternType::Table(t.ty(&store)),
            Extern::Memory(m) => ExternType::Memory(m.ty(&store)),
        }
    }
    pub(crate) fn store_id(&self) -> u64 {
        match self {
            Extern::Func(f) => f.store,
            Extern::Global(g) => g.store,
            Extern::Table(t) => t.store,
            Extern::Memory(m) => m.store,
        }
    }
}

impl From<Func> for Extern {
    fn from(f: Func) -> Extern {
        Extern::Func(f)
    }
}
impl From<Global> for Extern {
    fn from(g: Global) -> Extern {
        Extern::Global(g)
    }
}
impl From<Table> for Extern {
    fn from(t: Table) -> Extern {
        Extern::Table(t)
    }
}
impl From<Memory> for Extern {
    fn from(m: Memory) -> Extern {
        Extern::Memory(m)
    }
}

/// A linear memory.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Memory {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

impl Memory {
    /// Creates a memory in the store.
    pub fn new(mut store: impl AsContextMut, ty: MemoryType) -> Result<Memory> {
        let s = &mut store.as_context_mut().0.opaque;
        Memory::new_in(s, ty)
    }

    pub(crate) fn new_in(s: &mut StoreOpaque, ty: MemoryType) -> Result<Memory> {
        let log2 = ty.page_size_log2();
        let max = ty.to_wasm().max_pages();
        if !s.memory_growing(0, ty.minimum(), max, log2) {
            bail!(
                "memory of {} pages refused by the store's limiter",
                ty.minimum()
            );
        }
        let mem = vm::Memory::new(
            ty.minimum(),
            ty.maximum(),
            log2,
            ty.is_64(),
            !s.engine.0.config.explicit_bounds_checks,
        )?;
        s.memories.push((Box::new(mem), ty));
        Ok(Memory {
            store: s.id,
            index: s.memories.len() - 1,
        })
    }

    fn get<'a>(&self, s: &'a StoreOpaque) -> &'a vm::Memory {
        s.check(self.store)
            .expect("memory used with the wrong store");
        &s.memories[self.index].0
    }

    /// The memory's type, with its current size as minimum.
    pub fn ty(&self, store: impl AsContext) -> MemoryType {
        let s = &store.as_context().0.opaque;
        s.check(self.store)
            .expect("memory used with the wrong store");
        let (m, ty) = &s.memories[self.index];
        ty.with_minimum(m.pages())
    }

    /// The bytes of the memory.
    pub fn data<'a, T: 'a>(&self, store: impl Into<crate::store::StoreContext<'a, T>>) -> &'a [u8] {
        let s = &store.into().0.opaque;
        self.get(s).data()
    }

    /// The bytes of the memory, mutably.
    pub fn data_mut<'a, T: 'a>(
        &self,
        store: impl Into<crate::store::StoreContextMut<'a, T>>,
    ) -> &'a mut [u8] {
        let s = &mut store.into().0.opaque;
        s.check(self.store)
            .expect("memory used with the wrong store");
        s.memories[self.index].0.data_mut()
    }

    /// The bytes of the memory and the store's user data, both mutably: what a host
    /// function needs to move data between guest memory and its own state without copies.
    pub fn data_and_store_mut<'a, T: 'a>(
        &self,
        store: impl Into<crate::store::StoreContextMut<'a, T>>,
    ) -> (&'a mut [u8], &'a mut T) {
        let inner = store.into().0;
        inner
            .opaque
            .check(self.store)
            .expect("memory used with the wrong store");
        (
            inner.opaque.memories[self.index].0.data_mut(),
            &mut inner.data,
        )
    }

    /// Size in pages.
    pub fn size(&self, store: impl AsContext) -> u64 {
        self.get(&store.as_context().0.opaque).pages()
    }

    /// Size in bytes.
    pub fn data_size(&self, store: impl AsContext) -> usize {
        self.get(&store.as_context().0.opaque).data().len()
    }

    /// Grows by `delta` pages and returns the previous size.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64) -> Result<u64> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)?;
        let (cur, max, log2) = {
            let m = &s.memories[self.index].0;
            (m.pages(), m.max_pages(), m.page_size_log2())
        };
        let desired = cur.checked_add(delta).filter(|d| *d <= max);
        match desired {
            Some(d) if s.memory_growing(cur, d, max, log2) => {}
            _ => bail!("failed to grow memory by {delta} pages"),
        }
        s.memories[self.index]
            .0
            .grow(delta)
            .ok_or_else(|| anyhow::anyhow!("failed to grow memory by {delta} pages"))
    }

    /// Copies bytes out of the memory at `offset`.
    pub fn read(&self, store: impl AsContext, offset: usize, buf: &mut [u8]) -> Result<()> {
        let data = self.get(&store.as_context().0.opaque).data();
        let src = offset
            .checked_add(buf.len())
            .and_then(|end| data.get(offset..end))
            .ok_or(Trap::MemoryOutOfBounds)?;
        buf.copy_from_slice(src);
        Ok(())
    }

    /// Copies bytes into the memory at `offset`.
    pub fn write(&self, mut store: impl AsContextMut, offset: usize, buf: &[u8]) -> Result<()> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)?;
        let data = s.memories[self.index].0.data_mut();
        let dst = offset
            .checked_add(buf.len())
            .and_then(|end| data.get_mut(offset..end))
            .ok_or(Trap::MemoryOutOfBounds)?;
        dst.copy_from_slice(buf);
        Ok(())
    }
}

/// A table of references.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

impl Table {
    /// Creates a table in the store with every element set to `init`.
    pub fn new(mut store: impl AsContextMut, ty: TableType, init: Ref) -> Result<Table> {
        let s = &mut store.as_context_mut().0.opaque;
        if init.ty() != *ty.element() {
            bail!("table initial value has the wrong type");
        }
        let raw = init.to_raw(s)?;
        Table::new_in(s, ty, raw)
    }

    pub(crate) fn new_in(s: &mut StoreOpaque, ty: TableType, init: u64) -> Result<Table> {
        if !s.table_growing(0, ty.minimum()) {
            bail!(
                "table of {} elements refused by the store's limiter",
                ty.minimum()
            );
        }
        let table = vm::Table::new(ty.minimum(), ty.maximum(), init)?;
        s.tables.push((Box::new(table), ty));
        Ok(Table {
            store: s.id,
            index: s.tables.len() - 1,
        })
    }

    /// The table's type, with its current size as minimum.
    pub fn ty(&self, store: impl AsContext) -> TableType {
        let s = &store.as_context().0.opaque;
        s.check(self.store)
            .expect("table used with the wrong store");
        let (t, ty) = &s.tables[self.index];
        ty.with_minimum(t.size())
    }

    /// Number of elements.
    pub fn size(&self, store: impl AsContext) -> u64 {
        let s = &store.as_context().0.opaque;
        s.check(self.store)
            .expect("table used with the wrong store");
        s.tables[self.index].0.size()
    }

    /// The element at `index`, or `None` past the end.
    pub fn get(&self, mut store: impl AsContextMut, index: u64) -> Option<Ref> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store).ok()?;
        let (t, ty) = &s.tables[self.index];
        let raw = *t.elements().get(usize::try_from(index).ok()?)?;
        let elem = *ty.element();
        Some(Ref::from_raw(s, elem, raw))
    }

    /// Sets the element at `index`.
    pub fn set(&self, mut store: impl AsContextMut, index: u64, value: Ref) -> Result<()> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)?;
        if value.ty() != *s.tables[self.index].1.element() {
            bail!("table element has the wrong type");
        }
        let raw = value.to_raw(s)?;
        let slot = usize::try_from(index)
            .ok()
            .and_then(|index| s.tables[self.index].0.elements_mut().get_mut(index))
            .ok_or(Trap::TableOutOfBounds)?;
        *slot = raw;
        Ok(())
    }

    /// Grows by `delta` elements set to `init`; returns the previous size.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64, init: Ref) -> Result<u64> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)?;
        if init.ty() != *s.tables[self.index].1.element() {
            bail!("table element has the wrong type");
        }
        let raw = init.to_raw(s)?;
        let cur = s.tables[self.index].0.size();
        if !cur
            .checked_add(delta)
            .is_some_and(|d| s.table_growing(cur, d))
        {
            bail!("failed to grow table by {delta}");
        }
        s.tables[self.index]
            .0
            .grow(delta, raw)
            .ok_or_else(|| anyhow::anyhow!("failed to grow table by {delta}"))
    }
}

/// A global variable.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Global {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

impl Global {
    /// Creates a global in the store.
    pub fn new(mut store: impl AsContextMut, ty: GlobalType, value: Val) -> Result<Global> {
        let s = &mut store.as_context_mut().0.opaque;
        value.check_type(*ty.content())?;
        let raw = value.to_raw(s)?;
        let ptr = GlobalPtr::new_owned(s, raw);
        s.globals.push(GlobalData { ptr, ty });
        Ok(Global {
            store: s.id,
            index: s.globals.len() - 1,
        })
    }

    /// The global's type.
    pub fn ty(&self, store: impl AsContext) -> GlobalType {
        let s = &store.as_context().0.opaque;
        s.check(self.store)
            .expect("global used with the wrong store");
        s.globals[self.index].ty
    }

    /// The current value.
    pub fn get(&self, mut store: impl AsContextMut) -> Val {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)
            .expect("global used with the wrong store");
        let g = &s.globals[self.index];
        let (raw, ty) = (g.ptr.get(), *g.ty.content());
        Val::from_raw(s, raw, ty)
    }

    /// Sets the value of a mutable global.
    pub fn set(&self, mut store: impl AsContextMut, value: Val) -> Result<()> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)?;
        let ty = s.globals[self.index].ty;
        if ty.mutability() != Mutability::Var {
            bail!("immutable global cannot be set");
        }
        value.check_type(*ty.content())?;
        let raw = value.to_raw(s)?;
        s.globals[self.index].ptr.set(raw);
        Ok(())
    }
}
