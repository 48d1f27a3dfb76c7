//! Interned interface types.

use super::abi::{CanonicalAbiInfo, FlatType, VariantInfo};
use cranelift_entity::{PrimaryMap, entity_impl};
use std::collections::HashMap;
use std::hash::Hash;

macro_rules! type_indices {
    ($($(#[$doc:meta])* $name:ident, $display:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub struct $name(u32);
        entity_impl!($name, $display);
    )*};
}

type_indices! {
    /// A `list<T>` type.
    TypeListIndex, "list";
    /// A `list<T, N>` type.
    TypeFixedListIndex, "fixed_list";
    /// A `record` type.
    TypeRecordIndex, "record";
    /// A `tuple` type.
    TypeTupleIndex, "tuple";
    /// A `variant` type.
    TypeVariantIndex, "variant";
    /// An `enum` type.
    TypeEnumIndex, "enum";
    /// An `option<T>` type.
    TypeOptionIndex, "option";
    /// A `result<T, E>` type.
    TypeResultIndex, "result";
    /// A `flags` type.
    TypeFlagsIndex, "flags";
    /// A resource type, as seen by one component instance (its handle table).
    TypeResourceTableIndex, "resource";
    /// A component function type.
    TypeFuncIndex, "func";
}

/// A component-model value type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub enum InterfaceType {
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    Float32,
    Float64,
    Char,
    String,
    ErrorContext,
    List(TypeListIndex),
    FixedList(TypeFixedListIndex),
    Record(TypeRecordIndex),
    Tuple(TypeTupleIndex),
    Variant(TypeVariantIndex),
    Enum(TypeEnumIndex),
    Option(TypeOptionIndex),
    Result(TypeResultIndex),
    Flags(TypeFlagsIndex),
    Own(TypeResourceTableIndex),
    Borrow(TypeResourceTableIndex),
}

/// `list<T>`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeList {
    /// Element type.
    pub element: InterfaceType,
}

/// `list<T, N>`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeFixedList {
    /// Element type.
    pub element: InterfaceType,
    /// Number of elements.
    pub len: u32,
    /// Layout.
    pub abi: CanonicalAbiInfo,
}

/// A named field of a record.
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct RecordField {
    /// The field's name.
    pub name: String,
    /// The field's type.
    pub ty: InterfaceType,
}

/// `record`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeRecord {
    /// Fields, in order.
    pub fields: Box<[RecordField]>,
    /// Layout.
    pub abi: CanonicalAbiInfo,
}

/// `tuple`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeTuple {
    /// Element types.
    pub types: Box<[InterfaceType]>,
    /// Layout.
    pub abi: CanonicalAbiInfo,
}

/// A case of a variant.
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct VariantCase {
    /// The case's name.
    pub name: String,
    /// Its payload, if any.
    pub ty: Option<InterfaceType>,
}

/// `variant`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeVariant {
    /// Cases, in order.
    pub cases: Box<[VariantCase]>,
    /// Layout.
    pub abi: CanonicalAbiInfo,
    /// Discriminant and payload placement.
    pub info: VariantInfo,
}

/// `enum`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeEnum {
    /// Case names.
    pub names: Box<[String]>,
    /// Layout.
    pub abi: CanonicalAbiInfo,
    /// Discriminant placement.
    pub info: VariantInfo,
}

/// `option<T>`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeOption {
    /// The payload of `some`.
    pub ty: InterfaceType,
    /// Layout.
    pub abi: CanonicalAbiInfo,
    /// Discriminant and payload placement.
    pub info: VariantInfo,
}

/// `result<T, E>`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeResult {
    /// The payload of `ok`, if any.
    pub ok: Option<InterfaceType>,
    /// The payload of `error`, if any.
    pub err: Option<InterfaceType>,
    /// Layout.
    pub abi: CanonicalAbiInfo,
    /// Discriminant and payload placement.
    pub info: VariantInfo,
}

/// `flags`
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeFlags {
    /// Flag names, the first is bit 0.
    pub names: Box<[String]>,
    /// Layout.
    pub abi: CanonicalAbiInfo,
}

/// A component function type.
#[derive(Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeFunc {
    /// Parameter names and types.
    pub params: Box<[(String, InterfaceType)]>,
    /// The result type, if any.
    pub result: Option<InterfaceType>,
    /// The parameters as one tuple, the way they pass through memory when they do not
    /// fit in core parameters.
    pub params_tuple: InterfaceType,
    /// The result as a tuple of zero or one element (laid out and flattened like the
    /// result itself).
    pub results_tuple: InterfaceType,
}

