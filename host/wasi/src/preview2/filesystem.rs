//! `wasi:filesystem` (types and preopens) over the pre-opened directories of the
//! [`WasiCtx`], with the sandbox and permissions preview 1 has: every path is resolved by
//! cap-std beneath a directory the guest holds, and `DirPerms`/`FilePerms` bound what may
//! be done there.

use super::bindings::wasi::filesystem::{preopens, types};
use super::{InputStream, OutputStream};
use crate::WasiCtx;
use crate::filesystem::{DirPerms, Directory, File, FileModes, FilePerms};
use cap_fs_ext::{
    DirExt, FollowSymlinks, MetadataExt, OpenOptionsFollowExt, OpenOptionsMaybeDirExt,
    SystemTimeSpec,
};
use cap_std::fs::{Dir, Metadata};
use std::sync::Arc;
use types::{
    DescriptorFlags, DescriptorStat, DescriptorType, DirectoryEntry, ErrorCode, MetadataHashValue,
    NewTimestamp, OpenFlags, PathFlags,
};
use wicker::component::Resource;

/// `wasi:filesystem/types.descriptor`: a directory or a file the guest holds.
#[derive(Debug)]
pub enum Descriptor {
    /// A directory, pre-opened or opened beneath one.
    Dir(Directory),
    /// A file opened beneath a directory; clones of the handle share the open file.
    File(Arc<File>),
}

/// `wasi:filesystem/types.directory-entry-stream`: the entries of a directory, listed
/// when the stream was made.
#[derive(Debug)]
pub struct DirectoryEntryStream(std::vec::IntoIter<DirectoryEntry>);

/// Why a filesystem operation failed: a WASI `error-code`, or a trap.
#[derive(Debug)]
pub enum FsError {
    /// A WASI error code.
    Code(ErrorCode),
    /// An error of the host's filesystem, mapped to its WASI code.
    Io(std::io::Error),
    /// The guest broke a rule of the interface.
    Trap(anyhow::Error),
}

impl From<std::io::Error> for FsError {
    fn from(e: std::io::Error) -> FsError {
        FsError::Io(e)
    }
}

impl From<ErrorCode> for FsError {
    fn from(c: ErrorCode) -> FsError {
        FsError::Code(c)
    }
}

impl From<wicker::component::ResourceTableError> for FsError {
    fn from(e: wicker::component::ResourceTableError) -> FsError {
        FsError::Trap(e.into())
    }
}

type Result<T> = std::result::Result<T, FsError>;

/// The WASI code of a host error.
pub(crate) fn error_code(err: &std::io::Error) -> ErrorCode {
    #[cfg(unix)]
    if err.raw_os_error().is_some() {
        use rustix::io::Errno as E;
        let errno = E::from_io_error(err).unwrap_or(E::IO);
        return match errno {
            E::ACCESS => ErrorCode::Access,
            E::AGAIN => ErrorCode::WouldBlock,
            E::ALREADY => ErrorCode::Already,
            E::BADF => ErrorCode::BadDescriptor,
            E::BUSY => ErrorCode::Busy,
            E::DQUOT => ErrorCode::Quota,
            E::EXIST => ErrorCode::Exist,
            E::FBIG => ErrorCode::FileTooLarge,
            E::ILSEQ => ErrorCode::IllegalByteSequence,
            E::INPROGRESS => ErrorCode::InProgress,
            E::INTR => ErrorCode::Interrupted,
            E::INVAL => ErrorCode::Invalid,
            E::IO => ErrorCode::Io,
            E::ISDIR => ErrorCode::IsDirectory,
            E::LOOP => ErrorCode::Loop,
            E::MLINK => ErrorCode::TooManyLinks,
            E::NAMETOOLONG => ErrorCode::NameTooLong,
            E::NODEV => ErrorCode::NoDevice,
            E::NOENT => ErrorCode::NoEntry,
            E::NOMEM => ErrorCode::InsufficientMemory,
            E::NOSPC => ErrorCode::InsufficientSpace,
            E::NOTDIR => ErrorCode::NotDirectory,
            E::NOTEMPTY => ErrorCode::NotEmpty,
            E::NOTSUP => ErrorCode::Unsupported,
            E::NOTTY => ErrorCode::NoTty,
            E::NXIO => ErrorCode::NoSuchDevice,
            E::OVERFLOW => ErrorCode::Overflow,
            E::PERM => ErrorCode::NotPermitted,
            E::PIPE => ErrorCode::Pipe,
            E::ROFS => ErrorCode::ReadOnly,
            E::SPIPE => ErrorCode::InvalidSeek,
            E::TXTBSY => ErrorCode::TextFileBusy,
            E::XDEV => ErrorCode::CrossDevice,
            _ => ErrorCode::Io,
        };
    }
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => ErrorCode::NoEntry,
        K::PermissionDenied => ErrorCode::NotPermitted,
        K::AlreadyExists => ErrorCode::Exist,
        K::InvalidInput => ErrorCode::Invalid,
        _ => ErrorCode::Io,
    }
}

