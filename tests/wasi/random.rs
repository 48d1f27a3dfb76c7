use wicker_wasi::{RandomSource, WasiCtxBuilder};

use crate::harness::{MEMORY_SIZE, Probe, errno, run_start};

#[test]
fn random_bytes_come_from_the_host() {
    let mut probe = Probe::new();
    assert_eq!(probe.call("random_get", &[100, 64]), errno::SUCCESS);
    let first = probe.read(100, 64);
    assert_eq!(probe.call("random_get", &[100, 64]), errno::SUCCESS);
    let second = probe.read(100, 64);
    // Two equal draws of 512 random bits would mean the source is broken.
    assert_ne!(first, second);
    assert_ne!(first, [0; 64]);
    // Nothing outside the buffer is touched.
    assert_eq!(probe.read(96, 4), [0; 4]);
    assert_eq!(probe.read(164, 4), [0; 4]);
}

struct Counting(u8);
impl RandomSource for Counting {
    fn fill(&mut self, buf: &mut [u8]) -> std::io::Result<()> {
        for b in buf {
            *b = self.0;
            self.0 = self.0.wrapping_add(1);
        }
        Ok(())
    }
}

#[test]
fn the_source_can_be_replaced() {
    let mut probe = Probe::with(WasiCtxBuilder::new().secure_random(Counting(10)));
    assert_eq!(probe.call("random_get", &[0, 4]), errno::SUCCESS);
    assert_eq!(probe.call("random_get", &[4, 2]), errno::SUCCESS);
    assert_eq!(probe.read(0, 6), [10, 11, 12, 13, 14, 15]);
}

#[test]
fn out_of_range_buffers_are_efault() {
    let mut probe = Probe::with(WasiCtxBuilder::new().secure_random(Counting(1)));
    let end = i64::from(MEMORY_SIZE);
    assert_eq!(probe.call("random_get", &[end - 4, 5]), errno::FAULT);
    assert_eq!(probe.call("random_get", &[0, end + 1]), errno::FAULT);
    assert_eq!(probe.call("random_get", &[0xffff_ffff, 2]), errno::FAULT);
    // Nothing was drawn or written by the failed calls.
    assert_eq!(probe.read(end as u32 - 4, 4), [0; 4]);
    // An empty buffer at the very end is in range.
    assert_eq!(probe.call("random_get", &[end, 0]), errno::SUCCESS);
    assert_eq!(probe.call("random_get", &[end - 1, 1]), errno::SUCCESS);
    assert_eq!(probe.read(end as u32 - 1, 1), [1]);
}

#[test]
fn a_request_larger_than_one_draw_is_filled_in_order() {
    // Three pages of random bytes from a counting source: byte `i` must be `i mod 256`.
    run_start(
        r#"(module
             (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
             (memory (export "memory") 3)
             (func (export "_start")
               (local $i i32)
               (if (call $random (i32.const 0) (i32.const 196608)) (then unreachable))
               (loop $check
                 (if (i32.ne (i32.load8_u (local.get $i)) (i32.and (local.get $i) (i32.const 255)))
                   (then unreachable))
                 (local.set $i (i32.add (local.get $i) (i32.const 1)))
                 (br_if $check (i32.lt_u (local.get $i) (i32.const 196608))))))"#,
        WasiCtxBuilder::new().secure_random(Counting(0)),
    )
    .unwrap();
}
