//! `poll_oneoff`: wait for clock deadlines, or for standard streams to be ready.
//!
//! Clock subscriptions (relative or absolute, on the realtime or monotonic clock) become
//! deadlines on the context's monotonic clock. Standard streams are always ready (a read
//! may still block until input arrives, as it does in Wasmtime), so a call with any
//! stream subscription returns at once; otherwise the thread sleeps until the earliest
//! deadline, and every clock whose deadline has come is reported.

use std::time::Duration;

use super::clock::duration_nanos;
use super::errno::{Errno, Result};
use super::fd::descriptor;
use super::linker::Env;
use super::types::{check_flags, clockid, event, eventtype, flags, subscription};
use crate::descriptor::Descriptor;

enum Kind {
    /// A clock, with its deadline on the monotonic clock.
    Clock(u64),
    /// A stream that is ready to read or write.
    Ready(u8),
}

struct Subscription {
    userdata: u64,
    kind: Kind,
}

pub(crate) fn poll_oneoff(
    env: &mut dyn Env,
    subs: u32,
    events: u32,
    count: u32,
    nevents: u32,
) -> Result<()> {
    if count == 0 {
        // Waiting on nothing would block forever; preview 1 makes it an error.
        return Err(Errno::INVAL.into());
    }
    let raw = {
        let mem = env.memory()?;
        mem.check_array(subs, count, subscription::SIZE)?;
        mem.check_array(events, count, event::SIZE)?;
        mem.check(nevents, 4)?;
        (0..count)
            .map(|i| read_subscription(&mem, subs + i * subscription::SIZE))
            .collect::<Result<Vec<_>>>()?
    };
    let subs = raw
        .into_iter()
        .map(|raw| resolve(env, raw))
        .collect::<Result<Vec<_>>>()?;

    let monotonic = &env.ctx().monotonic_clock;
    let mut now = monotonic.now();
    if !subs.iter().any(|s| matches!(s.kind, Kind::Ready(_))) {
        let earliest = subs
            .iter()
            .filter_map(|s| match s.kind {
                Kind::Clock(deadline) => Some(deadline),
                Kind::Ready(_) => None,
            })
            .min()
            .unwrap_or(now);
        if earliest > now {
            std::thread::sleep(Duration::from_nanos(earliest - now));
            // A replaced clock need not advance while the thread sleeps; the earliest
            // deadline has passed all the same.
            now = monotonic.now().max(earliest);
        }
    }

    let mut mem = env.memory()?;
    let mut n = 0u32;
    for sub in &subs {
        let (ty, nbytes) = match sub.kind {
            Kind::Clock(deadline) if deadline <= now => (eventtype::CLOCK, 0),
            Kind::Clock(_) => continue,
            Kind::Ready(ty) => (ty, 1),
        };
        let at = events + n * event::SIZE;
        mem.slice_mut(at, event::SIZE)?.fill(0);
        mem.write_u64(at + event::USERDATA, sub.userdata)?;
        mem.write_u16(at + event::ERROR, 0)?;
        mem.write_u8(at + event::TYPE, ty)?;
        mem.write_u64(at + event::NBYTES, nbytes)?;
        mem.write_u16(at + event::FLAGS, 0)?;
        n += 1;
    }
    mem.write_u32(nevents, n)
}

/// A subscription as the guest wrote it.
struct RawSubscription {
    userdata: u64,
    tag: u8,
    clock_id: u32,
    timeout: u64,
    clock_flags: u16,
    fd: u32,
}

fn read_subscription(mem: &super::memory::GuestMemory<'_>, at: u32) -> Result<RawSubscription> {
    Ok(RawSubscription {
        userdata: mem.read_u64(at + subscription::USERDATA)?,
        tag: mem.read_u8(at + subscription::TAG)?,
        clock_id: mem.read_u32(at + subscription::CLOCK_ID)?,
        timeout: mem.read_u64(at + subscription::CLOCK_TIMEOUT)?,
        clock_flags: mem.read_u16(at + subscription::CLOCK_FLAGS)?,
        fd: mem.read_u32(at + subscription::FD)?,
    })
}

/// Turns a subscription into a deadline or a ready stream, checking its values.
fn resolve(env: &mut dyn Env, raw: RawSubscription) -> Result<Subscription> {
    let kind = match raw.tag {
        eventtype::CLOCK => Kind::Clock(deadline(env, &raw)?),
        eventtype::FD_READ => match descriptor(env.ctx(), raw.fd)? {
            // A regular file is always ready, as POSIX `poll` reports it.
            Descriptor::Stdin(_) | Descriptor::File(_) => Kind::Ready(eventtype::FD_READ),
            _ => return Err(Errno::BADF.into()),
        },
        eventtype::FD_WRITE => match descriptor(env.ctx(), raw.fd)? {
            Descriptor::Stdout(_) | Descriptor::Stderr(_) | Descriptor::File(_) => {
                Kind::Ready(eventtype::FD_WRITE)
            }
            _ => return Err(Errno::BADF.into()),
        },
        _ => return Err(Errno::INVAL.into()),
    };
    Ok(Subscription {
        userdata: raw.userdata,
        kind,
    })
}

/// The monotonic-clock reading at which a clock subscription fires.
fn deadline(env: &mut dyn Env, raw: &RawSubscription) -> Result<u64> {
    check_flags(u32::from(raw.clock_flags), u32::from(flags::SUBCLOCKFLAGS))?;
    let absolute = raw.clock_flags & flags::SUBSCRIPTION_CLOCK_ABSTIME != 0;
    let ctx = env.ctx();
    let now = ctx.monotonic_clock.now();
    match raw.clock_id {
        clockid::MONOTONIC if absolute => Ok(raw.timeout),
        clockid::REALTIME if absolute => {
            let wall = duration_nanos(ctx.wall_clock.now())?;
            Ok(now.saturating_add(raw.timeout.saturating_sub(wall)))
        }
        clockid::MONOTONIC | clockid::REALTIME => Ok(now.saturating_add(raw.timeout)),
        // CPU-time clocks cannot be waited on.
        _ => Err(Errno::INVAL.into()),
    }
}
