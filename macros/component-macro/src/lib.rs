//! Derive macros for wicker's component value traits: `ComponentType`, `Lift` and `Lower`
//! for Rust structs (WIT records) and enums (WIT variants and enums).
//!
//! Use them through `wicker::component`:
//!
//! ```text
//! use wicker::component::{ComponentType, Lift, Lower};
//!
//! #[derive(ComponentType, Lift, Lower)]
//! #[component(record)]
//! struct Point {
//!     x: i32,
//!     #[component(name = "y-coordinate")]
//!     y: i32,
//! }
//! ```
//!
//! A struct needs `#[component(record)]`, or `#[component(flags)]` when its fields are the
//! `bool`s of a WIT `flags`, or `#[component(tuple)]` for a tuple struct standing for a WIT
//! tuple of any length (it also serves as a parameter list); an enum `#[component(variant)]` (cases may carry one unnamed
//! payload) or `#[component(enum)]` (no payloads). Names are the WIT names:
//! fields in kebab case from snake case, cases in kebab case from camel case, or as given
//! with `#[component(name = "...")]`.

mod bindgen;

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, parse_macro_input};

/// Generates Rust host bindings for a WIT world; see `wicker::component::bindgen!`.
#[proc_macro]
pub fn bindgen(input: TokenStream) -> TokenStream {
    bindgen::expand(input)
}

/// Derives `ComponentType`: which interface type the Rust type stands for.
#[proc_macro_derive(ComponentType, attributes(component))]
pub fn derive_component_type(input: TokenStream) -> TokenStream {
    expand(input, Trait::ComponentType)
}

/// Derives `Lift`: reading the type out of a guest.
#[proc_macro_derive(Lift, attributes(component))]
pub fn derive_lift(input: TokenStream) -> TokenStream {
    expand(input, Trait::Lift)
}

/// Derives `Lower`: passing the type into a guest.
#[proc_macro_derive(Lower, attributes(component))]
pub fn derive_lower(input: TokenStream) -> TokenStream {
    expand(input, Trait::Lower)
}

#[derive(Clone, Copy)]
enum Trait {
    ComponentType,
    Lift,
    Lower,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Record,
    Tuple,
    Flags,
    Variant,
    Enum,
}

fn expand(input: TokenStream, which: Trait) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand_input(&input, which) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// The `#[component(...)]` attributes of an item: its kind and a name override.
struct Attrs {
    kind: Option<Kind>,
    name: Option<String>,
    crate_path: Option<syn::Path>,
}

fn attrs(list: &[syn::Attribute]) -> syn::Result<Attrs> {
    let mut out = Attrs {
        kind: None,
        name: None,
        crate_path: None,
    };
    for attr in list.iter().filter(|a| a.path().is_ident("component")) {
        attr.parse_nested_meta(|meta| {
            let set = |out: &mut Option<Kind>, k: Kind| {
                if out.is_some() {
                    return Err(meta.error("the kind of type is given twice"));
                }
                *out = Some(k);
                Ok(())
            };
            if meta.path.is_ident("record") {
                set(&mut out.kind, Kind::Record)
            } else if meta.path.is_ident("tuple") {
                set(&mut out.kind, Kind::Tuple)
            } else if meta.path.is_ident("flags") {
                set(&mut out.kind, Kind::Flags)
            } else if meta.path.is_ident("variant") {
                set(&mut out.kind, Kind::Variant)
            } else if meta.path.is_ident("enum") {
                set(&mut out.kind, Kind::Enum)
            } else if meta.path.is_ident("name") {
                let lit: LitStr = meta.value()?.parse()?;
                out.name = Some(lit.value());
                Ok(())
            } else if meta.path.is_ident("wicker") {
                let lit: LitStr = meta.value()?.parse()?;
                out.crate_path = Some(lit.parse()?);
                Ok(())
            } else {
                Err(meta.error(
                    "unknown `component` attribute: expected `record`, `tuple`, `flags`, \
                     `variant`, `enum`, `name = \"...\"` or `wicker = \"path\"`",
                ))
            }
        })?;
    }
    Ok(out)
}

/// `snake_case` to `kebab-case`.
fn field_name(ident: &Ident) -> String {
    ident.to_string().trim_start_matches("r#").replace('_', "-")
}

