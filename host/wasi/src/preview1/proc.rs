//! `proc_exit`, `proc_raise`, `sched_yield` and `random_get`.

use super::errno::{Errno, Result};
use super::linker::Env;
use super::types::{SIGNAL_MAX, check_enum};
use crate::I32Exit;

/// The error that ends the guest's call with `code`.
///
/// Like Wasmtime, only codes below 126 are accepted: the shell gives the codes from 126
/// up their own meanings (not executable, not found, killed by a signal).
pub(crate) fn proc_exit(code: u32) -> anyhow::Error {
    match i32::try_from(code) {
        Ok(code) if code < 126 => I32Exit(code).into(),
        _ => anyhow::anyhow!("exit status {code} is outside the valid range 0..126"),
    }
}

pub(crate) fn proc_raise(_env: &mut dyn Env, signal: u32) -> Result<()> {
    check_enum(signal, SIGNAL_MAX)?;
    // Signals are not part of the sandbox; Wasmtime answers `ENOTSUP` too.
    Err(Errno::NOTSUP.into())
}

pub(crate) fn sched_yield(_env: &mut dyn Env) -> Result<()> {
    std::thread::yield_now();
    Ok(())
}

pub(crate) fn random_get(env: &mut dyn Env, buf: u32, buf_len: u32) -> Result<()> {
    env.memory()?.check(buf, buf_len)?;
    // Drawn in pieces, so that a request as large as memory needs no buffer as large.
    const CHUNK: u32 = 64 * 1024;
    let mut piece = vec![0; buf_len.min(CHUNK) as usize];
    let mut done = 0;
    while done < buf_len {
        let n = (buf_len - done).min(CHUNK);
        let piece = &mut piece[..n as usize];
        env.ctx().random.fill(piece)?;
        env.memory()?.write_bytes(buf + done, piece)?;
        done += n;
    }
    Ok(())
}
