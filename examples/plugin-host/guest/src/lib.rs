//! A cache plugin: an LRU cache (a guest-defined resource) in front of the host's storage
//! (a host-provided capability).
//!
//! The plugin is `no_std`, so that it imports nothing but its world: a bump allocator and
//! a panic handler stand in for the standard library's.

#![no_std]

extern crate alloc;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

wit_bindgen::generate!({
    world: "plugin",
    path: "../../../wit/plugin/plugin.wit",
});

use example::kv::storage;
use exports::example::kv::cache::{Guest, GuestLru, Stats};

struct Plugin;

struct Lru {
    capacity: usize,
    /// Entries, most recently used last.
    entries: RefCell<Vec<(String, Vec<u8>)>>,
    stats: RefCell<Stats>,
}

impl Lru {
    fn touch(&self, key: &str, value: Vec<u8>) {
        let mut entries = self.entries.borrow_mut();
        entries.retain(|(k, _)| k != key);
        entries.push((key.into(), value));
        if entries.len() > self.capacity {
            let (old, _) = entries.remove(0);
            self.stats.borrow_mut().evictions += 1;
            log(&format!("evicted `{old}`"));
        }
    }
}

impl GuestLru for Lru {
    fn new(capacity: u32) -> Lru {
        log(&format!("new cache of {capacity} entries"));
        Lru {
            capacity: capacity.max(1) as usize,
            entries: RefCell::new(Vec::new()),
            stats: RefCell::new(Stats {
                hits: 0,
                misses: 0,
                evictions: 0,
            }),
        }
    }

    fn get(&self, key: String) -> Option<Vec<u8>> {
        let cached = {
            let entries = self.entries.borrow();
            entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
        };
        match cached {
            Some(v) => {
                self.stats.borrow_mut().hits += 1;
                self.touch(&key, v.clone());
                Some(v)
            }
            None => {
                self.stats.borrow_mut().misses += 1;
                let v = storage::get(&key)?;
                self.touch(&key, v.clone());
                Some(v)
            }
        }
    }

    fn put(&self, key: String, value: Vec<u8>) {
        storage::set(&key, &value);
        self.touch(&key, value);
    }

    fn stats(&self) -> Stats {
        *self.stats.borrow()
    }
}

impl Guest for Plugin {
    type Lru = Lru;
}

export!(Plugin);

// A bump allocator over linear memory that never frees, and a panic handler.
mod runtime {
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    struct Bump(UnsafeCell<usize>, UnsafeCell<usize>);

    // SAFETY: the plugin is single-threaded.
    unsafe impl Sync for Bump {}

    unsafe impl GlobalAlloc for Bump {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: single-threaded access to the cursor.
            let (next, end) = unsafe { (&mut *self.0.get(), &mut *self.1.get()) };
            let start = (*next + layout.align() - 1) & !(layout.align() - 1);
            let stop = start + layout.size();
            if stop > *end {
                let pages = (stop - *end).div_ceil(65536).max(16);
                let old = core::arch::wasm32::memory_grow(0, pages);
                if old == usize::MAX {
                    return core::ptr::null_mut();
                }
                if *end != old * 65536 {
                    *next = old * 65536;
                    *end = (old + pages) * 65536;
                    // SAFETY: retried with a cursor inside the new pages.
                    return unsafe { self.alloc(layout) };
                }
                *end = (old + pages) * 65536;
            }
            *next = stop;
            start as *mut u8
        }

        unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
    }

    #[global_allocator]
    static ALLOC: Bump = Bump(UnsafeCell::new(0), UnsafeCell::new(0));

    /// What the Canonical ABI calls to place values in the plugin's memory.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
        use alloc::alloc::{alloc, realloc};
        if new_size == 0 {
            return align as *mut u8;
        }
        // SAFETY: the layouts come from the Canonical ABI, valid by construction.
        unsafe {
            if old_size == 0 {
                alloc(Layout::from_size_align_unchecked(new_size, align))
            } else {
                realloc(old, Layout::from_size_align_unchecked(old_size, align), new_size)
            }
        }
    }

    /// Byte comparison, which the compiler calls for slice equality and which a
    /// `no_std` plugin must provide itself.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
        for i in 0..n {
            // SAFETY: the caller passes `n` readable bytes at each pointer.
            let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
            if x != y {
                return i32::from(x) - i32::from(y);
            }
        }
        0
    }

    /// Equality-only byte comparison.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
        // SAFETY: as for `memcmp`.
        unsafe { memcmp(a, b, n) }
    }

    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
        core::arch::wasm32::unreachable()
    }
}
