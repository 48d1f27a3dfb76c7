/// The exports of an instance of world `exports-only`, ready to call.
pub struct ExportsOnly {
    __f0: ::wicker::component::Func,
    __i0: exports::fixtures::exports_only::handler::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl ExportsOnly {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<ExportsOnly> {
        let instance = linker.instantiate(&mut store, component)?;
        ExportsOnly::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ExportsOnly> {
        let __f0 = instance
            .get_func(&mut store, "health")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("health"))?;
        __f0.typed::<(), (bool,)>()?;
        let __i0 = exports::fixtures::exports_only::handler::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(ExportsOnly { __f0, __i0 })
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
    /// Calls `health`.
    pub fn call_health<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<bool> {
        let __f = ::wicker::component::__internal::typed_func::<(), (bool,)>(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), ())?;
        ::core::result::Result::Ok(__r.0)
    }
    /// The exports of `fixtures:exports-only/handler`.
    pub fn fixtures_exports_only_handler(
        &self,
    ) -> &exports::fixtures::exports_only::handler::Guest {
        &self.__i0
    }
}
/// `ExportsOnly` ready to instantiate quickly: the imports are resolved.
pub struct ExportsOnlyPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> ExportsOnlyPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<ExportsOnly> {
        let instance = self.pre.instantiate(&mut store)?;
        ExportsOnly::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `exports_only`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod exports_only {
            /// Generated bindings: `handler`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod handler {
                /// The WIT type `request`.
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
                pub struct Request {
                    /// The `path` field.
                    #[component(name = "path")]
                    pub path: ::std::string::String,
                    /// The `body` field.
                    #[component(name = "body")]
                    pub body: ::std::vec::Vec<u8>,
                }
                /// The WIT type `response`.
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
                pub struct Response {
                    /// The `status` field.
                    #[component(name = "status")]
                    pub status: u16,
                    /// The `body` field.
                    #[component(name = "body")]
                    pub body: ::std::vec::Vec<u8>,
                }
                /// The guest's exports of `fixtures:exports-only/handler`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:exports-only/handler` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:exports-only/handler")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:exports-only/handler",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "handle")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "handle",
                            ))?;
                        __f0.typed::<(Request,), (Response,)>()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `handle`.
                    pub fn call_handle<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        r: &Request,
                    ) -> ::wicker::Result<Response> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&Request,),
                            (Response,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (r,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