impl WasiCtx {
    fn descriptor(&self, d: &Resource<Descriptor>) -> Result<&Descriptor> {
        Ok(self.resources.get(d)?)
    }

    fn dir(&self, d: &Resource<Descriptor>) -> Result<Directory> {
        match self.descriptor(d)? {
            Descriptor::Dir(dir) => Ok(dir.clone()),
            Descriptor::File(_) => Err(ErrorCode::NotDirectory.into()),
        }
    }

    fn file(&self, d: &Resource<Descriptor>) -> Result<Arc<File>> {
        match self.descriptor(d)? {
            Descriptor::File(f) => Ok(f.clone()),
            Descriptor::Dir(_) => Err(ErrorCode::IsDirectory.into()),
        }
    }
}

/// The directory's entries may be read (always, for a pre-open one may see).
fn check_read(dir: &Directory) -> Result<()> {
    if !dir.perms.contains(DirPerms::READ) {
        return Err(ErrorCode::NotPermitted.into());
    }
    Ok(())
}

fn check_mutate(dir: &Directory) -> Result<()> {
    if !dir.perms.contains(DirPerms::MUTATE) {
        return Err(ErrorCode::NotPermitted.into());
    }
    Ok(())
}

fn descriptor_type(meta: &Metadata) -> DescriptorType {
    let ft = meta.file_type();
    if ft.is_dir() {
        return DescriptorType::Directory;
    }
    if ft.is_file() {
        return DescriptorType::RegularFile;
    }
    if ft.is_symlink() {
        return DescriptorType::SymbolicLink;
    }
    #[cfg(unix)]
    {
        use cap_std::fs::FileTypeExt;
        if ft.is_block_device() {
            return DescriptorType::BlockDevice;
        }
        if ft.is_char_device() {
            return DescriptorType::CharacterDevice;
        }
        if ft.is_socket() {
            return DescriptorType::Socket;
        }
        if ft.is_fifo() {
            return DescriptorType::Fifo;
        }
    }
    DescriptorType::Unknown
}

fn datetime(t: std::io::Result<cap_std::time::SystemTime>) -> Option<types::Datetime> {
    let d = t
        .ok()?
        .into_std()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(types::Datetime {
        seconds: d.as_secs(),
        nanoseconds: d.subsec_nanos(),
    })
}

fn stat(meta: &Metadata) -> DescriptorStat {
    DescriptorStat {
        r#type: descriptor_type(meta),
        link_count: meta.nlink(),
        size: meta.len(),
        data_access_timestamp: datetime(meta.accessed()),
        data_modification_timestamp: datetime(meta.modified()),
        status_change_timestamp: status_change(meta),
    }
}

#[cfg(unix)]
fn status_change(meta: &Metadata) -> Option<types::Datetime> {
    Some(types::Datetime {
        seconds: u64::try_from(cap_std::fs::MetadataExt::ctime(meta)).ok()?,
        nanoseconds: u32::try_from(cap_std::fs::MetadataExt::ctime_nsec(meta)).ok()?,
    })
}

#[cfg(not(unix))]
fn status_change(meta: &Metadata) -> Option<types::Datetime> {
    datetime(meta.created())
}

