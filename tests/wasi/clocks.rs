use std::time::{Duration, SystemTime};

use wicker_wasi::{CpuClock, MonotonicClock, WallClock, WasiCtxBuilder};

use crate::harness::{MEMORY_SIZE, Probe, errno};

const REALTIME: i64 = 0;
const MONOTONIC: i64 = 1;
const PROCESS_CPUTIME: i64 = 2;
const THREAD_CPUTIME: i64 = 3;

fn time(probe: &mut Probe, id: i64) -> u64 {
    assert_eq!(probe.call("clock_time_get", &[id, 0, 0]), errno::SUCCESS);
    probe.read_u64(0)
}

fn nanos_since_epoch() -> u64 {
    let d = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap();
    u64::try_from(d.as_nanos()).unwrap()
}

#[test]
fn realtime_is_the_host_time() {
    let mut probe = Probe::new();
    let before = nanos_since_epoch();
    let t = time(&mut probe, REALTIME);
    let after = nanos_since_epoch();
    assert!(before <= t && t <= after, "{before} <= {t} <= {after}");
}

#[test]
fn monotonic_never_goes_back() {
    let mut probe = Probe::new();
    let mut last = time(&mut probe, MONOTONIC);
    for _ in 0..100 {
        let t = time(&mut probe, MONOTONIC);
        assert!(t >= last);
        last = t;
    }
}

#[test]
fn cpu_time_comes_from_the_host() {
    let mut probe = Probe::new();
    // Spend some CPU time so that both clocks have visibly advanced.
    let mut x = 0u64;
    for i in 0..2_000_000u64 {
        x = x.wrapping_mul(31).wrapping_add(i);
    }
    std::hint::black_box(x);
    let process = time(&mut probe, PROCESS_CPUTIME);
    let thread = time(&mut probe, THREAD_CPUTIME);
    assert!(process > 0 && thread > 0);
    assert!(thread <= process, "{thread} <= {process}");
    assert!(time(&mut probe, THREAD_CPUTIME) >= thread);
}

#[test]
fn resolutions_are_positive() {
    let mut probe = Probe::new();
    for id in [REALTIME, MONOTONIC, PROCESS_CPUTIME, THREAD_CPUTIME] {
        assert_eq!(probe.call("clock_res_get", &[id, 8]), errno::SUCCESS);
        assert!(probe.read_u64(8) > 0, "clock {id}");
    }
}

#[test]
fn unknown_clocks_are_einval() {
    let mut probe = Probe::new();
    for id in [4, 99, -1] {
        assert_eq!(probe.call("clock_time_get", &[id, 0, 0]), errno::INVAL);
        assert_eq!(probe.call("clock_res_get", &[id, 0]), errno::INVAL);
    }
}

#[test]
fn out_of_range_results_are_efault() {
    let mut probe = Probe::new();
    let end = i64::from(MEMORY_SIZE);
    for id in [REALTIME, MONOTONIC, PROCESS_CPUTIME] {
        assert_eq!(
            probe.call("clock_time_get", &[id, 0, end - 7]),
            errno::FAULT
        );
        assert_eq!(probe.call("clock_res_get", &[id, end]), errno::FAULT);
        assert_eq!(
            probe.call("clock_res_get", &[id, 0xffff_fffc]),
            errno::FAULT
        );
    }
    // The last eight bytes are in range.
    assert_eq!(
        probe.call("clock_time_get", &[MONOTONIC, 0, end - 8]),
        errno::SUCCESS
    );
}

struct FixedWall;
impl WallClock for FixedWall {
    fn now(&self) -> Duration {
        Duration::new(1_700_000_000, 5)
    }
    fn resolution(&self) -> Duration {
        Duration::from_millis(1)
    }
}

struct FixedMonotonic;
impl MonotonicClock for FixedMonotonic {
    fn now(&self) -> u64 {
        42
    }
    fn resolution(&self) -> u64 {
        7
    }
}

struct NoCpuClock;
impl CpuClock for NoCpuClock {
    fn process_time(&self) -> Option<u64> {
        None
    }
    fn thread_time(&self) -> Option<u64> {
        None
    }
    fn resolution(&self) -> Option<u64> {
        None
    }
}

#[test]
fn clocks_can_be_replaced() {
    let mut probe = Probe::with(
        WasiCtxBuilder::new()
            .wall_clock(FixedWall)
            .monotonic_clock(FixedMonotonic)
            .cpu_clock(NoCpuClock),
    );
    assert_eq!(time(&mut probe, REALTIME), 1_700_000_000_000_000_005);
    assert_eq!(time(&mut probe, MONOTONIC), 42);
    assert_eq!(probe.call("clock_res_get", &[REALTIME, 0]), errno::SUCCESS);
    assert_eq!(probe.read_u64(0), 1_000_000);
    assert_eq!(probe.call("clock_res_get", &[MONOTONIC, 0]), errno::SUCCESS);
    assert_eq!(probe.read_u64(0), 7);
    // Without CPU-time clocks the guest gets `EBADF`, as Wasmtime gives it.
    for id in [PROCESS_CPUTIME, THREAD_CPUTIME] {
        assert_eq!(probe.call("clock_time_get", &[id, 0, 0]), errno::BADF);
        assert_eq!(probe.call("clock_res_get", &[id, 0]), errno::BADF);
    }
}
