//! `clock_res_get` and `clock_time_get`.

use super::errno::{Errno, Result};
use super::linker::Env;
use super::types::clockid;
use crate::WasiCtx;

pub(crate) fn clock_res_get(env: &mut dyn Env, id: u32, resolution: u32) -> Result<()> {
    let value = resolution_of(env.ctx(), id)?;
    env.memory()?.write_u64(resolution, value)
}

pub(crate) fn clock_time_get(env: &mut dyn Env, id: u32, _precision: u64, time: u32) -> Result<()> {
    // The precision is a hint that the host clocks have no use for.
    let value = now(env.ctx(), id)?;
    env.memory()?.write_u64(time, value)
}

/// The reading of clock `id`, in nanoseconds.
pub(crate) fn now(ctx: &WasiCtx, id: u32) -> Result<u64> {
    match id {
        clockid::REALTIME => duration_nanos(ctx.wall_clock.now()),
        clockid::MONOTONIC => Ok(ctx.monotonic_clock.now()),
        clockid::PROCESS_CPUTIME_ID => cpu(ctx.cpu_clock.process_time()),
        clockid::THREAD_CPUTIME_ID => cpu(ctx.cpu_clock.thread_time()),
        _ => Err(Errno::INVAL.into()),
    }
}

fn resolution_of(ctx: &WasiCtx, id: u32) -> Result<u64> {
    match id {
        clockid::REALTIME => duration_nanos(ctx.wall_clock.resolution()),
        clockid::MONOTONIC => Ok(ctx.monotonic_clock.resolution()),
        clockid::PROCESS_CPUTIME_ID | clockid::THREAD_CPUTIME_ID => cpu(ctx.cpu_clock.resolution()),
        _ => Err(Errno::INVAL.into()),
    }
}

/// A CPU-time reading; an unavailable clock is `EBADF`, as Wasmtime reports for both.
fn cpu(value: Option<u64>) -> Result<u64> {
    value.ok_or_else(|| Errno::BADF.into())
}

pub(crate) fn duration_nanos(d: std::time::Duration) -> Result<u64> {
    u64::try_from(d.as_nanos()).map_err(|_| Errno::OVERFLOW.into())
}
