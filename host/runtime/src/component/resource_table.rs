//! The host's table of resource state.

use std::any::Any;
use std::collections::BTreeSet;
use std::fmt;
use std::marker::PhantomData;

/// A typed handle to a host resource whose state lives in a [`ResourceTable`].
///
/// `Resource<T>` is what host functions receive and return for an `own<T>` or `borrow<T>`
/// of a host-defined resource; its representation is the index of the state in the table.
pub struct Resource<T> {
    rep: u32,
    own: bool,
    _marker: PhantomData<fn() -> T>,
}

impl<T> Resource<T> {
    /// An owned handle to the resource with representation `rep`.
    pub fn new_own(rep: u32) -> Resource<T> {
        Resource {
            rep,
            own: true,
            _marker: PhantomData,
        }
    }

    /// A borrowed handle to the resource with representation `rep`.
    pub fn new_borrow(rep: u32) -> Resource<T> {
        Resource {
            rep,
            own: false,
            _marker: PhantomData,
        }
    }

    /// The representation.
    pub fn rep(&self) -> u32 {
        self.rep
    }

    /// Whether this handle owns the resource.
    pub fn owned(&self) -> bool {
        self.own
    }
}

impl<T> fmt::Debug for Resource<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.own { "own" } else { "borrow" };
        write!(
            f,
            "Resource<{}>({kind} {})",
            std::any::type_name::<T>(),
            self.rep
        )
    }
}

/// Why a [`ResourceTable`] operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceTableError {
    /// The table holds as many entries as it may.
    Full,
    /// No entry has this index (never created, or already deleted).
    NotPresent,
    /// The entry holds a value of another type.
    WrongType,
    /// The entry still has children, which must be deleted first.
    HasChildren,
}

impl fmt::Display for ResourceTableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ResourceTableError::Full => "resource table has no free entries",
            ResourceTableError::NotPresent => "unknown handle index",
            ResourceTableError::WrongType => "handle used with the wrong type",
            ResourceTableError::HasChildren => "resource still has children",
        })
    }
}

impl std::error::Error for ResourceTableError {}

struct Entry {
    value: Box<dyn Any + Send>,
    parent: Option<u32>,
    children: BTreeSet<u32>,
}

/// Host state of resources, indexed by representation.
///
/// A resource may be pushed as the *child* of another (for example a stream reading a
/// file); a parent cannot be deleted while it has children, so a child can rely on its
/// parent's state.
///
/// ```
/// use wicker::component::ResourceTable;
/// let mut table = ResourceTable::new();
/// let file = table.push(String::from("/tmp/data"))?;
/// let stream = table.push_child(0u64, &file)?;
/// assert_eq!(table.get(&file)?, "/tmp/data");
/// assert!(table.delete(file.clone_own()).is_err()); // still has a child
/// table.delete(stream)?;
/// assert_eq!(table.delete(file)?, "/tmp/data");
/// # Ok::<(), wicker::component::ResourceTableError>(())
/// ```
pub struct ResourceTable {
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
    /// The most entries the table may hold at once.
    limit: usize,
}

impl Default for ResourceTable {
    fn default() -> Self {
        ResourceTable::with_limit(MAX_ENTRIES)
    }
}

impl fmt::Debug for ResourceTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResourceTable")
            .field("len", &(self.entries.len() - self.free.len()))
            .finish()
    }
}

/// The most entries a table may hold.
const MAX_ENTRIES: usize = 1 << 28;

impl<T> Resource<T> {
    /// Another owned handle with the same representation (for APIs that consume one while
    /// the caller keeps using the resource; the table, not the handle, owns the state).
    pub fn clone_own(&self) -> Resource<T> {
        Resource::new_own(self.rep)
    }
}

impl ResourceTable {
    /// An empty table (of at most 2^28 entries).
    pub fn new() -> ResourceTable {
        ResourceTable::default()
    }

    /// An empty table of at most `limit` entries: past it, [`ResourceTable::push`] fails
    /// with [`ResourceTableError::Full`]. A host whose guests create resources should bound
    /// its table, so that a guest cannot make it grow without end.
    ///
    /// ```
    /// let mut table = wicker::component::ResourceTable::with_limit(1);
    /// table.push(1u8)?;
    /// assert!(table.push(2u8).is_err());
    /// # Ok::<(), wicker::component::ResourceTableError>(())
    /// ```
    pub fn with_limit(limit: usize) -> ResourceTable {
        ResourceTable {
            entries: Vec::new(),
            free: Vec::new(),
            limit: limit.min(MAX_ENTRIES),
        }
    }

    fn insert(&mut self, entry: Entry) -> Result<u32, ResourceTableError> {
        if let Some(i) = self.free.pop() {
            self.entries[i as usize] = Some(entry);
            return Ok(i);
        }
        if self.entries.len() >= self.limit {
            return Err(ResourceTableError::Full);
        }
        self.entries.push(Some(entry));
        Ok(self.entries.len() as u32 - 1)
    }

    fn entry(&self, rep: u32) -> Result<&Entry, ResourceTableError> {
        self.entries
            .get(rep as usize)
            .and_then(Option::as_ref)
            .ok_or(ResourceTableError::NotPresent)
    }