/// A table of interned types with their layouts.
#[derive(Default, Debug, serde::Serialize, serde::Deserialize)]
pub struct ComponentTypes {
    lists: Interner<TypeListIndex, TypeList>,
    fixed_lists: Interner<TypeFixedListIndex, TypeFixedList>,
    records: Interner<TypeRecordIndex, TypeRecord>,
    tuples: Interner<TypeTupleIndex, TypeTuple>,
    variants: Interner<TypeVariantIndex, TypeVariant>,
    enums: Interner<TypeEnumIndex, TypeEnum>,
    options: Interner<TypeOptionIndex, TypeOption>,
    results: Interner<TypeResultIndex, TypeResult>,
    flags: Interner<TypeFlagsIndex, TypeFlags>,
    funcs: Interner<TypeFuncIndex, TypeFunc>,
    resources: u32,
}

/// Stored as its items alone; the map back from item to index is rebuilt on loading.
#[derive(Debug, serde::Deserialize)]
#[serde(bound(
    deserialize = "K: serde::Deserialize<'de> + Copy, V: serde::Deserialize<'de> + Clone + Eq + Hash"
))]
#[serde(from = "PrimaryMap<K, V>")]
struct Interner<K: cranelift_entity::EntityRef, V: Clone> {
    items: PrimaryMap<K, V>,
    map: HashMap<V, K>,
}

impl<K: cranelift_entity::EntityRef + Copy, V: Clone + Eq + Hash> From<PrimaryMap<K, V>>
    for Interner<K, V>
{
    fn from(items: PrimaryMap<K, V>) -> Self {
        let map = items.iter().map(|(k, v)| (v.clone(), k)).collect();
        Interner { items, map }
    }
}

impl<K: cranelift_entity::EntityRef + serde::Serialize, V: Clone + serde::Serialize>
    serde::Serialize for Interner<K, V>
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(serializer)
    }
}

impl<K: cranelift_entity::EntityRef, V: Clone> Default for Interner<K, V> {
    fn default() -> Self {
        Interner {
            items: PrimaryMap::new(),
            map: HashMap::new(),
        }
    }
}

impl<K: cranelift_entity::EntityRef + Copy, V: Clone + Eq + Hash> Interner<K, V> {
    fn intern(&mut self, v: V) -> K {
        if let Some(k) = self.map.get(&v) {
            return *k;
        }
        let k = self.items.push(v.clone());
        self.map.insert(v, k);
        k
    }
}

