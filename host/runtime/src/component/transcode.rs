//! Storing a string into a guest in the guest's encoding: the spec's `store_string` and
//! its helpers, one function each, with the same `realloc` calls (initial size, alignment,
//! and the growing and shrinking calls that follow), since a guest sees every one.
//!
//! What is stored depends on where the string came from: its text, and the encoding and
//! tagged length it had in its source (the spec's `String` triple). A host string is a
//! UTF-8 source. Every size is computed in 64 bits and checked to fit before it is passed
//! to `realloc`; [`realloc`] checks the alignment and bounds of what it returns, so the
//! writes after it stay inside the guest's memory.

use super::lower::realloc;
use super::memory::{GuestMemory, MAX_BYTE_LENGTH, StringEncoding, UTF16_TAG};
use anyhow::{Result, bail};

/// A string to store, with the encoding and tagged length its source gave it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SrcStr<'a> {
    /// The text.
    pub(crate) text: &'a str,
    /// The source's string encoding.
    pub(crate) encoding: StringEncoding,
    /// The source's length in its code units, tagged as the source passed it.
    pub(crate) tagged_code_units: u32,
}

impl<'a> SrcStr<'a> {
    /// A host string: a UTF-8 source no longer than the canonical ABI allows.
    pub(crate) fn host(text: &'a str) -> Result<SrcStr<'a>> {
        if text.len() as u64 > MAX_BYTE_LENGTH {
            bail!(
                "string too large: {} bytes is more than a component string may hold",
                text.len()
            );
        }
        Ok(SrcStr {
            text,
            encoding: StringEncoding::Utf8,
            tagged_code_units: text.len() as u32,
        })
    }
}

/// The encoding of a string's code units, with `latin1+utf16` resolved by its tag.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Simple {
    Utf8,
    Utf16,
    Latin1,
}

/// `n` as a `u32` size, or an error (never reached for strings within the length limit).
fn size(n: u64) -> Result<u32> {
    match u32::try_from(n) {
        Ok(n) => Ok(n),
        Err(_) => bail!("string too large for a 32-bit memory"),
    }
}

/// The spec's `store_string_into_range`: stores `src` in `dst` encoding; returns the
/// pointer and the tagged length in the destination's code units.
pub(crate) fn store_string_into_range(
    memory: &mut dyn GuestMemory,
    dst: StringEncoding,
    src: SrcStr<'_>,
) -> Result<(u32, u32)> {
    use StringEncoding as E;
    let (simple, units) = match src.encoding {
        E::CompactUtf16 if src.tagged_code_units & UTF16_TAG != 0 => {
            (Simple::Utf16, src.tagged_code_units ^ UTF16_TAG)
        }
        E::CompactUtf16 => (Simple::Latin1, src.tagged_code_units),
        E::Utf16 => (Simple::Utf16, src.tagged_code_units),
        E::Utf8 => (Simple::Utf8, src.tagged_code_units),
    };
    let s = src.text;
    match (dst, simple) {
        (E::Utf8, Simple::Utf8) => copy(memory, s, units, 1, 1, Simple::Utf8),
        (E::Utf8, Simple::Utf16) => to_utf8(memory, s, units, 3 * u64::from(units)),
        (E::Utf8, Simple::Latin1) => to_utf8(memory, s, units, 2 * u64::from(units)),
        (E::Utf16, Simple::Utf8) => utf8_to_utf16(memory, s, units),
        (E::Utf16, Simple::Utf16 | Simple::Latin1) => copy(memory, s, units, 2, 2, Simple::Utf16),
        // A `latin1+utf16` destination looks at the source's own encoding first: a plain
        // UTF-16 source is taken to be mostly Latin-1, a tagged one to be wide.
        (E::CompactUtf16, _) => match (src.encoding, simple) {
            (E::Utf8 | E::Utf16, _) => to_latin1_or_utf16(memory, s, units),
            (_, Simple::Latin1) => copy(memory, s, units, 1, 2, Simple::Latin1),
            _ => probably_utf16_to_latin1_or_utf16(memory, s, units),
        },
    }
}

/// Writes `s` encoded as `encoding` at `ptr`, which has room for it.
fn write(memory: &mut dyn GuestMemory, ptr: u32, s: &str, encoding: Simple) {
    let bytes = &mut memory.bytes_mut()[ptr as usize..];
    match encoding {
        Simple::Utf8 => bytes[..s.len()].copy_from_slice(s.as_bytes()),
        Simple::Utf16 => {
            for (at, unit) in bytes.chunks_exact_mut(2).zip(s.encode_utf16()) {
                at.copy_from_slice(&unit.to_le_bytes());
            }
        }
        Simple::Latin1 => {
            for (at, c) in bytes.iter_mut().zip(s.chars()) {
                *at = c as u8;
            }
        }
    }
}

