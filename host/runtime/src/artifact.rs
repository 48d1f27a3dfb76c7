//! The file format of compiled modules and components.
//!
//! ```text
//! magic        8 bytes   "\0wicker\0"
//! format       u32 LE    FORMAT_VERSION
//! header len   u32 LE
//! header       UTF-8     one `key value` line each: wicker's version, the kind of artifact,
//!                        the code generator and target, every compile-affecting setting
//! body len     u64 LE
//! body         the artifact's metadata (postcard)
//! sections     u32 LE    how many code sections follow, then each one's offset and length
//!                        (u64 LE each)
//! padding      zeros, up to each section's offset
//! section ...  the code images, each at an offset that is a multiple of SECTION_ALIGN,
//!              so that a file can be mapped into memory section by section
//! checksum     u64 LE    `checksum` of everything before it
//! ```
//!
//! An artifact loads only into an engine whose header is the same, line for line; any other
//! is refused with the first line that differs. The checksum catches truncated and damaged
//! files. Neither makes a file trustworthy: the body's machine code runs as it is, which is
//! why loading is `unsafe`.

use crate::engine::Engine;
use anyhow::{Result, bail};
use std::ops::Range;
use wicker_environ::ModuleInfo;
use wicker_environ::compile::ImageLayout;
use wicker_environ::component::{ComponentTranslation, ComponentTypes};

const MAGIC: &[u8; 8] = b"\0wicker\0";

/// The version of the layout above and of the body's types.
pub(crate) const FORMAT_VERSION: u32 = 2;

/// The alignment of code sections in the file: a multiple of the target's page size, so
/// that each can be mapped where it lies.
pub(crate) const SECTION_ALIGN: usize = if cfg!(target_arch = "x86_64") {
    4096
} else {
    16384
};

/// What a compiled module stores: everything its instantiation needs, without the wasm.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct ModuleArtifact {
    pub(crate) info: ModuleInfo,
    /// The layout of its code image, whose bytes are the code section `code`.
    pub(crate) layout: ImageLayout,
    pub(crate) code: u32,
    pub(crate) data: Vec<u8>,
    pub(crate) data_ranges: Vec<Range<usize>>,
}

/// What a compiled component stores: its translation, its types and its core modules.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct ComponentArtifact<T = ComponentTranslation, Y = ComponentTypes> {
    pub(crate) translation: T,
    pub(crate) types: Y,
    pub(crate) modules: Vec<ModuleArtifact>,
}

/// The same, borrowing what it stores, for writing.
pub(crate) type ComponentArtifactRef<'a> =
    ComponentArtifact<&'a ComponentTranslation, &'a ComponentTypes>;

/// Places a code image an artifact stores: given the section's range in the artifact, the
/// image's layout and its names, it maps the code (from the artifact's bytes or its file).
pub(crate) type MapCode<'a> = dyn FnMut(Range<usize>, &ImageLayout, crate::vm::ImageNames) -> Result<crate::vm::CodeMemory>
    + 'a;

/// The kind line of a module's header.
pub(crate) const MODULE: &str = "module";
/// The kind line of a component's header.
pub(crate) const COMPONENT: &str = "component";

/// The header an artifact of `kind` must carry to load into `engine`: the version and
/// build of wicker, the code generator's target and every setting that changes code.
pub(crate) fn header(engine: &Engine, kind: &str) -> String {
    let c = &engine.0.config;
    let o = engine.0.compiler.options();
    format!(
        "wicker {} (build {})\nkind {kind}\ntarget {}\nexplicit-bounds-checks {}\nconsume-fuel {}\nepoch-interruption {}\nmulti-memory {}\nfeatures {:?}\n",
        env!("CARGO_PKG_VERSION"),
        env!("WICKER_BUILD_ID"),
        engine.0.compiler.target_description(),
        o.explicit_bounds_checks,
        o.consume_fuel,
        o.epoch_interruption,
        o.multi_memory,
        c.features,
    )
}

/// A 64-bit checksum that changes with any change of one aligned 8-byte word (each step is
/// a bijection of its lane) and with the length; it reads four words at a time, so that
/// checking a large artifact costs little next to loading it. It detects damage, not
/// tampering.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut lanes: [u64; 4] = [
        0x243f_6a88_85a3_08d3,
        0x1319_8a2e_0370_7344,
        0xa409_3822_299f_31d0,
        0x082e_fa98_ec4e_6c89,
    ];
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        for (lane, word) in lanes.iter_mut().zip(chunk.chunks_exact(8)) {
            let w = u64::from_le_bytes(word.try_into().expect("8 bytes"));
            *lane = (*lane ^ w).wrapping_mul(K).rotate_left(31);
        }
    }
    let mut h = bytes.len() as u64;
    for lane in lanes {
        h = (h ^ lane).wrapping_mul(K).rotate_left(27);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 29)
}

/// What kind of compiled artifact `bytes` holds, from its first bytes alone (nothing is
/// checked beyond them).
pub(crate) fn detect(bytes: &[u8]) -> Option<crate::Precompiled> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let header_len = u32::from_le_bytes(rest.get(4..8)?.try_into().ok()?) as usize;
    let header = rest.get(8..8usize.checked_add(header_len)?)?;
    let header = std::str::from_utf8(header).ok()?;
    header.lines().find_map(|l| match l.strip_prefix("kind ")? {
        MODULE => Some(crate::Precompiled::Module),
        COMPONENT => Some(crate::Precompiled::Component),
        _ => None,
    })
}

