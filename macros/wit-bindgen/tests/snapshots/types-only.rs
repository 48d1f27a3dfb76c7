/// The exports of an instance of world `types-only`, ready to call.
pub struct TypesOnly {
    __i0: exports::fixtures::types_only::user::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl TypesOnly {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<TypesOnly> {
        let instance = linker.instantiate(&mut store, component)?;
        TypesOnly::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<TypesOnly> {
        let __i0 = exports::fixtures::types_only::user::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(TypesOnly { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: ::core::marker::Sized + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:types-only/user`.
    pub fn fixtures_types_only_user(
        &self,
    ) -> &exports::fixtures::types_only::user::Guest {
        &self.__i0
    }
}
/// `TypesOnly` ready to instantiate quickly: the imports are resolved.
pub struct TypesOnlyPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> TypesOnlyPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<TypesOnly> {
        let instance = self.pre.instantiate(&mut store)?;
        TypesOnly::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `types_only`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod types_only {
            /// Generated bindings: `user`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod user {
                /// The WIT type `pair`.
                pub type Pair = super::super::super::super::fixtures::types_only::shared::Pair;
                /// The WIT type `either`.
                pub type Either = super::super::super::super::fixtures::types_only::shared::Either;
                /// The guest's exports of `fixtures:types-only/user`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:types-only/user` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:types-only/user")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:types-only/user",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "pick")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "pick",
                            ))?;
                        __f0.typed::<(Pair,), (Either,)>()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `pick`.
                    pub fn call_pick<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        p: &Pair,
                    ) -> ::wicker::Result<Either> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&Pair,),
                            (Either,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (p,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `types_only`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod types_only {
        /// Generated bindings: `shared`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod shared {
            /// The WIT type `pair`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[component(record)]
            #[component(wicker = "::wicker")]
            pub struct Pair {
                /// The `left` field.
                #[component(name = "left")]
                pub left: ::std::string::String,
                /// The `right` field.
                #[component(name = "right")]
                pub right: ::std::string::String,
            }
            /// The WIT type `either`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[component(variant)]
            #[component(wicker = "::wicker")]
            pub enum Either {
                /// The `l` case.
                #[component(name = "l")]
                L(::std::string::String),
                /// The `r` case.
                #[component(name = "r")]
                R(u32),
            }
        }
    }
}
