//! Linear memories: a fixed reservation that never moves, made accessible as it grows.

use super::mmap::{Mmap, page_size};
use super::registry::RangeMap;
use super::vmcontext::VMMemoryDefinition;
use anyhow::{Result, bail};
use std::sync::Mutex;
use wicker_environ::WASM_PAGE_SIZE_LOG2;

/// Bytes reserved after a 32-bit memory's 4 GiB when guard pages replace bounds checks: any
/// 32-bit index plus any 32-bit offset plus an access's size lands inside the reservation.
const GUARD_RESERVATION: usize = (8 << 30) + (64 << 10);

/// Reservations of released guard-page memories, kept for reuse: unmapping an 8 GiB
/// reservation costs more than the rest of an instantiation, and releasing its pages with
/// `madvise` returns it to the state of a fresh one.
///
/// Each entry keeps the length of its accessible prefix: that prefix stays readable and
/// writable (zeroed), so a memory of the same size reuses it without changing protections.
static POOL: Mutex<Vec<(Reservation, usize)>> = Mutex::new(Vec::new());

/// The reservations of every linear memory (pooled ones included): a fault inside one at a
/// heap trap site of wasm code is an out-of-bounds access; anywhere else it is not a trap.
static RESERVATIONS: RangeMap<()> = RangeMap::new();

/// Whether `addr` is inside a linear memory's reservation; async-signal-safe.
pub fn in_reservation(addr: usize) -> bool {
    RESERVATIONS.contains(addr)
}

/// A memory's reservation, registered in [`RESERVATIONS`] while it exists.
#[derive(Debug)]
struct Reservation(Mmap);

impl Reservation {
    fn new(len: usize) -> Result<Reservation> {
        let mmap = Mmap::reserve(len)?;
        RESERVATIONS.insert(mmap.as_ptr() as usize, mmap.len(), ());
        Ok(Reservation(mmap))
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        // Unregistered before the mapping goes (`Mmap`'s drop runs after this).
        RESERVATIONS.remove(self.0.as_ptr() as usize);
    }
}

impl std::ops::Deref for Reservation {
    type Target = Mmap;
    fn deref(&self) -> &Mmap {
        &self.0
    }
}

impl std::ops::DerefMut for Reservation {
    fn deref_mut(&mut self) -> &mut Mmap {
        &mut self.0
    }
}

/// The address space a 64-bit memory reserves, and so the most it may grow to: 64 GiB,
/// reserved but not committed (pages cost memory only once touched).
pub const MEMORY64_RESERVATION: u64 = 64 << 30;

/// How many released reservations the pool keeps.
const POOL_CAPACITY: usize = 64;

/// A linear memory.
#[derive(Debug)]
pub struct Memory {
    mmap: Option<Reservation>,
    def: Box<VMMemoryDefinition>,
    max_pages: u64,
    page_size_log2: u8,
    /// How many bytes from the start are mapped readable and writable: the length
    /// rounded up to whole host pages (the bytes past the length stay zero: neither wasm
    /// nor the host can reach them).
    accessible: usize,
    guard_pages: bool,
}

// SAFETY: the definition's pointer points into `mmap`, owned by this value.
unsafe impl Send for Memory {}
// SAFETY: shared references only read.
unsafe impl Sync for Memory {}

/// `len` rounded up to whole host pages.
fn host_pages(len: usize) -> usize {
    len.next_multiple_of(page_size())
}

impl Memory {
    /// Creates a memory of `min` pages of `1 << page_size_log2` bytes that may grow to `max`
    /// pages, or as many as its address space holds: 4 GiB for a 32-bit memory,
    /// [`MEMORY64_RESERVATION`] for a 64-bit one. `guard_pages` reserves the address
    /// space past the memory so that an access beyond its end faults; it is honoured only
    /// for 32-bit memories of 64 KiB pages, which always end on a host page (code checks
    /// the bounds of the others explicitly).
    pub fn new(
        min: u64,
        max: Option<u64>,
        page_size_log2: u8,
        memory64: bool,
        guard_pages: bool,
    ) -> Result<Memory> {
        if page_size_log2 > WASM_PAGE_SIZE_LOG2 {
            bail!("page size 2^{page_size_log2} is not supported");
        }
        let guard_pages = guard_pages && page_size_log2 == WASM_PAGE_SIZE_LOG2 && !memory64;
        let space = if memory64 {
            MEMORY64_RESERVATION
        } else {
            1u64 << 32
        };
        let fit = space >> page_size_log2;
        let max_pages = max.unwrap_or(fit).min(fit);
        if min > max_pages {
            bail!("memory minimum size of {min} pages exceeds memory limits");
        }
        let pooled = if guard_pages {
            POOL.lock().unwrap_or_else(|e| e.into_inner()).pop()
        } else {
            None
        };
        let len = (min << page_size_log2) as usize;
        let accessible = host_pages(len);
        let mmap = match pooled {
            Some((mut m, was_accessible)) => {
                // Make exactly `[0, accessible)` accessible, as in a fresh reservation.
                if was_accessible > accessible {
                    m.protect_none(accessible, was_accessible - accessible)?;
                } else {
                    m.make_accessible(was_accessible, accessible - was_accessible)?;
                }
                m
            }
            None => {
                let size = if guard_pages {
                    GUARD_RESERVATION
                } else {
                    host_pages((max_pages << page_size_log2) as usize)
                };
                let mut m = Reservation::new(size)?;
                m.make_accessible(0, accessible)?;
                m
            }
        };
        let def = Box::new(VMMemoryDefinition {
            base: mmap.as_ptr(),
            current_length: len as u64,
        });
        Ok(Memory {
            mmap: Some(mmap),
            def,
            max_pages,
            page_size_log2,
            accessible,
            guard_pages,
        })
    }

    /// Current size in pages.
    pub fn pages(&self) -> u64 {
        self.def.current_length >> self.page_size_log2
    }

    /// The largest size in pages this memory may reach.
    pub fn max_pages(&self) -> u64 {
        self.max_pages
    }

    /// The base-2 logarithm of the page size in bytes.
    pub fn page_size_log2(&self) -> u8 {
        self.page_size_log2
    }

    /// Grows by `delta` pages; returns the old size, or `None` when it cannot grow.
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.pages();
        let new = old.checked_add(delta)?;
        if new > self.max_pages {
            return None;
        }
        let new_len = (new << self.page_size_log2) as usize;
        let accessible = host_pages(new_len);
        if accessible > self.accessible {
            self.mmap
                .as_mut()?
                .make_accessible(self.accessible, accessible - self.accessible)
                .ok()?;
            self.accessible = accessible;
        }
        self.def.current_length = new_len as u64;
        Some(old)
    }

    /// The definition compiled code reads.
    pub fn definition(&mut self) -> *mut VMMemoryDefinition {
        &mut *self.def
    }

    /// The accessible bytes.
    pub fn data(&self) -> &[u8] {
        match &self.mmap {
            Some(m) => m.slice(self.def.current_length as usize),
            None => &[],
        }
    }

    /// The accessible bytes, mutably.
    pub fn data_mut(&mut self) -> &mut [u8] {
        match &mut self.mmap {
            Some(m) => m.slice_mut(self.def.current_length as usize),
            None => &mut [],
        }
    }
}

impl Drop for Memory {
    fn drop(&mut self) {
        let Some(mut mmap) = self.mmap.take() else {
            return;
        };
        let accessible = self.accessible;
        if !self.guard_pages || mmap.zero(0, accessible).is_err() {
            return;
        }
        let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
        if pool.len() < POOL_CAPACITY {
            pool.push((mmap, accessible));
        }
    }
}
