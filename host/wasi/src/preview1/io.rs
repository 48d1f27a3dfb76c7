//! `fd_read`, `fd_write` and their positioned and seeking relatives.
//!
//! A call first checks its descriptor, then every pointer it was given, and only then
//! transfers data, so a guest that passes a bad pointer loses no input and duplicates no
//! output.

use super::errno::{Errno, Result};
use super::fd::descriptor;
use super::linker::Env;
use super::memory::{Iovec, total_len};
use super::types::{check_enum, whence};
use crate::descriptor::Descriptor;
use std::io::SeekFrom;

/// The most one `fd_read` of a stream transfers; a guest reads on for more, as it must
/// after any short read.
const MAX_READ: u32 = 64 * 1024;

pub(crate) fn fd_read(
    env: &mut dyn Env,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    nread: u32,
) -> Result<()> {
    match descriptor(env.ctx(), fd)? {
        Descriptor::Stdin(_) => {}
        Descriptor::File(file) if file.read => {}
        _ => return Err(Errno::BADF.into()),
    }
    let iovecs = checked_iovecs(env, iovs, iovs_len, nread)?;
    let mut buf = vec![0; total_len(&iovecs)?.min(MAX_READ) as usize];
    let n = match descriptor(env.ctx(), fd)? {
        Descriptor::Stdin(stream) => loop {
            match stream.read(&mut buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                result => break result?,
            }
        },
        Descriptor::File(file) => file.read(&mut buf)?,
        _ => return Err(Errno::BADF.into()),
    };
    let n = n.min(buf.len());
    let mut mem = env.memory()?;
    scatter(&mut mem, &iovecs, &buf[..n])?;
    mem.write_u32(nread, n as u32)
}

pub(crate) fn fd_write(
    env: &mut dyn Env,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    nwritten: u32,
) -> Result<()> {
    match descriptor(env.ctx(), fd)? {
        Descriptor::Stdout(_) | Descriptor::Stderr(_) => {}
        Descriptor::File(file) if file.write => {}
        _ => return Err(Errno::BADF.into()),
    }
    let iovecs = checked_iovecs(env, iovs, iovs_len, nwritten)?;
    let data = gather(env, &iovecs)?;
    let n = match descriptor(env.ctx(), fd)? {
        Descriptor::Stdout(stream) | Descriptor::Stderr(stream) => {
            stream.write(&data)?;
            data.len() as u32
        }
        Descriptor::File(file) => file.write(&data)? as u32,
        _ => return Err(Errno::BADF.into()),
    };
    env.memory()?.write_u32(nwritten, n)
}

pub(crate) fn fd_pread(
    env: &mut dyn Env,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    offset: u64,
    nread: u32,
) -> Result<()> {
    match descriptor(env.ctx(), fd)? {
        Descriptor::Stdin(_) => return Err(Errno::SPIPE.into()),
        Descriptor::File(file) if file.read => {}
        _ => return Err(Errno::BADF.into()),
    }
    let iovecs = checked_iovecs(env, iovs, iovs_len, nread)?;
    let mut buf = vec![0; total_len(&iovecs)?.min(MAX_READ) as usize];
    let n = match descriptor(env.ctx(), fd)? {
        Descriptor::File(file) => file.read_at(&mut buf, offset)?,
        _ => return Err(Errno::BADF.into()),
    };
    let n = n.min(buf.len());
    let mut mem = env.memory()?;
    scatter(&mut mem, &iovecs, &buf[..n])?;
    mem.write_u32(nread, n as u32)
}

pub(crate) fn fd_pwrite(
    env: &mut dyn Env,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    offset: u64,
    nwritten: u32,
) -> Result<()> {
    match descriptor(env.ctx(), fd)? {
        Descriptor::Stdout(_) | Descriptor::Stderr(_) => return Err(Errno::SPIPE.into()),
        Descriptor::File(file) if file.write => {}
        _ => return Err(Errno::BADF.into()),
    }
    let iovecs = checked_iovecs(env, iovs, iovs_len, nwritten)?;
    let data = gather(env, &iovecs)?;
    let n = match descriptor(env.ctx(), fd)? {
        Descriptor::File(file) => file.write_at(&data, offset)?,
        _ => return Err(Errno::BADF.into()),
    };
    env.memory()?.write_u32(nwritten, n as u32)
}