/// `CamelCase` to `kebab-case`.
fn case_name(ident: &Ident) -> String {
    let mut out = String::new();
    for (i, c) in ident
        .to_string()
        .trim_start_matches("r#")
        .chars()
        .enumerate()
    {
        if c.is_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn expand_input(input: &DeriveInput, which: Trait) -> syn::Result<Tokens> {
    let top = attrs(&input.attrs)?;
    let krate = top
        .crate_path
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::wicker));
    let kind = top.kind.ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "add `#[component(record)]`, `#[component(tuple)]`, `#[component(flags)]`, \
             `#[component(variant)]` or `#[component(enum)]`",
        )
    })?;
    let internal = quote!(#krate::component::__internal);
    let component = quote!(#krate::component);
    let name = &input.ident;
    let trait_name = match which {
        Trait::ComponentType => quote!(#component::ComponentType),
        Trait::Lift => quote!(#component::Lift),
        Trait::Lower => quote!(#component::Lower),
    };
    // Like std's derives, every type parameter is bounded by the derived trait.
    let mut generics = input.generics.clone();
    for p in generics.type_params_mut() {
        p.bounds.push(syn::parse_quote!(#trait_name));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let mut extra = Tokens::new();
    let body = match (&input.data, kind) {
        (Data::Struct(s), Kind::Record) => record(s, which, &internal, &component)?,
        (Data::Struct(s), Kind::Tuple) => {
            let (body, list) = tuple(s, which, &internal, &component)?;
            if let Some(list) = list {
                extra = quote! {
                    impl #impl_generics #component::ComponentNamedList for #name #ty_generics #where_clause {
                        #list
                    }
                };
            }
            body
        }
        (Data::Struct(s), Kind::Flags) => flags(s, which, &internal, &component)?,
        (Data::Enum(e), Kind::Variant | Kind::Enum) => {
            variant(e, kind, which, &internal, &component)?
        }
        (Data::Struct(_), _) => {
            return Err(syn::Error::new_spanned(
                name,
                "a struct derives a `record`, a `tuple` or `flags`",
            ));
        }
        (Data::Enum(_), _) => {
            return Err(syn::Error::new_spanned(
                name,
                "an enum derives a `variant` or an `enum`",
            ));
        }
        (Data::Union(_), _) => {
            return Err(syn::Error::new_spanned(
                name,
                "unions have no component type",
            ));
        }
    };
    Ok(quote! {
        impl #impl_generics #trait_name for #name #ty_generics #where_clause {
            #body
        }
        #extra
    })
}

fn record(
    s: &syn::DataStruct,
    which: Trait,
    internal: &Tokens,
    component: &Tokens,
) -> syn::Result<Tokens> {
    let Fields::Named(fields) = &s.fields else {
        return Err(syn::Error::new_spanned(
            &s.fields,
            "a record needs named fields",
        ));
    };
    let mut idents = Vec::new();
    let mut names = Vec::new();
    let mut tys = Vec::new();
    for f in &fields.named {
        let ident = f.ident.clone().expect("named field");
        let a = attrs(&f.attrs)?;
        names.push(a.name.unwrap_or_else(|| field_name(&ident)));
        idents.push(ident);
        tys.push(f.ty.clone());
    }
    let index = (0..idents.len()).map(syn::Index::from).collect::<Vec<_>>();
    Ok(match which {
        Trait::ComponentType => quote! {
            fn typecheck(
                ty: #internal::InterfaceType,
                types: &#internal::ComponentTypes,
            ) -> #internal::Result<()> {
                #internal::typecheck_record::<Self>(ty, types, &[
                    #((#names, <#tys as #component::ComponentType>::typecheck),)*
                ])
            }
        },
        Trait::Lower => quote! {
            fn lower(
                &self,
                cx: &mut #component::LowerContext<'_>,
                ty: #internal::InterfaceType,
                out: &mut ::std::vec::Vec<u64>,
            ) -> #internal::Result<()> {
                let fields = #internal::record_fields(ty, cx.component_types())?;
                #(#component::Lower::lower(&self.#idents, cx, fields[#index], out)?;)*
                let _ = fields;
                Ok(())
            }
            fn store(
                &self,
                cx: &mut #component::LowerContext<'_>,
                ty: #internal::InterfaceType,
                ptr: u32,
            ) -> #internal::Result<()> {
                let fields = #internal::record_fields(ty, cx.component_types())?;
                let offsets = #internal::record_offsets(ty, cx.component_types(), ptr)?;
                #(#component::Lower::store(&self.#idents, cx, fields[#index], offsets[#index])?;)*
                let _ = (fields, offsets);
                Ok(())
            }
        },
        Trait::Lift => quote! {
            fn lift(
                cx: &#component::LiftContext<'_>,
                ty: #internal::InterfaceType,
                src: &mut #internal::FlatIter<'_>,
            ) -> #internal::Result<Self> {
                let fields = #internal::record_fields(ty, cx.component_types())?;
                let _ = &fields;
                Ok(Self {
                    #(#idents: #component::Lift::lift(cx, fields[#index], src)?,)*
                })
            }
            fn load(
                cx: &#component::LiftContext<'_>,
                ty: #internal::InterfaceType,
                ptr: u32,
            ) -> #internal::Result<Self> {
                let fields = #internal::record_fields(ty, cx.component_types())?;
                let offsets = #internal::record_offsets(ty, cx.component_types(), ptr)?;
                let _ = (&fields, &offsets);
                Ok(Self {
                    #(#idents: #component::Lift::load(cx, fields[#index], offsets[#index])?,)*
                })
            }
        },
    })
}

