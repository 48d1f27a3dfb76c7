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

impl exports::wicker_test::roundtrip::kernels::Guest for Component {
    fn dot(a: Vec<f32>, b: Vec<f32>) -> f32 {
        // SAFETY: wasm has no processor features to detect: a module with SIMD either
        // validates where it runs or does not load at all.
        unsafe { simd::dot(&a, &b) }
    }

    fn count_byte(haystack: Vec<u8>, needle: u8) -> u32 {
        // SAFETY: as for `dot`.
        unsafe { simd::count_byte(&haystack, needle) }
    }
}

/// Kernels written with the `simd128` intrinsics, so the core module holds `v128` code
/// whatever the crate's target features.
mod simd {
    use core::arch::wasm32::*;

    #[target_feature(enable = "simd128")]
    pub fn dot(a: &[f32], b: &[f32]) -> f32 {
        let n = a.len().min(b.len());
        let mut acc = f32x4_splat(0.0);
        let mut i = 0;
        while i + 4 <= n {
            let x = f32x4(a[i], a[i + 1], a[i + 2], a[i + 3]);
            let y = f32x4(b[i], b[i + 1], b[i + 2], b[i + 3]);
            acc = f32x4_add(acc, f32x4_mul(x, y));
            i += 4;
        }
        let mut sum = f32x4_extract_lane::<0>(acc)
            + f32x4_extract_lane::<1>(acc)
            + f32x4_extract_lane::<2>(acc)
            + f32x4_extract_lane::<3>(acc);
        while i < n {
            sum += a[i] * b[i];
            i += 1;
        }
        sum
    }

    #[target_feature(enable = "simd128")]
    pub fn count_byte(haystack: &[u8], needle: u8) -> u32 {
        let wanted = u8x16_splat(needle);
        let mut count = 0;
        let mut chunks = haystack.chunks_exact(16);
        for chunk in &mut chunks {
            let mut bytes = [0u8; 16];
            bytes.copy_from_slice(chunk);
            let v = u8x16(
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6],
                bytes[7], bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13],
                bytes[14], bytes[15],
            );
            count += u8x16_bitmask(u8x16_eq(v, wanted)).count_ones();
        }
        count + chunks.remainder().iter().filter(|b| **b == needle).count() as u32
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
