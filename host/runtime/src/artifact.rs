//! The file format of compiled modules.
//!
//! ```text
//! magic        8 bytes   "\0wicker\0"
//! format       u32 LE    FORMAT_VERSION
//! header len   u32 LE
//! header       UTF-8     one `key value` line each: wicker's version, the kind of artifact,
//!                        the code generator and target, every compile-affecting setting
//! body len     u64 LE
//! body         the artifact itself (postcard)
//! checksum     u64 LE    FNV-1a of everything before it
//! ```
//!
//! An artifact loads only into an engine whose header is the same, line for line; any other
//! is refused with the first line that differs. The checksum catches truncated and damaged
//! files. Neither makes a file trustworthy: the body's machine code runs as it is, which is
//! why loading is `unsafe`.

use crate::engine::Engine;
use anyhow::{Result, bail};
use wicker_environ::ModuleInfo;
use wicker_environ::compile::LinkedImage;

const MAGIC: &[u8; 8] = b"\0wicker\0";

/// The version of the layout above and of the body's types.
const FORMAT_VERSION: u32 = 1;

/// What a compiled module stores: everything its instantiation needs, without the wasm.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct ModuleArtifact {
    pub(crate) info: ModuleInfo,
    pub(crate) image: LinkedImage,
    pub(crate) data: Vec<u8>,
    pub(crate) data_ranges: Vec<std::ops::Range<usize>>,
}

/// The header an artifact of `kind` must carry to load into `engine`.
pub(crate) fn header(engine: &Engine, kind: &str) -> String {
    let c = &engine.0.config;
    let o = engine.0.compiler.options();
    format!(
        "wicker {}\nkind {kind}\ntarget {}\nexplicit-bounds-checks {}\nconsume-fuel {}\nepoch-interruption {}\nmulti-memory {}\nfeatures {:?}\n",
        env!("CARGO_PKG_VERSION"),
        engine.0.compiler.target_description(),
        o.explicit_bounds_checks,
        o.consume_fuel,
        o.epoch_interruption,
        o.multi_memory,
        c.features,
    )
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What kind of compiled artifact `bytes` holds, from its first bytes alone (nothing is
/// checked beyond them).
pub(crate) fn detect(bytes: &[u8]) -> Option<crate::Precompiled> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let header_len = u32::from_le_bytes(rest.get(4..8)?.try_into().ok()?) as usize;
    let header = rest.get(8..8usize.checked_add(header_len)?)?;
    let header = std::str::from_utf8(header).ok()?;
    header
        .lines()
        .any(|l| l == "kind module")
        .then_some(crate::Precompiled::Module)
}

/// Encodes `body` with `header`.
pub(crate) fn encode(header: &str, body: &impl serde::Serialize) -> Result<Vec<u8>> {
    let body = postcard::to_allocvec(body)?;
    let mut out = Vec::with_capacity(body.len() + header.len() + 40);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&u32::try_from(header.len())?.to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&body);
    let sum = fnv1a(&out);
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

/// Checks `bytes` against the header `expected` and decodes its body.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8], expected: &str) -> Result<T> {
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
    let end = at;
    let sum = u64_at(bytes, &mut at).ok_or_else(truncated)?;
    if at != bytes.len() {
        bail!(
            "the compiled artifact has {} bytes after its end",
            bytes.len() - at
        );
    }
    if fnv1a(&bytes[..end]) != sum {
        bail!("the compiled artifact is damaged (its checksum does not match)");
    }
    postcard::from_bytes(body)
        .map_err(|e| anyhow::anyhow!("the compiled artifact is malformed: {e}"))
}