/// A tuple struct: its fields by position. With `ComponentType`, also the body of its
/// `ComponentNamedList` impl, so that it can stand for a parameter list.
fn tuple(
    s: &syn::DataStruct,
    which: Trait,
    internal: &Tokens,
    component: &Tokens,
) -> syn::Result<(Tokens, Option<Tokens>)> {
    let Fields::Unnamed(fields) = &s.fields else {
        return Err(syn::Error::new_spanned(
            &s.fields,
            "a tuple needs unnamed fields",
        ));
    };
    if fields.unnamed.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            "a tuple needs at least one field",
        ));
    }
    let tys: Vec<&syn::Type> = fields.unnamed.iter().map(|f| &f.ty).collect();
    let index = (0..tys.len()).map(syn::Index::from).collect::<Vec<_>>();
    let checks =
        quote!(&[#(<#tys as #component::ComponentType>::typecheck as #internal::TypeCheckFn),*]);
    Ok(match which {
        Trait::ComponentType => (
            quote! {
                fn typecheck(
                    ty: #internal::InterfaceType,
                    types: &#internal::ComponentTypes,
                ) -> #internal::Result<()> {
                    #internal::typecheck_tuple::<Self>(ty, types, #checks)
                }
            },
            Some(quote! {
                fn typecheck_list(
                    tys: &[#internal::InterfaceType],
                    types: &#internal::ComponentTypes,
                ) -> #internal::Result<()> {
                    #internal::typecheck_tuple_list(tys, types, #checks)
                }
            }),
        ),
        Trait::Lower => (
            quote! {
                fn lower(
                    &self,
                    cx: &mut #component::LowerContext<'_>,
                    ty: #internal::InterfaceType,
                    out: &mut ::std::vec::Vec<u64>,
                ) -> #internal::Result<()> {
                    let fields = #internal::tuple_fields(ty, cx.component_types())?;
                    #(#component::Lower::lower(&self.#index, cx, fields[#index], out)?;)*
                    Ok(())
                }
                fn store(
                    &self,
                    cx: &mut #component::LowerContext<'_>,
                    ty: #internal::InterfaceType,
                    ptr: u32,
                ) -> #internal::Result<()> {
                    let fields = #internal::tuple_fields(ty, cx.component_types())?;
                    let offsets = #internal::tuple_offsets(ty, cx.component_types(), ptr)?;
                    #(#component::Lower::store(&self.#index, cx, fields[#index], offsets[#index])?;)*
                    Ok(())
                }
            },
            None,
        ),
        Trait::Lift => (
            quote! {
                fn lift(
                    cx: &#component::LiftContext<'_>,
                    ty: #internal::InterfaceType,
                    src: &mut #internal::FlatIter<'_>,
                ) -> #internal::Result<Self> {
                    let fields = #internal::tuple_fields(ty, cx.component_types())?;
                    Ok(Self(#(#component::Lift::lift(cx, fields[#index], src)?,)*))
                }
                fn load(
                    cx: &#component::LiftContext<'_>,
                    ty: #internal::InterfaceType,
                    ptr: u32,
                ) -> #internal::Result<Self> {
                    let fields = #internal::tuple_fields(ty, cx.component_types())?;
                    let offsets = #internal::tuple_offsets(ty, cx.component_types(), ptr)?;
                    Ok(Self(#(#component::Lift::load(cx, fields[#index], offsets[#index])?,)*))
                }
            },
            None,
        ),
    })
}