pub(crate) fn fd_seek(
    env: &mut dyn Env,
    fd: u32,
    offset: u64,
    whence: u32,
    newoffset: u32,
) -> Result<()> {
    let whence = check_enum(whence, whence::END)?;
    let target = descriptor(env.ctx(), fd)?;
    if !matches!(target, Descriptor::File(_)) {
        return Err(not_seekable(target));
    }
    env.memory()?.check(newoffset, 8)?;
    let offset = offset as i64;
    let pos = match whence {
        whence::SET => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::INVAL)?),
        whence::CUR => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    let new = match descriptor(env.ctx(), fd)? {
        Descriptor::File(file) => file.seek(pos)?,
        _ => return Err(Errno::BADF.into()),
    };
    env.memory()?.write_u64(newoffset, new)
}

pub(crate) fn fd_tell(env: &mut dyn Env, fd: u32, offset: u32) -> Result<()> {
    let target = descriptor(env.ctx(), fd)?;
    if !matches!(target, Descriptor::File(_)) {
        return Err(not_seekable(target));
    }
    env.memory()?.check(offset, 8)?;
    let pos = match descriptor(env.ctx(), fd)? {
        Descriptor::File(file) => file.seek(SeekFrom::Current(0))?,
        _ => return Err(Errno::BADF.into()),
    };
    env.memory()?.write_u64(offset, pos)
}

/// Seeking a stream is `ESPIPE`; a directory is `EBADF`.
fn not_seekable(descriptor: &Descriptor) -> super::errno::Error {
    match descriptor {
        Descriptor::Stdin(_) | Descriptor::Stdout(_) | Descriptor::Stderr(_) => Errno::SPIPE.into(),
        _ => Errno::BADF.into(),
    }
}

/// Reads and checks the iovec list, and checks the result pointer.
fn checked_iovecs(env: &mut dyn Env, iovs: u32, iovs_len: u32, result: u32) -> Result<Vec<Iovec>> {
    let mem = env.memory()?;
    let iovecs = mem.iovecs(iovs, iovs_len)?;
    mem.check(result, 4)?;
    Ok(iovecs)
}

/// The most bytes one write call copies out of guest memory. Iovecs may overlap, so their
/// total can far exceed the memory's size; writing a prefix (a short write, which callers
/// must handle anyway) keeps the host's copy bounded.
const MAX_WRITE: usize = 1 << 20;

/// Copies the bytes the iovecs name into one buffer, up to `MAX_WRITE` of them.
fn gather(env: &mut dyn Env, iovecs: &[Iovec]) -> Result<Vec<u8>> {
    let mem = env.memory()?;
    let mut data = Vec::with_capacity((total_len(iovecs)? as usize).min(MAX_WRITE));
    for iov in iovecs {
        let bytes = mem.slice(iov.buf, iov.len)?;
        let room = MAX_WRITE - data.len();
        data.extend_from_slice(&bytes[..bytes.len().min(room)]);
        if data.len() == MAX_WRITE {
            break;
        }
    }
    Ok(data)
}

/// Spreads `data` over the iovecs, in order.
fn scatter(
    mem: &mut super::memory::GuestMemory<'_>,
    iovecs: &[Iovec],
    mut data: &[u8],
) -> Result<()> {
    for iov in iovecs {
        if data.is_empty() {
            break;
        }
        let n = data.len().min(iov.len as usize);
        mem.slice_mut(iov.buf, n as u32)?
            .copy_from_slice(&data[..n]);
        data = &data[n..];
    }
    Ok(())
}
