//! Conversion of the types of a validated component into interned [`InterfaceType`]s.

use super::types::*;
use anyhow::{Result, bail};
use std::collections::HashMap;
use wasmparser::PrimitiveValType;
use wasmparser::component_types::{
    ComponentDefinedType, ComponentDefinedTypeId, ComponentFuncTypeId, ComponentValType, ResourceId,
};
use wasmparser::types::TypesRef;

/// Converts the types a validator recorded for one component into interned types.
///
/// Each distinct resource type met gets its own [`TypeResourceTableIndex`], in the order
/// met; the instantiation plan maps those to the resource types of instances.
pub struct TypeConverter<'a> {
    types: &'a mut ComponentTypes,
    defined: HashMap<ComponentDefinedTypeId, InterfaceType>,
    resources: HashMap<ResourceId, TypeResourceTableIndex>,
}

impl<'a> TypeConverter<'a> {
    /// A converter interning into `types`.
    pub fn new(types: &'a mut ComponentTypes) -> TypeConverter<'a> {
        TypeConverter {
            types,
            defined: HashMap::new(),
            resources: HashMap::new(),
        }
    }

    /// The resource types met so far, by validator id.
    pub fn resources(&self) -> &HashMap<ResourceId, TypeResourceTableIndex> {
        &self.resources
    }

    /// The index of a resource type, given one the first time it is met.
    pub fn resource(&mut self, id: ResourceId) -> TypeResourceTableIndex {
        if let Some(i) = self.resources.get(&id) {
            return *i;
        }
        let i = self.types.new_resource();
        self.resources.insert(id, i);
        i
    }

    /// Converts a function type.
    pub fn func(&mut self, wt: TypesRef<'_>, id: ComponentFuncTypeId) -> Result<TypeFuncIndex> {
        let f = &wt[id];
        if f.async_ {
            bail!("async functions are not supported yet");
        }
        let mut params = Vec::new();
        for (name, ty) in f.params.iter() {
            params.push((name.to_string(), self.valtype(wt, ty)?));
        }
        let result = match &f.result {
            Some(t) => Some(self.valtype(wt, t)?),
            None => None,
        };
        Ok(self.types.intern_func(params, result))
    }

    /// Converts a value type.
    pub fn valtype(&mut self, wt: TypesRef<'_>, ty: &ComponentValType) -> Result<InterfaceType> {
        match ty {
            ComponentValType::Primitive(p) => Ok(primitive(*p)),
            ComponentValType::Type(id) => {
                if let Some(t) = self.defined.get(id) {
                    return Ok(*t);
                }
                let t = self.defined_type(wt, &wt[*id])?;
                self.defined.insert(*id, t);
                Ok(t)
            }
        }
    }

    fn defined_type(
        &mut self,
        wt: TypesRef<'_>,
        ty: &ComponentDefinedType,
    ) -> Result<InterfaceType> {
        use ComponentDefinedType as D;
        Ok(match ty {
            D::Primitive(p) => primitive(*p),
            D::Record(r) => {
                let mut fields = Vec::new();
                for (name, t) in r.fields.iter() {
                    fields.push(RecordField {
                        name: name.to_string(),
                        ty: self.valtype(wt, t)?,
                    });
                }
                self.types.intern_record(fields)
            }
            D::Variant(v) => {
                let mut cases = Vec::new();
                for (name, c) in v.cases.iter() {
                    let ty = match &c.ty {
                        Some(t) => Some(self.valtype(wt, t)?),
                        None => None,
                    };
                    cases.push(VariantCase {
                        name: name.to_string(),
                        ty,
                    });
                }
                self.types.intern_variant(cases)
            }
            D::List { element, .. } => {
                let e = self.valtype(wt, element)?;
                self.types.intern_list(e)
            }
            D::FixedLengthList {
                element, length, ..
            } => {
                let e = self.valtype(wt, element)?;
                self.types.intern_fixed_list(e, *length)
            }
            D::Tuple(t) => {
                let mut elems = Vec::new();
                for e in t.types.iter() {
                    elems.push(self.valtype(wt, e)?);
                }
                self.types.intern_tuple(elems)
            }
            D::Flags(names) => self
                .types
                .intern_flags(names.iter().map(|n| n.to_string()).collect()),
            D::Enum(names) => self
                .types
                .intern_enum(names.iter().map(|n| n.to_string()).collect()),
            D::Option { ty, .. } => {
                let t = self.valtype(wt, ty)?;
                self.types.intern_option(t)
            }
            D::Result { ok, err, .. } => {
                let ok = match ok {
                    Some(t) => Some(self.valtype(wt, t)?),
                    None => None,
                };
                let err = match err {
                    Some(t) => Some(self.valtype(wt, t)?),
                    None => None,
                };
                self.types.intern_result(ok, err)
            }
            D::Own(r) => InterfaceType::Own(self.resource(r.resource())),
            D::Borrow(r) => InterfaceType::Borrow(self.resource(r.resource())),
            D::Map { .. } => bail!("`map` types are not supported yet"),
            D::Future { .. } | D::Stream { .. } => {
                bail!("`future` and `stream` types are not supported yet")
            }
        })
    }
}

fn primitive(p: PrimitiveValType) -> InterfaceType {
    use PrimitiveValType as P;
    match p {
        P::Bool => InterfaceType::Bool,
        P::S8 => InterfaceType::S8,
        P::U8 => InterfaceType::U8,
        P::S16 => InterfaceType::S16,
        P::U16 => InterfaceType::U16,
        P::S32 => InterfaceType::S32,
        P::U32 => InterfaceType::U32,
        P::S64 => InterfaceType::S64,
        P::U64 => InterfaceType::U64,
        P::F32 => InterfaceType::Float32,
        P::F64 => InterfaceType::Float64,
        P::Char => InterfaceType::Char,
        P::String => InterfaceType::String,
        P::ErrorContext => InterfaceType::ErrorContext,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmparser::component_types::ComponentEntityType;

    /// Validates a component given as text and converts the type of its export `name`.
    fn export_func(text: &str, name: &str) -> (ComponentTypes, TypeFunc) {
        let wasm = wat::parse_str(text).unwrap();
        let mut validator =
            wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
        let types = validator.validate_all(&wasm).unwrap();
        let item = types
            .component_item_for_export(name)
            .expect("export exists");
        let ComponentEntityType::Func(id) = item.ty else {
            panic!("not a function")
        };
        let mut ct = ComponentTypes::new();
        let f = TypeConverter::new(&mut ct)
            .func(types.as_ref(), id)
            .unwrap();
        let f = ct.func(f).clone();
        (ct, f)
    }

    #[test]
    fn exported_function_types_convert() {
        let (ct, f) = export_func(
            r#"(component
                (type $point' (record (field "x" s32) (field "y" s32)))
                (export $point "point" (type $point'))
                (type $shape' (variant (case "dot" $point) (case "none")))
                (export $shape "shape" (type $shape'))
                (type $color' (enum "red" "green"))
                (export $color "color" (type $color'))
                (type $perms' (flags "read" "write"))
                (export $perms "perms" (type $perms'))
                (type $f (func (param "p" $point) (param "names" (list string)) (param "c" $color)
                               (param "s" $shape) (param "o" (option u8)) (param "t" (tuple bool char))
                               (param "fl" $perms) (result (result $point (error string)))))
                (core module $m
                    (memory (export "mem") 1)
                    (func (export "realloc") (param i32 i32 i32 i32) (result i32) unreachable)
                    (func (export "f") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32) unreachable))
                (core instance $i (instantiate $m))
                (func (export "f") (type $f)
                    (canon lift (core func $i "f") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
            )"#,
            "f",
        );
        let names: Vec<_> = f.params.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["p", "names", "c", "s", "o", "t", "fl"]);
        let InterfaceType::Record(r) = f.params[0].1 else {
            panic!()
        };
        assert_eq!(ct.record(r).abi.size32, 8);
        let InterfaceType::List(l) = f.params[1].1 else {
            panic!()
        };
        assert_eq!(ct.list(l).element, InterfaceType::String);
        assert!(matches!(f.params[2].1, InterfaceType::Enum(_)));
        let InterfaceType::Variant(v) = f.params[3].1 else {
            panic!()
        };
        assert_eq!(
            ct.variant(v).cases[0].ty,
            Some(f.params[0].1),
            "the record is interned once"
        );
        assert!(matches!(f.params[6].1, InterfaceType::Flags(_)));
        let Some(InterfaceType::Result(r)) = f.result else {
            panic!()
        };
        assert_eq!(ct.result(r).ok, Some(f.params[0].1));
        assert_eq!(ct.result(r).err, Some(InterfaceType::String));
        // Flattened, the parameters need 2+2+1+3+2+2+1 = 13 core values.
        let flat: usize = f
            .params
            .iter()
            .map(|(_, t)| ct.flatten(*t).unwrap().len())
            .sum();
        assert_eq!(flat, 13);
    }

    #[test]
    fn resources_get_one_index_each() {
        let (_, f) = export_func(
            r#"(component
                (type $r (resource (rep i32)))
                (export $re "r" (type $r))
                (type $f (func (param "a" (own $re)) (param "b" (borrow $re)) (result (own $re))))
                (core module $m (func (export "f") (param i32 i32) (result i32) unreachable))
                (core instance $i (instantiate $m))
                (func (export "f") (type $f) (canon lift (core func $i "f")))
            )"#,
            "f",
        );
        let (InterfaceType::Own(a), InterfaceType::Borrow(b)) = (f.params[0].1, f.params[1].1)
        else {
            panic!()
        };
        assert_eq!(a, b);
        assert_eq!(f.result, Some(InterfaceType::Own(a)));
    }
}