fn flags(
    s: &syn::DataStruct,
    which: Trait,
    internal: &Tokens,
    component: &Tokens,
) -> syn::Result<Tokens> {
    let Fields::Named(fields) = &s.fields else {
        return Err(syn::Error::new_spanned(
            &s.fields,
            "flags need named `bool` fields",
        ));
    };
    if fields.named.len() > 32 {
        return Err(syn::Error::new_spanned(
            &s.fields,
            "a flags type has at most 32 flags",
        ));
    }
    let mut idents = Vec::new();
    let mut names = Vec::new();
    for f in &fields.named {
        let ident = f.ident.clone().expect("named field");
        let a = attrs(&f.attrs)?;
        names.push(a.name.unwrap_or_else(|| field_name(&ident)));
        idents.push(ident);
    }
    let bit = (0..idents.len() as u32).collect::<Vec<_>>();
    let bits = quote!(0u32 #(| (u32::from(self.#idents) << #bit))*);
    let from_bits = quote!(Ok(Self { #(#idents: bits & (1 << #bit) != 0,)* }));
    Ok(match which {
        Trait::ComponentType => quote! {
            fn typecheck(
                ty: #internal::InterfaceType,
                types: &#internal::ComponentTypes,
            ) -> #internal::Result<()> {
                #internal::typecheck_flags::<Self>(ty, types, &[#(#names),*])
            }
        },
        Trait::Lower => quote! {
            fn lower(
                &self,
                _: &mut #component::LowerContext<'_>,
                _: #internal::InterfaceType,
                out: &mut ::std::vec::Vec<u64>,
            ) -> #internal::Result<()> {
                #internal::lower_flags(#bits, out)
            }
            fn store(
                &self,
                cx: &mut #component::LowerContext<'_>,
                ty: #internal::InterfaceType,
                ptr: u32,
            ) -> #internal::Result<()> {
                #internal::store_flags(cx, ty, #bits, ptr)
            }
        },
        Trait::Lift => quote! {
            fn lift(
                _: &#component::LiftContext<'_>,
                _: #internal::InterfaceType,
                src: &mut #internal::FlatIter<'_>,
            ) -> #internal::Result<Self> {
                let bits = #internal::lift_flags(src)?;
                #from_bits
            }
            fn load(
                cx: &#component::LiftContext<'_>,
                ty: #internal::InterfaceType,
                ptr: u32,
            ) -> #internal::Result<Self> {
                let bits = #internal::load_flags(cx, ty, ptr)?;
                #from_bits
            }
        },
    })
}