/// The time `t` asks for; `overflow` if it lies past what the host's clock can represent
/// (the guest chooses the seconds, up to 2^64-1).
fn time_spec(t: NewTimestamp) -> Result<Option<SystemTimeSpec>> {
    match t {
        NewTimestamp::NoChange => Ok(None),
        NewTimestamp::Now => Ok(Some(SystemTimeSpec::SymbolicNow)),
        NewTimestamp::Timestamp(d) => {
            // Nanoseconds past a second carry into the seconds, as `Duration::new` does,
            // but without its panic on overflow.
            let seconds = d
                .seconds
                .checked_add(u64::from(d.nanoseconds / 1_000_000_000))
                .ok_or(ErrorCode::Overflow)?;
            let since_epoch = std::time::Duration::new(seconds, d.nanoseconds % 1_000_000_000);
            let time = std::time::UNIX_EPOCH
                .checked_add(since_epoch)
                .ok_or(ErrorCode::Overflow)?;
            Ok(Some(SystemTimeSpec::Absolute(
                cap_std::time::SystemTime::from_std(time),
            )))
        }
    }
}

fn follow(flags: PathFlags) -> FollowSymlinks {
    if flags.symlink_follow {
        FollowSymlinks::Yes
    } else {
        FollowSymlinks::No
    }
}

fn meta_at(dir: &Dir, flags: PathFlags, path: &str) -> std::io::Result<Metadata> {
    if flags.symlink_follow {
        dir.metadata(path)
    } else {
        dir.symlink_metadata(path)
    }
}

fn hash(meta: &Metadata) -> MetadataHashValue {
    // Device and inode identify the object; the modification time tells versions apart.
    let mtime = datetime(meta.modified()).map_or(0, |d| d.seconds ^ u64::from(d.nanoseconds));
    MetadataHashValue {
        lower: meta.dev().rotate_left(32) ^ meta.ino(),
        upper: mtime ^ meta.len(),
    }
}

/// The most bytes one `read` or `write` may move.
const MAX_IO: u64 = 1 << 20;

impl types::Host for WasiCtx {
    fn convert_error_code(&mut self, err: FsError) -> wicker::Result<ErrorCode> {
        match err {
            FsError::Code(c) => Ok(c),
            FsError::Io(e) => Ok(error_code(&e)),
            FsError::Trap(e) => Err(e),
        }
    }

    fn filesystem_error_code(
        &mut self,
        err: Resource<super::IoError>,
    ) -> wicker::Result<Option<ErrorCode>> {
        // Stream errors carry only a message: no filesystem code can be recovered.
        self.resources.get(&err)?;
        Ok(None)
    }
}

impl types::HostDescriptor for WasiCtx {
    fn read_via_stream(
        &mut self,
        self_: Resource<Descriptor>,
        offset: u64,
    ) -> Result<Resource<InputStream>> {
        let file = self.file(&self_)?;
        if !file.read {
            return Err(ErrorCode::BadDescriptor.into());
        }
        Ok(self.resources.push(InputStream::File { file, offset })?)
    }

    fn write_via_stream(
        &mut self,
        self_: Resource<Descriptor>,
        offset: u64,
    ) -> Result<Resource<OutputStream>> {
        let file = self.file(&self_)?;
        if !file.write {
            return Err(ErrorCode::BadDescriptor.into());
        }
        Ok(self.resources.push(OutputStream::File {
            file,
            offset,
            append: false,
        })?)
    }

    fn append_via_stream(&mut self, self_: Resource<Descriptor>) -> Result<Resource<OutputStream>> {
        let file = self.file(&self_)?;
        if !file.write {
            return Err(ErrorCode::BadDescriptor.into());
        }
        Ok(self.resources.push(OutputStream::File {
            file,
            offset: 0,
            append: true,
        })?)
    }

    fn advise(
        &mut self,
        self_: Resource<Descriptor>,
        _: u64,
        _: u64,
        _: types::Advice,
    ) -> Result<()> {
        // Advice is a hint; accepting it for any open file is correct.
        self.file(&self_)?;
        Ok(())
    }

