//! Linear memories: a fixed reservation that never moves, made accessible as it grows.

use super::mmap::Mmap;
use super::vmcontext::VMMemoryDefinition;
use anyhow::{Result, bail};
use wicker_environ::{WASM_PAGE_SIZE, WASM32_MAX_PAGES};

/// Bytes reserved after a 32-bit memory's 4 GiB when guard pages replace bounds checks: any
/// 32-bit index plus any 32-bit offset plus an access's size lands inside the reservation.
const GUARD_RESERVATION: usize = (8 << 30) + (64 << 10);

/// A linear memory.
#[derive(Debug)]
pub struct Memory {
    mmap: Mmap,
    def: Box<VMMemoryDefinition>,
    max_pages: u64,
}

// SAFETY: the definition's pointer points into `mmap`, owned by this value.
unsafe impl Send for Memory {}
// SAFETY: shared references only read.
unsafe impl Sync for Memory {}

impl Memory {
    /// Creates a memory of `min` pages that may grow to `max` pages.
    pub fn new(min: u64, max: Option<u64>, guard_pages: bool) -> Result<Memory> {
        let max_pages = max.unwrap_or(WASM32_MAX_PAGES).min(WASM32_MAX_PAGES);
        if min > max_pages {
            bail!("memory minimum size of {min} pages exceeds memory limits");
        }
        let reserve = if guard_pages {
            GUARD_RESERVATION
        } else {
            (max_pages * WASM_PAGE_SIZE) as usize
        };
        let mut mmap = Mmap::reserve(reserve)?;
        let len = (min * WASM_PAGE_SIZE) as usize;
        mmap.make_accessible(0, len)?;
        let def = Box::new(VMMemoryDefinition {
            base: mmap.as_ptr(),
            current_length: len as u64,
        });
        Ok(Memory {
            mmap,
            def,
            max_pages,
        })
    }

    /// Current size in pages.
    pub fn pages(&self) -> u64 {
        self.def.current_length / WASM_PAGE_SIZE
    }

    /// The largest size in pages this memory may reach.
    pub fn max_pages(&self) -> u64 {
        self.max_pages
    }

    /// Grows by `delta` pages; returns the old size, or `None` when it cannot grow.
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.pages();
        let new = old.checked_add(delta)?;
        if new > self.max_pages {
            return None;
        }
        let start = (old * WASM_PAGE_SIZE) as usize;
        let len = (delta * WASM_PAGE_SIZE) as usize;
        self.mmap.make_accessible(start, len).ok()?;
        self.def.current_length = new * WASM_PAGE_SIZE;
        Some(old)
    }

    /// The definition compiled code reads.
    pub fn definition(&mut self) -> *mut VMMemoryDefinition {
        &mut *self.def
    }

    /// The accessible bytes.
    pub fn data(&self) -> &[u8] {
        self.mmap.slice(self.def.current_length as usize)
    }

    /// The accessible bytes, mutably.
    pub fn data_mut(&mut self) -> &mut [u8] {
        self.mmap.slice_mut(self.def.current_length as usize)
    }
}
