/// The exports of an instance of world `exports-only`, ready to call.
pub struct ExportsOnly {
    f_health: ::wicker::component::Func,
    i_fixtures_exports_only_handler: exports::fixtures::exports_only::handler::Guest,
}
impl ExportsOnly {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<ExportsOnly> {
        let instance = linker.instantiate(&mut store, component)?;
        ExportsOnly::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ExportsOnly> {
        let func = instance
            .get_func(&mut store, "health")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("health"))?;
        func.typed::<(), (bool,)>()?;
        let f_health = func;
        let i_fixtures_exports_only_handler = exports::fixtures::exports_only::handler::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(ExportsOnly {
            f_health,
            i_fixtures_exports_only_handler,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: Sized + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        Ok(())
    }
    /// Calls `health`.
    pub fn call_health<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<bool> {
        let __f = ::wicker::component::__internal::typed_func::<
            (),
            (bool,),
        >(&self.f_health);
        let __r = __f.call(__store.as_context_mut(), ())?;
        Ok(__r.0)
    }
    /// The exports of `fixtures:exports-only/handler`.
    pub fn fixtures_exports_only_handler(
        &self,
    ) -> &exports::fixtures::exports_only::handler::Guest {
        &self.i_fixtures_exports_only_handler
    }
}
/// `ExportsOnly` ready to instantiate quickly: the imports are resolved.
pub struct ExportsOnlyPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> ExportsOnlyPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(ExportsOnlyPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<ExportsOnly> {
        let instance = self.pre.instantiate(&mut store)?;
        ExportsOnly::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `exports_only`.
        #[allow(dead_code, clippy::all)]
        pub mod exports_only {
            /// Generated bindings: `handler`.
            #[allow(dead_code, clippy::all)]
            pub mod handler {
                /// The WIT type `request`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
                )]
                #[component(record)]
                #[component(wicker = "::wicker")]
                pub struct Request {
                    /// The `path` field.
                    #[component(name = "path")]
                    pub path: String,
                    /// The `body` field.
                    #[component(name = "body")]
                    pub body: Vec<u8>,
                }
                /// The WIT type `response`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
                )]
                #[component(record)]
                #[component(wicker = "::wicker")]
                pub struct Response {
                    /// The `status` field.
                    #[component(name = "status")]
                    pub status: u16,
                    /// The `body` field.
                    #[component(name = "body")]
                    pub body: Vec<u8>,
                }
                /// The guest's exports of `fixtures:exports-only/handler`.
                pub struct Guest {
                    f_handle: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "handle")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "handle",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::exports::fixtures::exports_only::handler::Request,
                                ),
                                (
                                    super::super::super::super::exports::fixtures::exports_only::handler::Response,
                                ),
                            >()?;
                        let f_handle = func;
                        let _ = &mut store;
                        Ok(Guest { f_handle })
                    }
                    /// Calls `handle`.
                    pub fn call_handle<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        r: &super::super::super::super::exports::fixtures::exports_only::handler::Request,
                    ) -> ::wicker::Result<
                        super::super::super::super::exports::fixtures::exports_only::handler::Response,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::exports::fixtures::exports_only::handler::Request,
                            ),
                            (
                                super::super::super::super::exports::fixtures::exports_only::handler::Response,
                            ),
                        >(&self.f_handle);
                        let __r = __f.call(__store.as_context_mut(), (r,))?;
                        Ok(__r.0)
                    }
                }
            }
        }
    }
}
