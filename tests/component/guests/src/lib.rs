//! A guest component: relays values through the host and back, and implements a resource.

#![no_std]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

wit_bindgen::generate!({
    world: "roundtrip",
    path: "wit",
});

use exports::wicker_test::roundtrip::api::{Guest, GuestCounter};
use wicker_test::roundtrip::files::File;
use wicker_test::roundtrip::host;
use wicker_test::roundtrip::types::Everything;

struct Component;

static mut DROPPED: u32 = 0;

struct Counter {
    value: Cell<u32>,
}

impl GuestCounter for Counter {
    fn new(start: u32) -> Counter {
        Counter {
            value: Cell::new(start),
        }
    }

    fn incr(&self) -> u32 {
        self.value.set(self.value.get() + 1);
        self.value.get()
    }

    fn add_from(&self, other: exports::wicker_test::roundtrip::api::CounterBorrow<'_>) {
        let other: &Counter = other.get();
        self.value.set(self.value.get() + other.value.get());
    }
}

impl Drop for Counter {
    fn drop(&mut self) {
        // SAFETY: the guest is single-threaded.
        unsafe { DROPPED += 1 };
    }
}

impl Guest for Component {
    type Counter = Counter;

    fn relay(e: Everything) -> Everything {
        host::log("relaying");
        host::echo(&e)
    }

    fn relay_bytes(b: Vec<u8>) -> Vec<u8> {
        host::echo_bytes(&b)
    }

    fn shout(s: String) -> String {
        s.to_uppercase()
    }

    fn sum(l: Vec<u32>) -> u64 {
        l.iter().map(|x| u64::from(*x)).sum()
    }

    fn use_files(name: String, data: Vec<u8>) -> (String, u64) {
        let a = File::new(&name);
        let b = File::new("other");
        a.append(&data);
        b.append(&data);
        let both = File::concat(&a, &b);
        (both.name(), both.size())
    }

    fn dropped() -> u32 {
        // SAFETY: the guest is single-threaded.
        unsafe { DROPPED }
    }
}

export!(Component);

// A bump allocator over the linear memory, which never frees: enough for tests.
mod alloc_impl {
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    struct Bump {
        next: UnsafeCell<usize>,
        end: UnsafeCell<usize>,
    }

    // SAFETY: the guest is single-threaded.
    unsafe impl Sync for Bump {}

    unsafe impl GlobalAlloc for Bump {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: single-threaded access to the cursor.
            let (next, end) = unsafe { (&mut *self.next.get(), &mut *self.end.get()) };
            let start = (*next + layout.align() - 1) & !(layout.align() - 1);
            let stop = start + layout.size();
            if stop > *end {
                let pages = (stop - *end).div_ceil(65536).max(16);
                let old = core::arch::wasm32::memory_grow(0, pages);
                if old == usize::MAX {
                    return core::ptr::null_mut();
                }
                if *end != old * 65536 {
                    // Memory grown by someone else: start after it.
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
    static ALLOC: Bump = Bump {
        next: UnsafeCell::new(0),
        end: UnsafeCell::new(0),
    };
}

/// The allocator the Canonical ABI calls to place values in this guest's memory.
#[unsafe(no_mangle)]
unsafe extern "C" fn cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    use alloc::alloc::{Layout, alloc, realloc};
    if new_size == 0 {
        return align as *mut u8;
    }
    // SAFETY: the layouts are the ones the Canonical ABI passes, valid by construction.
    unsafe {
        if old_size == 0 {
            alloc(Layout::from_size_align_unchecked(new_size, align))
        } else {
            realloc(old, Layout::from_size_align_unchecked(old_size, align), new_size)
        }
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}
