//! Randomness: the trait behind `random_get`, and the host's secure source.

use std::io;

/// The source of the guest's random bytes.
pub trait RandomSource: Send {
    /// Fills `buf` with random bytes.
    fn fill(&mut self, buf: &mut [u8]) -> io::Result<()>;
}

/// The host's cryptographically secure random source (`getrandom` on Linux,
/// `/dev/urandom` on other Unix systems).
#[derive(Debug, Default, Clone, Copy)]
pub struct HostRandom;

impl RandomSource for HostRandom {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    fn fill(&mut self, mut buf: &mut [u8]) -> io::Result<()> {
        while !buf.is_empty() {
            match rustix::rand::getrandom(&mut *buf, rustix::rand::GetRandomFlags::empty()) {
                Ok(n) => buf = &mut buf[n..],
                Err(rustix::io::Errno::INTR) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    fn fill(&mut self, buf: &mut [u8]) -> io::Result<()> {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")?.read_exact(buf)
    }
}