fn variant(
    e: &syn::DataEnum,
    kind: Kind,
    which: Trait,
    internal: &Tokens,
    component: &Tokens,
) -> syn::Result<Tokens> {
    if e.variants.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            "a variant or enum needs at least one case",
        ));
    }
    let mut cases = Vec::new();
    for v in &e.variants {
        let a = attrs(&v.attrs)?;
        let name = a.name.unwrap_or_else(|| case_name(&v.ident));
        let payload = match &v.fields {
            Fields::Unit => None,
            Fields::Unnamed(f) if f.unnamed.len() == 1 && kind == Kind::Variant => {
                Some(f.unnamed[0].ty.clone())
            }
            _ if kind == Kind::Enum => {
                return Err(syn::Error::new_spanned(
                    &v.fields,
                    "the cases of an enum carry no payload",
                ));
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    &v.fields,
                    "a variant case carries at most one unnamed payload",
                ));
            }
        };
        cases.push((v.ident.clone(), name, payload));
    }
    let idx: Vec<u32> = (0..cases.len() as u32).collect();
    Ok(match which {
        Trait::ComponentType => {
            let names: Vec<&String> = cases.iter().map(|c| &c.1).collect();
            if kind == Kind::Enum {
                quote! {
                    fn typecheck(
                        ty: #internal::InterfaceType,
                        types: &#internal::ComponentTypes,
                    ) -> #internal::Result<()> {
                        #internal::typecheck_enum::<Self>(ty, types, &[#(#names),*])
                    }
                }
            } else {
                let checks = cases.iter().map(|(_, _, p)| match p {
                    Some(t) => quote!(Some(<#t as #component::ComponentType>::typecheck as #internal::TypeCheckFn)),
                    None => quote!(None),
                });
                quote! {
                    fn typecheck(
                        ty: #internal::InterfaceType,
                        types: &#internal::ComponentTypes,
                    ) -> #internal::Result<()> {
                        #internal::typecheck_variant::<Self>(ty, types, &[#((#names, #checks),)*])
                    }
                }
            }
        }
        Trait::Lower => {
            let lower_arms = cases.iter().zip(&idx).map(|((ident, _, p), i)| match p {
                Some(_) => quote! {
                    Self::#ident(v) => #internal::lower_case(cx, ty, #i,
                        Some(&|cx, t, out| #component::Lower::lower(v, cx, t, out)), out),
                },
                None => quote!(Self::#ident => #internal::lower_case(cx, ty, #i, None, out),),
            });
            let store_arms = cases.iter().zip(&idx).map(|((ident, _, p), i)| match p {
                Some(_) => quote! {
                    Self::#ident(v) => #internal::store_case(cx, ty, #i,
                        Some(&|cx, t, ptr| #component::Lower::store(v, cx, t, ptr)), ptr),
                },
                None => quote!(Self::#ident => #internal::store_case(cx, ty, #i, None, ptr),),
            });
            quote! {
                fn lower(
                    &self,
                    cx: &mut #component::LowerContext<'_>,
                    ty: #internal::InterfaceType,
                    out: &mut ::std::vec::Vec<u64>,
                ) -> #internal::Result<()> {
                    match self { #(#lower_arms)* }
                }
                fn store(
                    &self,
                    cx: &mut #component::LowerContext<'_>,
                    ty: #internal::InterfaceType,
                    ptr: u32,
                ) -> #internal::Result<()> {
                    match self { #(#store_arms)* }
                }
            }
        }
        Trait::Lift => {
            let lift_arms = cases.iter().zip(&idx).map(|((ident, _, p), i)| match p {
                Some(_) => quote! {
                    #i => Self::#ident(#component::Lift::lift(cx, payload.expect("checked"), src)?),
                },
                None => quote!(#i => Self::#ident,),
            });
            let load_arms = cases.iter().zip(&idx).map(|((ident, _, p), i)| match p {
                Some(_) => quote! {
                    #i => Self::#ident(#component::Lift::load(cx, payload.expect("checked"), at)?),
                },
                None => quote!(#i => Self::#ident,),
            });
            quote! {
                fn lift(
                    cx: &#component::LiftContext<'_>,
                    ty: #internal::InterfaceType,
                    src: &mut #internal::FlatIter<'_>,
                ) -> #internal::Result<Self> {
                    <Self as #component::ComponentType>::typecheck(ty, cx.component_types())?;
                    let (index, payload, start) = #internal::lift_case_index(cx, ty, src)?;
                    let _ = &payload;
                    let value = match index {
                        #(#lift_arms)*
                        _ => unreachable!("the discriminant is checked"),
                    };
                    #internal::finish_case(cx, ty, start, src)?;
                    Ok(value)
                }
                fn load(
                    cx: &#component::LiftContext<'_>,
                    ty: #internal::InterfaceType,
                    ptr: u32,
                ) -> #internal::Result<Self> {
                    <Self as #component::ComponentType>::typecheck(ty, cx.component_types())?;
                    let (index, payload, at) = #internal::load_case_index(cx, ty, ptr)?;
                    let _ = (&payload, at);
                    Ok(match index {
                        #(#load_arms)*
                        _ => unreachable!("the discriminant is checked"),
                    })
                }
            }
        }
    })
}
