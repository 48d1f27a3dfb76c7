//! Clocks: the traits behind the guest's wall clock, monotonic clock and CPU-time clocks,
//! and their implementations on the host's clocks. Tests replace them to make time
//! deterministic.

use std::time::{Duration, Instant, SystemTime};

/// The guest's wall clock (`CLOCKID_REALTIME`).
pub trait WallClock: Send + Sync {
    /// The time since 1970-01-01T00:00:00Z.
    fn now(&self) -> Duration;
    /// The clock's resolution.
    fn resolution(&self) -> Duration;
}

/// The guest's monotonic clock (`CLOCKID_MONOTONIC`): nanoseconds since an arbitrary start,
/// never going back.
pub trait MonotonicClock: Send + Sync {
    /// The current reading, in nanoseconds.
    fn now(&self) -> u64;
    /// The clock's resolution, in nanoseconds.
    fn resolution(&self) -> u64;
}

/// The guest's CPU-time clocks (`CLOCKID_PROCESS_CPUTIME_ID`, `CLOCKID_THREAD_CPUTIME_ID`).
///
/// Each method returns `None` where the clock is unavailable; the guest then gets `EBADF`,
/// as it does from Wasmtime, which provides neither clock.
pub trait CpuClock: Send + Sync {
    /// CPU time used by the process, in nanoseconds.
    fn process_time(&self) -> Option<u64>;
    /// CPU time used by the calling thread, in nanoseconds.
    fn thread_time(&self) -> Option<u64>;
    /// The resolution of both clocks, in nanoseconds.
    fn resolution(&self) -> Option<u64>;
}

/// The host's wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct HostWallClock;

impl WallClock for HostWallClock {
    fn now(&self) -> Duration {
        // A host clock set before 1970 reads as the epoch rather than failing the guest.
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
    }

    fn resolution(&self) -> Duration {
        Duration::from_nanos(1)
    }
}

/// The host's monotonic clock, counted from the moment this value was created.
#[derive(Debug, Clone, Copy)]
pub struct HostMonotonicClock {
    start: Instant,
}

impl HostMonotonicClock {
    /// A clock that reads zero now.
    pub fn new() -> HostMonotonicClock {
        HostMonotonicClock {
            start: Instant::now(),
        }
    }
}

impl Default for HostMonotonicClock {
    fn default() -> Self {
        HostMonotonicClock::new()
    }
}

impl MonotonicClock for HostMonotonicClock {
    fn now(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn resolution(&self) -> u64 {
        1
    }
}

/// The host's CPU-time clocks, where the platform has them (every Unix).
#[derive(Debug, Default, Clone, Copy)]
pub struct HostCpuClock;

#[cfg(unix)]
impl CpuClock for HostCpuClock {
    fn process_time(&self) -> Option<u64> {
        nanos(rustix::time::clock_gettime(
            rustix::time::ClockId::ProcessCPUTime,
        ))
    }

    fn thread_time(&self) -> Option<u64> {
        nanos(rustix::time::clock_gettime(
            rustix::time::ClockId::ThreadCPUTime,
        ))
    }

    fn resolution(&self) -> Option<u64> {
        nanos(rustix::time::clock_getres(
            rustix::time::ClockId::ProcessCPUTime,
        ))
    }
}

#[cfg(unix)]
fn nanos(t: rustix::time::Timespec) -> Option<u64> {
    let secs = u64::try_from(t.tv_sec).ok()?;
    let nanos = u64::try_from(t.tv_nsec).ok()?;
    secs.checked_mul(1_000_000_000)?.checked_add(nanos)
}

#[cfg(not(unix))]
impl CpuClock for HostCpuClock {
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
