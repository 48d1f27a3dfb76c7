//! `args_*` and `environ_*`: lists of NUL-terminated strings.

use super::errno::{Errno, Result};
use super::linker::Env;
use super::memory::GuestMemory;

pub(crate) fn args_get(env: &mut dyn Env, argv: u32, argv_buf: u32) -> Result<()> {
    let items = arg_strings(env);
    write_list(&mut env.memory()?, argv, argv_buf, &items)
}

pub(crate) fn args_sizes_get(env: &mut dyn Env, argc: u32, argv_buf_size: u32) -> Result<()> {
    let items = arg_strings(env);
    write_sizes(&mut env.memory()?, &items, argc, argv_buf_size)
}

pub(crate) fn environ_get(env: &mut dyn Env, environ: u32, environ_buf: u32) -> Result<()> {
    let items = env_strings(env);
    write_list(&mut env.memory()?, environ, environ_buf, &items)
}

pub(crate) fn environ_sizes_get(env: &mut dyn Env, count: u32, buf_size: u32) -> Result<()> {
    let items = env_strings(env);
    write_sizes(&mut env.memory()?, &items, count, buf_size)
}

/// The arguments, each with its terminating NUL.
fn arg_strings(env: &mut dyn Env) -> Vec<Vec<u8>> {
    env.ctx()
        .args
        .iter()
        .map(|a| nul_terminated([a.as_str()]))
        .collect()
}

/// The environment as `NAME=VALUE` strings, each with its terminating NUL.
fn env_strings(env: &mut dyn Env) -> Vec<Vec<u8>> {
    env.ctx()
        .env
        .iter()
        .map(|(name, value)| nul_terminated([name.as_str(), "=", value.as_str()]))
        .collect()
}

fn nul_terminated<'a>(parts: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    let mut bytes: Vec<u8> = parts.into_iter().flat_map(str::bytes).collect();
    bytes.push(0);
    bytes
}

/// Writes the strings one after another at `buf`, and a pointer to each at `list`.
fn write_list(mem: &mut GuestMemory<'_>, list: u32, buf: u32, items: &[Vec<u8>]) -> Result<()> {
    let count = u32::try_from(items.len()).map_err(|_| Errno::OVERFLOW)?;
    mem.check_array(list, count, 4)?;
    // The strings may end at 2^32 exactly: the running address is kept in 64 bits, and
    // only an address a string starts at must fit in 32.
    let mut at = u64::from(buf);
    for (i, item) in (0u32..).zip(items) {
        let start = u32::try_from(at).map_err(|_| Errno::FAULT)?;
        mem.write_u32(list + 4 * i, start)?;
        mem.write_bytes(start, item)?;
        at += item.len() as u64;
    }
    Ok(())
}

/// Writes the number of strings and their total size.
fn write_sizes(mem: &mut GuestMemory<'_>, items: &[Vec<u8>], count: u32, size: u32) -> Result<()> {
    let n = u32::try_from(items.len()).map_err(|_| Errno::OVERFLOW)?;
    let total = items.iter().map(Vec::len).sum::<usize>();
    let total = u32::try_from(total).map_err(|_| Errno::OVERFLOW)?;
    mem.check(count, 4)?;
    mem.check(size, 4)?;
    mem.write_u32(count, n)?;
    mem.write_u32(size, total)
}