macro_rules! accessors {
    ($($(#[$doc:meta])* $method:ident($field:ident): $idx:ident => $ty:ident;)*) => {$(
        $(#[$doc])*
        pub fn $method(&self, index: $idx) -> &$ty {
            &self.$field.items[index]
        }
    )*};
}

impl ComponentTypes {
    /// An empty table.
    pub fn new() -> ComponentTypes {
        ComponentTypes::default()
    }

    accessors! {
        /// A `list<T>` type.
        list(lists): TypeListIndex => TypeList;
        /// A `list<T, N>` type.
        fixed_list(fixed_lists): TypeFixedListIndex => TypeFixedList;
        /// A `record` type.
        record(records): TypeRecordIndex => TypeRecord;
        /// A `tuple` type.
        tuple(tuples): TypeTupleIndex => TypeTuple;
        /// A `variant` type.
        variant(variants): TypeVariantIndex => TypeVariant;
        /// An `enum` type.
        enum_(enums): TypeEnumIndex => TypeEnum;
        /// An `option` type.
        option(options): TypeOptionIndex => TypeOption;
        /// A `result` type.
        result(results): TypeResultIndex => TypeResult;
        /// A `flags` type.
        flags(flags): TypeFlagsIndex => TypeFlags;
        /// A function type.
        func(funcs): TypeFuncIndex => TypeFunc;
    }

    /// A new resource type index, distinct from every other of this table.
    pub fn new_resource(&mut self) -> TypeResourceTableIndex {
        self.resources += 1;
        TypeResourceTableIndex::from_u32(self.resources - 1)
    }

    /// How many resource type indices [`ComponentTypes::new_resource`] gave.
    pub fn resource_count(&self) -> u32 {
        self.resources
    }

    /// The canonical-ABI layout of a type.
    pub fn abi(&self, ty: InterfaceType) -> CanonicalAbiInfo {
        use InterfaceType as T;
        match ty {
            T::Bool | T::S8 | T::U8 => CanonicalAbiInfo::scalar(1),
            T::S16 | T::U16 => CanonicalAbiInfo::scalar(2),
            T::S32 | T::U32 | T::Float32 | T::Char | T::ErrorContext | T::Own(_) | T::Borrow(_) => {
                CanonicalAbiInfo::scalar(4)
            }
            T::S64 | T::U64 | T::Float64 => CanonicalAbiInfo::scalar(8),
            T::String | T::List(_) => CanonicalAbiInfo::POINTER_PAIR,
            T::FixedList(i) => self.fixed_list(i).abi,
            T::Record(i) => self.record(i).abi,
            T::Tuple(i) => self.tuple(i).abi,
            T::Variant(i) => self.variant(i).abi,
            T::Enum(i) => self.enum_(i).abi,
            T::Option(i) => self.option(i).abi,
            T::Result(i) => self.result(i).abi,
            T::Flags(i) => self.flags(i).abi,
        }
    }

    /// Interns `list<element>`.
    pub fn intern_list(&mut self, element: InterfaceType) -> InterfaceType {
        InterfaceType::List(self.lists.intern(TypeList { element }))
    }

    /// Interns `list<element, len>`.
    pub fn intern_fixed_list(&mut self, element: InterfaceType, len: u32) -> InterfaceType {
        let abi = CanonicalAbiInfo::fixed_list(self.abi(element), len);
        InterfaceType::FixedList(self.fixed_lists.intern(TypeFixedList { element, len, abi }))
    }

    /// Interns a record.
    pub fn intern_record(&mut self, fields: Vec<RecordField>) -> InterfaceType {
        let abi = CanonicalAbiInfo::record(fields.iter().map(|f| self.abi(f.ty)));
        InterfaceType::Record(self.records.intern(TypeRecord {
            fields: fields.into(),
            abi,
        }))
    }

    /// Interns a tuple.
    pub fn intern_tuple(&mut self, types: Vec<InterfaceType>) -> InterfaceType {
        let abi = CanonicalAbiInfo::record(types.iter().map(|t| self.abi(*t)));
        InterfaceType::Tuple(self.tuples.intern(TypeTuple {
            types: types.into(),
            abi,
        }))
    }

    /// Interns a variant.
    pub fn intern_variant(&mut self, cases: Vec<VariantCase>) -> InterfaceType {
        let abis: Vec<Option<CanonicalAbiInfo>> =
            cases.iter().map(|c| c.ty.map(|t| self.abi(t))).collect();
        let (mut abi, info) = CanonicalAbiInfo::variant(abis.iter().map(|a| a.as_ref()));
        abi.flat_count = self.variant_flat_count(cases.iter().map(|c| c.ty));
        InterfaceType::Variant(self.variants.intern(TypeVariant {
            cases: cases.into(),
            abi,
            info,
        }))
    }

    /// Interns an enum.
    pub fn intern_enum(&mut self, names: Vec<String>) -> InterfaceType {
        let (abi, info) = CanonicalAbiInfo::variant(names.iter().map(|_| None));
        InterfaceType::Enum(self.enums.intern(TypeEnum {
            names: names.into(),
            abi,
            info,
        }))
    }

    /// Interns `option<ty>`.
    pub fn intern_option(&mut self, ty: InterfaceType) -> InterfaceType {
        let payload = self.abi(ty);
        let (mut abi, info) = CanonicalAbiInfo::variant([None, Some(&payload)]);
        abi.flat_count = self.variant_flat_count([None, Some(ty)]);
        InterfaceType::Option(self.options.intern(TypeOption { ty, abi, info }))
    }

    /// Interns `result<ok, err>`.
    pub fn intern_result(
        &mut self,
        ok: Option<InterfaceType>,
        err: Option<InterfaceType>,
    ) -> InterfaceType {
        let (oa, ea) = (ok.map(|t| self.abi(t)), err.map(|t| self.abi(t)));
        let (mut abi, info) = CanonicalAbiInfo::variant([oa.as_ref(), ea.as_ref()]);
        abi.flat_count = self.variant_flat_count([ok, err]);
        InterfaceType::Result(self.results.intern(TypeResult { ok, err, abi, info }))
    }

    /// Interns a flags type (1 to 32 names).
    pub fn intern_flags(&mut self, names: Vec<String>) -> InterfaceType {
        let abi = CanonicalAbiInfo::flags(names.len());
        InterfaceType::Flags(self.flags.intern(TypeFlags {
            names: names.into(),
            abi,
        }))
    }

    /// Interns a function type.
    pub fn intern_func(
        &mut self,
        params: Vec<(String, InterfaceType)>,
        result: Option<InterfaceType>,
    ) -> TypeFuncIndex {
        let params_tuple = self.intern_tuple(params.iter().map(|p| p.1).collect());
        let results_tuple = self.intern_tuple(result.into_iter().collect());
        self.funcs.intern(TypeFunc {
            params: params.into(),
            result,
            params_tuple,
            results_tuple,
        })
    }

    fn variant_flat_count(
        &self,
        cases: impl IntoIterator<Item = Option<InterfaceType>>,
    ) -> Option<u8> {
        let mut flat = Vec::new();
        for ty in cases.into_iter().flatten() {
            let mut case = Vec::new();
            if !self.push_flat(ty, &mut case) {
                return None;
            }
            for (i, t) in case.into_iter().enumerate() {
                match flat.get_mut(i) {
                    Some(slot) => *slot = FlatType::join(*slot, t),
                    None => flat.push(t),
                }
            }
        }
        let n = 1 + flat.len();
        (n <= super::abi::MAX_FLAT_PARAMS).then_some(n as u8)
    }

    /// The core types `ty` flattens to, or `None` if there are more than
    /// [`MAX_FLAT_PARAMS`](super::MAX_FLAT_PARAMS).
    pub fn flatten(&self, ty: InterfaceType) -> Option<Vec<FlatType>> {
        let mut out = Vec::new();
        self.push_flat(ty, &mut out).then_some(out)
    }

    /// Appends the flattening of `ty` to `out`; returns `false` once past the limit.
    pub fn push_flat(&self, ty: InterfaceType, out: &mut Vec<FlatType>) -> bool {
        use InterfaceType as T;
        if out.len() > super::abi::MAX_FLAT_PARAMS {
            return false;
        }
        match ty {
            T::Bool
            | T::S8
            | T::U8
            | T::S16
            | T::U16
            | T::S32
            | T::U32
            | T::Char
            | T::ErrorContext => out.push(FlatType::I32),
            T::Own(_) | T::Borrow(_) | T::Flags(_) | T::Enum(_) => out.push(FlatType::I32),
            T::S64 | T::U64 => out.push(FlatType::I64),
            T::Float32 => out.push(FlatType::F32),
            T::Float64 => out.push(FlatType::F64),
            T::String | T::List(_) => out.extend([FlatType::I32, FlatType::I32]),
            T::FixedList(i) => {
                let l = self.fixed_list(i);
                for _ in 0..l.len {
                    if !self.push_flat(l.element, out) {
                        return false;
                    }
                }
            }
            T::Record(i) => {
                for f in self.record(i).fields.iter() {
                    if !self.push_flat(f.ty, out) {
                        return false;
                    }
                }
            }
            T::Tuple(i) => {
                for t in self.tuple(i).types.iter() {
                    if !self.push_flat(*t, out) {
                        return false;
                    }
                }
            }
            T::Variant(_) | T::Option(_) | T::Result(_) => {
                let cases: Vec<Option<InterfaceType>> = match ty {
                    T::Variant(i) => self.variant(i).cases.iter().map(|c| c.ty).collect(),
                    T::Option(i) => vec![None, Some(self.option(i).ty)],
                    T::Result(i) => vec![self.result(i).ok, self.result(i).err],
                    _ => unreachable!(),
                };
                out.push(FlatType::I32);
                let start = out.len();
                for case in cases.into_iter().flatten() {
                    let mut flat = Vec::new();
                    if !self.push_flat(case, &mut flat) {
                        return false;
                    }
                    for (i, t) in flat.into_iter().enumerate() {
                        match out.get_mut(start + i) {
                            Some(slot) => *slot = FlatType::join(*slot, t),
                            None => out.push(t),
                        }
                    }
                }
            }
        }
        out.len() <= super::abi::MAX_FLAT_PARAMS
    }
}