/// The spec's `store_string_copy`: the destination needs as many code units as the
/// source, `unit_size` bytes each.
fn copy(
    memory: &mut dyn GuestMemory,
    s: &str,
    units: u32,
    unit_size: u32,
    align: u32,
    encoding: Simple,
) -> Result<(u32, u32)> {
    let byte_len = size(u64::from(unit_size) * u64::from(units))?;
    let ptr = realloc(memory, 0, 0, align, byte_len)?;
    write(memory, ptr, s, encoding);
    Ok((ptr, units))
}

/// The spec's `store_string_to_utf8` (for UTF-16 and Latin-1 sources): ASCII is copied
/// into an allocation of the source's length until the first wider character; then the
/// allocation grows to `worst` bytes and shrinks to what the UTF-8 takes.
fn to_utf8(memory: &mut dyn GuestMemory, s: &str, units: u32, worst: u64) -> Result<(u32, u32)> {
    let mut ptr = realloc(memory, 0, 0, 1, units)?;
    // Every character before the first non-ASCII one is one byte, so the index of a
    // character is its byte offset.
    for (i, c) in s.char_indices() {
        if c.is_ascii() {
            memory.bytes_mut()[ptr as usize + i] = c as u8;
            continue;
        }
        let worst = size(worst)?;
        ptr = realloc(memory, ptr, units, 1, worst)?;
        let encoded = s.as_bytes();
        memory.bytes_mut()[ptr as usize + i..ptr as usize + encoded.len()]
            .copy_from_slice(&encoded[i..]);
        let len = size(encoded.len() as u64)?;
        if worst > len {
            ptr = realloc(memory, ptr, worst, 1, len)?;
        }
        return Ok((ptr, len));
    }
    Ok((ptr, units))
}

/// The spec's `store_utf8_to_utf16`: two bytes per source byte, then shrunk to the
/// UTF-16 that the text takes.
fn utf8_to_utf16(memory: &mut dyn GuestMemory, s: &str, units: u32) -> Result<(u32, u32)> {
    let worst = size(2 * u64::from(units))?;
    let mut ptr = realloc(memory, 0, 0, 2, worst)?;
    write(memory, ptr, s, Simple::Utf16);
    let len = size(2 * s.encode_utf16().count() as u64)?;
    if len < worst {
        ptr = realloc(memory, ptr, worst, 2, len)?;
    }
    Ok((ptr, len / 2))
}

/// The spec's `store_string_to_latin1_or_utf16`: Latin-1 in an allocation of the source's
/// length while the characters fit; at the first that does not, the allocation doubles,
/// the Latin-1 written so far is widened in place, and the rest is UTF-16.
fn to_latin1_or_utf16(memory: &mut dyn GuestMemory, s: &str, units: u32) -> Result<(u32, u32)> {
    let mut ptr = realloc(memory, 0, 0, 2, units)?;
    let mut latin1_len = 0usize;
    for c in s.chars() {
        if (c as u32) < 0x100 {
            memory.bytes_mut()[ptr as usize + latin1_len] = c as u8;
            latin1_len += 1;
            continue;
        }
        let worst = size(2 * u64::from(units))?;
        ptr = realloc(memory, ptr, units, 2, worst)?;
        let bytes = &mut memory.bytes_mut()[ptr as usize..ptr as usize + worst as usize];
        for j in (0..latin1_len).rev() {
            bytes[2 * j] = bytes[j];
            bytes[2 * j + 1] = 0;
        }
        let mut written = 0usize;
        for (k, unit) in s.encode_utf16().enumerate() {
            if k >= latin1_len {
                bytes[2 * k..2 * k + 2].copy_from_slice(&unit.to_le_bytes());
            }
            written = k + 1;
        }
        let len = size(2 * written as u64)?;
        if worst > len {
            ptr = realloc(memory, ptr, worst, 2, len)?;
        }
        return Ok((ptr, (len / 2) | UTF16_TAG));
    }
    let latin1_len = latin1_len as u32;
    if latin1_len < units {
        ptr = realloc(memory, ptr, units, 2, latin1_len)?;
    }
    Ok((ptr, latin1_len))
}

/// The spec's `store_probably_utf16_to_latin1_or_utf16`: UTF-16 first; if every character
/// fits Latin-1 after all, it is narrowed in place and the allocation shrunk (alignment 1).
fn probably_utf16_to_latin1_or_utf16(
    memory: &mut dyn GuestMemory,
    s: &str,
    units: u32,
) -> Result<(u32, u32)> {
    let byte_len = size(2 * u64::from(units))?;
    let mut ptr = realloc(memory, 0, 0, 2, byte_len)?;
    write(memory, ptr, s, Simple::Utf16);
    let written = s.encode_utf16().count() as u32;
    if s.chars().any(|c| c as u32 >= 0x100) {
        return Ok((ptr, written | UTF16_TAG));
    }
    let bytes = &mut memory.bytes_mut()[ptr as usize..ptr as usize + byte_len as usize];
    for i in 0..written as usize {
        bytes[i] = bytes[2 * i];
    }
    ptr = realloc(memory, ptr, byte_len, 1, written)?;
    Ok((ptr, written))
}
