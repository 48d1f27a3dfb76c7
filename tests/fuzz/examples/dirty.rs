use std::alloc::{GlobalAlloc, Layout, System};
struct Poison;
static POISON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
unsafe impl GlobalAlloc for Poison {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() && POISON.load(std::sync::atomic::Ordering::Relaxed) {
            unsafe { std::ptr::write_bytes(p, 0x03, l.size()) }
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
}
#[global_allocator]
static A: Poison = Poison;
fn main() {
    POISON.store(
        std::env::var_os("NOPOISON").is_none(),
        std::sync::atomic::Ordering::Relaxed,
    );
    let a: Vec<String> = std::env::args().skip(1).collect();
    let bytes = std::fs::read(&a[0]).unwrap();
    let seed: u64 = a[1].parse().unwrap();
    match wicker_fuzz::differential::compare(&bytes, seed) {
        Err(f) => {
            println!("{}", f.message);
            std::process::exit(0)
        }
        r => {
            println!("{:?}", r.map_err(|f| f.message));
            std::process::exit(1)
        }
    }
}
