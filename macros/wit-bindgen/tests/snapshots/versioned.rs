/// The exports of an instance of world `versioned`, ready to call.
pub struct Versioned {
    __i0: exports::fixtures::versioned::api::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Versioned {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Versioned> {
        let instance = linker.instantiate(&mut store, component)?;
        Versioned::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Versioned> {
        let __i0 = exports::fixtures::versioned::api::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Versioned { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::versioned::api::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::versioned::api::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:versioned/api@1.2.3`.
    pub fn fixtures_versioned_api(&self) -> &exports::fixtures::versioned::api::Guest {
        &self.__i0
    }
}
/// `Versioned` ready to instantiate quickly: the imports are resolved.
pub struct VersionedPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> VersionedPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Versioned> {
        let instance = self.pre.instantiate(&mut store)?;
        Versioned::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `versioned`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod versioned {
            /// Generated bindings: `api`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod api {
                /// The guest's exports of `fixtures:versioned/api@1.2.3`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:versioned/api@1.2.3` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:versioned/api@1.2.3")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:versioned/api@1.2.3",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "greet")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "greet",
                            ))?;
                        __f0.typed::<
                                (::std::string::String,),
                                (::std::string::String,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `greet`.
                    pub fn call_greet<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        name: &str,
                    ) -> ::wicker::Result<::std::string::String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (::std::string::String,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (name,))?;
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
    /// Generated bindings: `versioned`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod versioned {
        /// Generated bindings: `api`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod api {
            /// The host's implementation of `fixtures:versioned/api@1.2.3`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `greet`.
                fn greet(
                    &mut self,
                    name: ::std::string::String,
                ) -> ::std::string::String;
            }
            /// Defines `fixtures:versioned/api@1.2.3` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:versioned/api@1.2.3")?;
                __inst
                    .func_wrap(
                        "greet",
                        move |mut __store, (name,): (::std::string::String,)| {
                            let __r = Host::greet(__get(__store.data_mut()), name);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