    fn sync_data(&mut self, self_: Resource<Descriptor>) -> Result<()> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => Ok(f.file.sync_data()?),
            Descriptor::Dir(_) => Ok(()),
        }
    }

    fn get_flags(&mut self, self_: Resource<Descriptor>) -> Result<DescriptorFlags> {
        Ok(match self.descriptor(&self_)? {
            Descriptor::Dir(d) => DescriptorFlags {
                read: d.perms.contains(DirPerms::READ),
                mutate_directory: d.perms.contains(DirPerms::MUTATE),
                ..DescriptorFlags::default()
            },
            Descriptor::File(f) => DescriptorFlags {
                read: f.read,
                write: f.write,
                file_integrity_sync: f.modes.sync,
                data_integrity_sync: f.modes.dsync,
                requested_write_sync: f.modes.rsync,
                mutate_directory: false,
            },
        })
    }

    fn get_type(&mut self, self_: Resource<Descriptor>) -> Result<DescriptorType> {
        Ok(match self.descriptor(&self_)? {
            Descriptor::Dir(_) => DescriptorType::Directory,
            Descriptor::File(f) => descriptor_type(&Metadata::from_file(&f.file)?),
        })
    }

    fn set_size(&mut self, self_: Resource<Descriptor>, size: u64) -> Result<()> {
        let f = self.file(&self_)?;
        if !f.write {
            return Err(ErrorCode::BadDescriptor.into());
        }
        Ok(f.file.set_len(size)?)
    }

    fn set_times(
        &mut self,
        self_: Resource<Descriptor>,
        atime: NewTimestamp,
        mtime: NewTimestamp,
    ) -> Result<()> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => {
                if !f.write {
                    return Err(ErrorCode::BadDescriptor.into());
                }
                let times = std::fs::FileTimes::new();
                let times = match time_spec(atime)? {
                    Some(t) => times.set_accessed(spec_time(t)),
                    None => times,
                };
                let times = match time_spec(mtime)? {
                    Some(t) => times.set_modified(spec_time(t)),
                    None => times,
                };
                Ok(f.file.set_times(times)?)
            }
            Descriptor::Dir(d) => {
                check_mutate(d)?;
                Ok(d.dir.set_times(".", time_spec(atime)?, time_spec(mtime)?)?)
            }
        }
    }

    fn read(
        &mut self,
        self_: Resource<Descriptor>,
        length: u64,
        offset: u64,
    ) -> Result<(Vec<u8>, bool)> {
        let f = self.file(&self_)?;
        if !f.read {
            return Err(ErrorCode::BadDescriptor.into());
        }
        let mut buf = vec![0; length.min(MAX_IO) as usize];
        let n = f.read_at(&mut buf, offset)?;
        buf.truncate(n);
        let end = n == 0 && length > 0;
        Ok((buf, end))
    }

    fn write(&mut self, self_: Resource<Descriptor>, buffer: Vec<u8>, offset: u64) -> Result<u64> {
        let f = self.file(&self_)?;
        if !f.write {
            return Err(ErrorCode::BadDescriptor.into());
        }
        if buffer.len() as u64 > MAX_IO {
            return Err(ErrorCode::MessageSize.into());
        }
        Ok(f.write_at(&buffer, offset)? as u64)
    }

    fn read_directory(
        &mut self,
        self_: Resource<Descriptor>,
    ) -> Result<Resource<DirectoryEntryStream>> {
        let dir = self.dir(&self_)?;
        check_read(&dir)?;
        let mut entries = Vec::new();
        for entry in dir.dir.entries()? {
            let entry = entry?;
            let meta = match entry.metadata() {
                Ok(meta) => meta,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e.into()),
            };
            let Ok(name) = entry.file_name().into_string() else {
                return Err(ErrorCode::IllegalByteSequence.into());
            };
            entries.push(DirectoryEntry {
                r#type: descriptor_type(&meta),
                name,
            });
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(self
            .resources
            .push(DirectoryEntryStream(entries.into_iter()))?)
    }

    fn sync(&mut self, self_: Resource<Descriptor>) -> Result<()> {
        match self.descriptor(&self_)? {
            Descriptor::File(f) => Ok(f.file.sync_all()?),
            Descriptor::Dir(_) => Ok(()),
        }
    }

    fn create_directory_at(&mut self, self_: Resource<Descriptor>, path: String) -> Result<()> {
        let dir = self.dir(&self_)?;
        check_mutate(&dir)?;
        Ok(dir.dir.create_dir(&path)?)
    }

    fn stat(&mut self, self_: Resource<Descriptor>) -> Result<DescriptorStat> {
        Ok(match self.descriptor(&self_)? {
            Descriptor::Dir(d) => stat(&d.dir.dir_metadata()?),
            Descriptor::File(f) => stat(&Metadata::from_file(&f.file)?),
        })
    }

    fn stat_at(
        &mut self,
        self_: Resource<Descriptor>,
        flags: PathFlags,
        path: String,
    ) -> Result<DescriptorStat> {
        let dir = self.dir(&self_)?;
        check_read(&dir)?;
        Ok(stat(&meta_at(&dir.dir, flags, &path)?))
    }

    fn set_times_at(
        &mut self,
        self_: Resource<Descriptor>,
        flags: PathFlags,
        path: String,
        atime: NewTimestamp,
        mtime: NewTimestamp,
    ) -> Result<()> {
        let dir = self.dir(&self_)?;
        check_mutate(&dir)?;
        let (a, m) = (time_spec(atime)?, time_spec(mtime)?);
        if flags.symlink_follow {
            Ok(dir.dir.set_times(&path, a, m)?)
        } else {
            Ok(dir.dir.set_symlink_times(&path, a, m)?)
        }
    }

    fn link_at(
        &mut self,
        self_: Resource<Descriptor>,
        old_flags: PathFlags,
        old_path: String,
        new_descriptor: Resource<Descriptor>,
        new_path: String,
    ) -> Result<()> {
        let (from, to) = (self.dir(&self_)?, self.dir(&new_descriptor)?);
        // A new name for a file of a read-only directory would make it writable through
        // the other: both directories must allow changes, as in preview 1.
        check_mutate(&from)?;
        check_mutate(&to)?;
        if old_flags.symlink_follow {
            // Hard links to what a symbolic link points to are not made.
            return Err(ErrorCode::Invalid.into());
        }
        Ok(from.dir.hard_link(&old_path, &to.dir, &new_path)?)
    }

    fn open_at(
        &mut self,
        self_: Resource<Descriptor>,
        path_flags: PathFlags,
        path: String,
        open_flags: OpenFlags,
        flags: DescriptorFlags,
    ) -> Result<Resource<Descriptor>> {
        let dir = self.dir(&self_)?;
        check_read(&dir)?;
        let (create, exclusive, truncate) =
            (open_flags.create, open_flags.exclusive, open_flags.truncate);
        let want_dir = open_flags.directory;
        if want_dir && (create || exclusive || truncate) {
            return Err(ErrorCode::Invalid.into());
        }
        if (create || truncate || flags.mutate_directory) && !dir.perms.contains(DirPerms::MUTATE) {
            return Err(ErrorCode::NotPermitted.into());
        }
        if flags.write && !dir.file_perms.contains(FilePerms::WRITE) {
            return Err(ErrorCode::NotPermitted.into());
        }
        if flags.read && !dir.file_perms.contains(FilePerms::READ) {
            return Err(ErrorCode::NotPermitted.into());
        }
        let mut opts = cap_std::fs::OpenOptions::new();
        opts.maybe_dir(true);
        opts.follow(follow(path_flags));
        if create {
            if exclusive {
                opts.create_new(true);
            } else {
                opts.create(true);
            }
        }
        opts.truncate(truncate);
        let host_write = flags.write || create || truncate;
        opts.write(host_write);
        opts.read(flags.read || !host_write);
        let modes = FileModes {
            sync: flags.file_integrity_sync,
            dsync: flags.data_integrity_sync,
            rsync: flags.requested_write_sync,
            nonblock: false,
        };
        modes.apply(&mut opts);
        let file = dir.dir.open_with(&path, &opts)?;
        let descriptor = if file.metadata()?.is_dir() {
            if flags.write {
                return Err(ErrorCode::IsDirectory.into());
            }
            Descriptor::Dir(Directory::opened(Dir::from_std_file(file.into_std()), &dir))
        } else if want_dir || path.ends_with('/') {
            return Err(ErrorCode::NotDirectory.into());
        } else {
            Descriptor::File(Arc::new(File {
                file: file.into_std(),
                read: flags.read,
                write: flags.write,
                append: false,
                modes,
            }))
        };
        Ok(self.resources.push(descriptor)?)
    }

    fn readlink_at(&mut self, self_: Resource<Descriptor>, path: String) -> Result<String> {
        let dir = self.dir(&self_)?;
        check_read(&dir)?;
        let target = dir.dir.read_link(&path)?;
        target
            .into_os_string()
            .into_string()
            .map_err(|_| ErrorCode::IllegalByteSequence.into())
    }

    fn remove_directory_at(&mut self, self_: Resource<Descriptor>, path: String) -> Result<()> {
        let dir = self.dir(&self_)?;
        check_mutate(&dir)?;
        // `dir/` names the directory `dir`, as it does for POSIX `rmdir`.
        let trimmed = path.trim_end_matches('/');
        let path = if trimmed.is_empty() { &path } else { trimmed };
        Ok(dir.dir.remove_dir(path)?)
    }

    fn rename_at(
        &mut self,
        self_: Resource<Descriptor>,
        old_path: String,
        new_descriptor: Resource<Descriptor>,
        new_path: String,
    ) -> Result<()> {
        let (from, to) = (self.dir(&self_)?, self.dir(&new_descriptor)?);
        check_mutate(&from)?;
        check_mutate(&to)?;
        Ok(from.dir.rename(&old_path, &to.dir, &new_path)?)
    }

    fn symlink_at(
        &mut self,
        self_: Resource<Descriptor>,
        old_path: String,
        new_path: String,
    ) -> Result<()> {
        let dir = self.dir(&self_)?;
        check_mutate(&dir)?;
        #[cfg(unix)]
        return Ok(dir.dir.symlink(&old_path, &new_path)?);
        #[cfg(not(unix))]
        return Ok(dir.dir.symlink_file(&old_path, &new_path)?);
    }

    fn unlink_file_at(&mut self, self_: Resource<Descriptor>, path: String) -> Result<()> {
        let dir = self.dir(&self_)?;
        check_mutate(&dir)?;
        Ok(dir.dir.remove_file(&path)?)
    }

    fn is_same_object(
        &mut self,
        self_: Resource<Descriptor>,
        other: Resource<Descriptor>,
    ) -> wicker::Result<bool> {
        let meta = |cx: &WasiCtx, d: &Resource<Descriptor>| -> wicker::Result<Metadata> {
            Ok(match cx.resources.get(d)? {
                Descriptor::Dir(dir) => dir.dir.dir_metadata()?,
                Descriptor::File(f) => Metadata::from_file(&f.file)?,
            })
        };
        let (a, b) = (meta(self, &self_)?, meta(self, &other)?);
        Ok(a.dev() == b.dev() && a.ino() == b.ino())
    }

    fn metadata_hash(&mut self, self_: Resource<Descriptor>) -> Result<MetadataHashValue> {
        Ok(match self.descriptor(&self_)? {
            Descriptor::Dir(d) => hash(&d.dir.dir_metadata()?),
            Descriptor::File(f) => hash(&Metadata::from_file(&f.file)?),
        })
    }

    fn metadata_hash_at(
        &mut self,
        self_: Resource<Descriptor>,
        flags: PathFlags,
        path: String,
    ) -> Result<MetadataHashValue> {
        let dir = self.dir(&self_)?;
        check_read(&dir)?;
        Ok(hash(&meta_at(&dir.dir, flags, &path)?))
    }

    fn drop(&mut self, rep: Resource<Descriptor>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

fn spec_time(t: SystemTimeSpec) -> std::time::SystemTime {
    match t {
        SystemTimeSpec::SymbolicNow => std::time::SystemTime::now(),
        SystemTimeSpec::Absolute(t) => t.into_std(),
    }
}

impl types::HostDirectoryEntryStream for WasiCtx {
    fn read_directory_entry(
        &mut self,
        self_: Resource<DirectoryEntryStream>,
    ) -> Result<Option<DirectoryEntry>> {
        Ok(self.resources.get_mut(&self_)?.0.next())
    }

    fn drop(&mut self, rep: Resource<DirectoryEntryStream>) -> wicker::Result<()> {
        self.resources.delete(rep)?;
        Ok(())
    }
}

impl preopens::Host for WasiCtx {
    fn get_directories(&mut self) -> wicker::Result<Vec<(Resource<Descriptor>, String)>> {
        let mut dirs = Vec::new();
        for (dir, name) in self.table.preopens() {
            dirs.push((self.resources.push(Descriptor::Dir(dir))?, name));
        }
        Ok(dirs)
    }
}