    fn entry_mut(&mut self, rep: u32) -> Result<&mut Entry, ResourceTableError> {
        self.entries
            .get_mut(rep as usize)
            .and_then(Option::as_mut)
            .ok_or(ResourceTableError::NotPresent)
    }

    /// Stores `value` and returns an owned handle to it.
    pub fn push<T: Send + 'static>(&mut self, value: T) -> Result<Resource<T>, ResourceTableError> {
        let rep = self.insert(Entry {
            value: Box::new(value),
            parent: None,
            children: BTreeSet::new(),
        })?;
        Ok(Resource::new_own(rep))
    }

    /// Stores `value` as a child of `parent`.
    pub fn push_child<T: Send + 'static, U>(
        &mut self,
        value: T,
        parent: &Resource<U>,
    ) -> Result<Resource<T>, ResourceTableError> {
        self.entry(parent.rep)?;
        let rep = self.insert(Entry {
            value: Box::new(value),
            parent: Some(parent.rep),
            children: BTreeSet::new(),
        })?;
        self.entry_mut(parent.rep)?.children.insert(rep);
        Ok(Resource::new_own(rep))
    }

    /// The state of a resource.
    pub fn get<T: Any>(&self, r: &Resource<T>) -> Result<&T, ResourceTableError> {
        self.entry(r.rep)?
            .value
            .downcast_ref()
            .ok_or(ResourceTableError::WrongType)
    }

    /// The state of a resource, mutably.
    pub fn get_mut<T: Any>(&mut self, r: &Resource<T>) -> Result<&mut T, ResourceTableError> {
        self.entry_mut(r.rep)?
            .value
            .downcast_mut()
            .ok_or(ResourceTableError::WrongType)
    }

    /// Removes a resource and returns its state; it must have no children.
    pub fn delete<T: Any>(&mut self, r: Resource<T>) -> Result<T, ResourceTableError> {
        let entry = self.entry(r.rep)?;
        if !entry.value.is::<T>() {
            return Err(ResourceTableError::WrongType);
        }
        if !entry.children.is_empty() {
            return Err(ResourceTableError::HasChildren);
        }
        let entry = self.entries[r.rep as usize]
            .take()
            .ok_or(ResourceTableError::NotPresent)?;
        self.free.push(r.rep);
        if let Some(parent) = entry.parent
            && let Ok(p) = self.entry_mut(parent)
        {
            p.children.remove(&r.rep);
        }
        match entry.value.downcast::<T>() {
            Ok(v) => Ok(*v),
            Err(_) => Err(ResourceTableError::WrongType),
        }
    }

    /// Whether the table holds no resources.
    pub fn is_empty(&self) -> bool {
        self.entries.len() == self.free.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_get_delete_and_reuse() {
        let mut t = ResourceTable::new();
        let a = t.push(1u32).unwrap();
        let b = t.push("b").unwrap();
        assert_eq!(*t.get(&a).unwrap(), 1);
        *t.get_mut(&a).unwrap() += 1;
        assert_eq!(t.delete(a).unwrap(), 2);
        let c = t.push(3u8).unwrap();
        assert_eq!(c.rep(), 0, "a freed slot is reused");
        assert_eq!(*t.get(&b).unwrap(), "b");
    }

    #[test]
    fn wrong_types_and_missing_entries_are_errors() {
        let mut t = ResourceTable::new();
        let a = t.push(1u32).unwrap();
        let as_string: Resource<String> = Resource::new_own(a.rep());
        assert_eq!(
            t.get(&as_string).unwrap_err(),
            ResourceTableError::WrongType
        );
        assert_eq!(
            t.delete(as_string).unwrap_err(),
            ResourceTableError::WrongType
        );
        assert_eq!(*t.get(&a).unwrap(), 1, "a failed delete leaves the entry");
        t.delete(a.clone_own()).unwrap();
        assert_eq!(t.get(&a).unwrap_err(), ResourceTableError::NotPresent);
        assert_eq!(
            t.get(&Resource::<u32>::new_borrow(99)).unwrap_err(),
            ResourceTableError::NotPresent
        );
        assert!(t.is_empty());
    }

    #[test]
    fn parents_outlive_their_children() {
        let mut t = ResourceTable::new();
        let parent = t.push(0u32).unwrap();
        let c1 = t.push_child(1u32, &parent).unwrap();
        let c2 = t.push_child(2u32, &parent).unwrap();
        assert_eq!(
            t.delete(parent.clone_own()).unwrap_err(),
            ResourceTableError::HasChildren
        );
        t.delete(c1).unwrap();
        assert_eq!(
            t.delete(parent.clone_own()).unwrap_err(),
            ResourceTableError::HasChildren
        );
        t.delete(c2).unwrap();
        assert_eq!(t.delete(parent).unwrap(), 0);
        let orphan: Resource<u32> = Resource::new_own(0);
        assert_eq!(
            t.push_child(5u32, &orphan).unwrap_err(),
            ResourceTableError::NotPresent
        );
    }
}