/// Encodes `body` with `header`, and `sections` after it, each aligned.
pub(crate) fn encode(
    header: &str,
    body: &impl serde::Serialize,
    sections: &[&[u8]],
) -> Result<Vec<u8>> {
    let body = postcard::to_allocvec(body)?;
    let table_len = 4 + 16 * sections.len();
    let mut out = Vec::with_capacity(
        body.len() + header.len() + table_len + sections.iter().map(|s| s.len()).sum::<usize>(),
    );
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&u32::try_from(header.len())?.to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&u32::try_from(sections.len())?.to_le_bytes());
    let mut offset = out.len() + 16 * sections.len();
    let mut offsets = Vec::with_capacity(sections.len());
    for s in sections {
        offset = offset.next_multiple_of(SECTION_ALIGN);
        offsets.push(offset);
        out.extend_from_slice(&(offset as u64).to_le_bytes());
        out.extend_from_slice(&(s.len() as u64).to_le_bytes());
        offset += s.len();
    }
    for (s, offset) in sections.iter().zip(offsets) {
        out.resize(offset, 0);
        out.extend_from_slice(s);
    }
    let sum = checksum(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    Ok(out)
}

/// Reads `n` bytes at `*at`, advancing; `None` past the end.
fn take<'a>(bytes: &'a [u8], at: &mut usize, n: u64) -> Option<&'a [u8]> {
    let end = (*at as u64).checked_add(n)?;
    let slice = bytes.get(*at..usize::try_from(end).ok()?)?;
    *at += slice.len();
    Some(slice)
}

fn u32_at(bytes: &[u8], at: &mut usize) -> Option<u32> {
    take(bytes, at, 4).map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")))
}

fn u64_at(bytes: &[u8], at: &mut usize) -> Option<u64> {
    take(bytes, at, 8).map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")))
}

/// An artifact's body and where its code sections lie in its bytes.
pub(crate) struct Decoded<T> {
    pub(crate) body: T,
    pub(crate) sections: Vec<Range<usize>>,
}

/// Checks `bytes` against the header `expected` and decodes its body and its table of
/// sections (each checked to lie, aligned and in order, between the table and the
/// checksum).
pub(crate) fn decode<'a, T: serde::de::DeserializeOwned>(
    bytes: &'a [u8],
    expected: &'a str,
) -> Result<Decoded<T>> {
    let truncated = || anyhow::anyhow!("the compiled artifact is truncated");
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        bail!("not a compiled wicker artifact (its first bytes are not wicker's)");
    }
    let mut at = MAGIC.len();
    let format = u32_at(bytes, &mut at).ok_or_else(truncated)?;
    if format != FORMAT_VERSION {
        bail!(
            "the compiled artifact has format {format}, this wicker reads format {FORMAT_VERSION}"
        );
    }
    let header_len = u32_at(bytes, &mut at).ok_or_else(truncated)?;
    let header = take(bytes, &mut at, u64::from(header_len)).ok_or_else(truncated)?;
    let header = std::str::from_utf8(header)
        .map_err(|_| anyhow::anyhow!("the compiled artifact's header is not text"))?;
    if header != expected {
        let kind = |h: &'a str| h.lines().find_map(|l| l.strip_prefix("kind "));
        if let (Some(theirs), Some(ours)) = (kind(header), kind(expected))
            && theirs != ours
        {
            bail!("the artifact is a compiled {theirs}, not a {ours}");
        }
        let (theirs, ours) = header
            .lines()
            .zip(expected.lines())
            .find(|(a, b)| a != b)
            .unwrap_or((header, expected));
        bail!(
            "the artifact was compiled for another configuration: it has `{theirs}`, this engine `{ours}`"
        );
    }
    let body_len = u64_at(bytes, &mut at).ok_or_else(truncated)?;
    let body = take(bytes, &mut at, body_len).ok_or_else(truncated)?;
    let count = u32_at(bytes, &mut at).ok_or_else(truncated)?;
    let table = take(bytes, &mut at, u64::from(count) * 16).ok_or_else(truncated)?;
    let mut sections = Vec::with_capacity(count as usize);
    let mut end = at as u64;
    for entry in table.chunks_exact(16) {
        let offset = u64::from_le_bytes(entry[..8].try_into().expect("8 bytes"));
        let len = u64::from_le_bytes(entry[8..].try_into().expect("8 bytes"));
        let section_end = offset.checked_add(len);
        if offset < end || !offset.is_multiple_of(SECTION_ALIGN as u64) || section_end.is_none() {
            bail!("the compiled artifact's table of code sections is malformed");
        }
        end = section_end.expect("checked");
        // The checksum follows the last section.
        if end.saturating_add(8) > bytes.len() as u64 {
            return Err(truncated());
        }
        sections.push(offset as usize..end as usize);
    }
    let mut at = end as usize;
    let sum = u64_at(bytes, &mut at).ok_or_else(truncated)?;
    if at != bytes.len() {
        bail!(
            "the compiled artifact has {} bytes after its end",
            bytes.len() - at
        );
    }
    if checksum(&bytes[..end as usize]) != sum {
        bail!("the compiled artifact is damaged (its checksum does not match)");
    }
    let body = postcard::from_bytes(body)
        .map_err(|e| anyhow::anyhow!("the compiled artifact is malformed: {e}"))?;
    Ok(Decoded { body, sections })
}
