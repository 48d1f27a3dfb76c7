use std::time::{Duration, Instant};

use wicker_wasi::{MemoryInputPipe, MonotonicClock, WasiCtxBuilder};

use crate::harness::{MEMORY_SIZE, Probe, errno};

const SUBS: u32 = 1000;
const EVENTS: u32 = 2000;
const NEVENTS: i64 = 3000;
const MS: u64 = 1_000_000;

fn clock(probe: &mut Probe, index: u32, userdata: u64, id: u32, timeout: u64, flags: u16) {
    let at = SUBS + index * 48;
    probe.write(at, &[0; 48]);
    probe.write_u64(at, userdata);
    probe.write(at + 8, &[0]);
    probe.write_u32(at + 16, id);
    probe.write_u64(at + 24, timeout);
    probe.write(at + 40, &flags.to_le_bytes());
}

fn fd_event(probe: &mut Probe, index: u32, userdata: u64, tag: u8, fd: u32) {
    let at = SUBS + index * 48;
    probe.write(at, &[0; 48]);
    probe.write_u64(at, userdata);
    probe.write(at + 8, &[tag]);
    probe.write_u32(at + 16, fd);
}

/// Polls `count` subscriptions; returns the events as (userdata, error, type, nbytes).
fn poll(probe: &mut Probe, count: i64) -> Vec<(u64, u16, u8, u64)> {
    let result = probe.call(
        "poll_oneoff",
        &[i64::from(SUBS), i64::from(EVENTS), count, NEVENTS],
    );
    assert_eq!(result, errno::SUCCESS);
    (0..probe.read_u32(NEVENTS as u32))
        .map(|i| {
            let at = EVENTS + i * 32;
            let error = u16::from_le_bytes(probe.read(at + 8, 2).try_into().unwrap());
            (
                probe.read_u64(at),
                error,
                probe.read(at + 10, 1)[0],
                probe.read_u64(at + 16),
            )
        })
        .collect()
}

#[test]
fn a_relative_timeout_waits() {
    for clock_id in [0, 1] {
        let mut probe = Probe::new();
        clock(&mut probe, 0, 77, clock_id, 20 * MS, 0);
        let start = Instant::now();
        assert_eq!(poll(&mut probe, 1), [(77, 0, 0, 0)]);
        assert!(
            start.elapsed() >= Duration::from_millis(20),
            "clock {clock_id}"
        );
    }
}

#[test]
fn an_absolute_deadline_waits_until_it_passes() {
    let mut probe = Probe::new();
    // On the monotonic clock, as the guest reads it...
    assert_eq!(probe.call("clock_time_get", &[1, 0, 0]), errno::SUCCESS);
    let now = probe.read_u64(0);
    clock(&mut probe, 0, 1, 1, now + 20 * MS, 1);
    let start = Instant::now();
    assert_eq!(poll(&mut probe, 1), [(1, 0, 0, 0)]);
    assert!(start.elapsed() >= Duration::from_millis(20));
    // ...and on the wall clock.
    assert_eq!(probe.call("clock_time_get", &[0, 0, 0]), errno::SUCCESS);
    let now = probe.read_u64(0);
    clock(&mut probe, 0, 2, 0, now + 20 * MS, 1);
    let start = Instant::now();
    assert_eq!(poll(&mut probe, 1), [(2, 0, 0, 0)]);
    assert!(start.elapsed() >= Duration::from_millis(15));
    // A deadline in the past fires at once.
    clock(&mut probe, 0, 3, 1, 0, 1);
    assert_eq!(poll(&mut probe, 1), [(3, 0, 0, 0)]);
}

#[test]
fn only_the_clocks_that_expired_are_reported() {
    let mut probe = Probe::new();
    clock(&mut probe, 0, 10, 1, 3600 * 1000 * MS, 0);
    clock(&mut probe, 1, 11, 1, 10 * MS, 0);
    clock(&mut probe, 2, 12, 0, 10 * MS, 0);
    let start = Instant::now();
    let events = poll(&mut probe, 3);
    assert!(start.elapsed() >= Duration::from_millis(10));
    assert!(start.elapsed() < Duration::from_secs(3600));
    assert!(!events.iter().any(|e| e.0 == 10), "{events:?}");
    assert!(events.contains(&(11, 0, 0, 0)), "{events:?}");
}

#[test]
fn ready_streams_return_at_once() {
    let mut probe = Probe::with(WasiCtxBuilder::new().stdin(MemoryInputPipe::new("x")));
    clock(&mut probe, 0, 1, 1, 3600 * 1000 * MS, 0);
    fd_event(&mut probe, 1, 2, 1, 0);
    fd_event(&mut probe, 2, 3, 2, 1);
    fd_event(&mut probe, 3, 4, 2, 2);
    assert_eq!(
        poll(&mut probe, 4),
        [(2, 0, 1, 1), (3, 0, 2, 1), (4, 0, 2, 1)]
    );
}

#[test]
fn bad_subscriptions_fail_the_call() {
    let mut probe = Probe::new();
    let args = [i64::from(SUBS), i64::from(EVENTS), 1, NEVENTS];
    // Nothing to wait for.
    assert_eq!(
        probe.call("poll_oneoff", &[args[0], args[1], 0, NEVENTS]),
        errno::INVAL
    );
    // A stream in the wrong direction, or no descriptor.
    for (tag, fd) in [(1, 1), (2, 0), (1, 3), (2, 9)] {
        fd_event(&mut probe, 0, 0, tag, fd);
        assert_eq!(
            probe.call("poll_oneoff", &args),
            errno::BADF,
            "tag {tag} fd {fd}"
        );
    }
    // An undefined event type, clock, or clock flag; a CPU-time clock.
    fd_event(&mut probe, 0, 0, 3, 0);
    assert_eq!(probe.call("poll_oneoff", &args), errno::INVAL);
    for (id, flags) in [(4, 0), (2, 0), (3, 0), (1, 2)] {
        clock(&mut probe, 0, 0, id, 0, flags);
        assert_eq!(
            probe.call("poll_oneoff", &args),
            errno::INVAL,
            "clock {id} flags {flags}"
        );
    }
}

#[test]
fn out_of_range_arrays_are_efault() {
    let mut probe = Probe::new();
    clock(&mut probe, 0, 0, 1, 0, 0);
    let end = i64::from(MEMORY_SIZE);
    let (subs, events) = (i64::from(SUBS), i64::from(EVENTS));
    assert_eq!(
        probe.call("poll_oneoff", &[end - 47, events, 1, NEVENTS]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("poll_oneoff", &[subs, end - 31, 1, NEVENTS]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("poll_oneoff", &[subs, events, 1, end - 3]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("poll_oneoff", &[subs, events, 0x1000_0000, NEVENTS]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("poll_oneoff", &[subs, events, 1, NEVENTS]),
        errno::SUCCESS
    );
}

/// A monotonic clock that never advances.
struct Frozen;
impl MonotonicClock for Frozen {
    fn now(&self) -> u64 {
        1000
    }
    fn resolution(&self) -> u64 {
        1
    }
}

#[test]
fn a_replaced_clock_that_stands_still_still_times_out() {
    let mut probe = Probe::with(WasiCtxBuilder::new().monotonic_clock(Frozen));
    clock(&mut probe, 0, 5, 1, 5 * MS, 0);
    assert_eq!(poll(&mut probe, 1), [(5, 0, 0, 0)]);
    clock(&mut probe, 0, 6, 1, 1000 + 5 * MS, 1);
    assert_eq!(poll(&mut probe, 1), [(6, 0, 0, 0)]);
}
